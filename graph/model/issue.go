package model

import "github.com/wardgraph/wardgraph"

// Issue is a management issue in its plan.
type Issue struct {
	is *wardgraph.Issue
	p  *Plan
}

// ID is the issue's id.
func (x Issue) ID() string { return x.is.ID }

// Number is the issue's number.
func (x Issue) Number() int { return x.is.Number }

// Title is the issue's title.
func (x Issue) Title() string { return x.is.Title }

// Description is the state the issue aims for.
func (x Issue) Description() string { return x.is.Description }

// Sections are the issue's further sections.
func (x Issue) Sections() []wardgraph.Section { return nonNil(x.is.Sections) }

// Budgets are the budget lines printed on the issue.
func (x Issue) Budgets() []Budget { return budgetsOf(x.p, x.is.Budgets) }

// Line is the line of the issue's heading.
func (x Issue) Line() *int { return LineOf(x.is.Line) }

// Source is where the issue was read from.
func (x Issue) Source() Source { return SourceOf(x.p.Plan, x.is.Line) }

// Strategies are the strategies pursuing the issue.
func (x Issue) Strategies() []Strategy {
	out := make([]Strategy, len(x.is.Strategies))
	for i := range x.is.Strategies {
		out[i] = Strategy{&x.is.Strategies[i], x}
	}
	return out
}

// Initiatives are every initiative under the issue's strategies.
func (x Issue) Initiatives() []Initiative {
	out := []Initiative{}
	for _, st := range x.Strategies() {
		out = append(out, st.Initiatives()...)
	}
	return out
}

// Plan is the issue's plan.
func (x Issue) Plan() *Plan { return x.p }

// Partners are the partners the issue's own text names.
func (x Issue) Partners() []wardgraph.Partner { return PartnersOf(x.is.Links) }

// Topics are the topics the issue's own text is about.
func (x Issue) Topics() []wardgraph.Topic { return TopicsOf(x.is.Links) }

// TargetGroups are the target groups the issue's own text serves.
func (x Issue) TargetGroups() []wardgraph.TargetGroup { return TargetGroupsOf(x.is.Links) }

// Links are the issue's own links.
func (x Issue) Links() []Link { return LinksOf(x.is.Links) }

// Strategy is a strategy in its issue and plan.
type Strategy struct {
	st *wardgraph.Strategy
	is Issue
}

// ID is the strategy's id.
func (x Strategy) ID() string { return x.st.ID }

// Code is the strategy's code, e.g. 2-4.
func (x Strategy) Code() string { return x.st.Code }

// Numbered is false when the page gave no code.
func (x Strategy) Numbered() bool { return x.st.Numbered }

// Title is the strategy's title.
func (x Strategy) Title() string { return x.st.Title }

// Description is the strategy's description.
func (x Strategy) Description() string { return x.st.Description }

// Sections are the strategy's further sections.
func (x Strategy) Sections() []wardgraph.Section { return nonNil(x.st.Sections) }

// Line is the line of the strategy's heading.
func (x Strategy) Line() *int { return LineOf(x.st.Line) }

// Source is where the strategy was read from.
func (x Strategy) Source() Source { return SourceOf(x.is.p.Plan, x.st.Line) }

// Issue is the issue the strategy pursues.
func (x Strategy) Issue() Issue { return x.is }

// Plan is the strategy's plan.
func (x Strategy) Plan() *Plan { return x.is.p }

// Initiatives are the initiatives implementing the strategy.
func (x Strategy) Initiatives() []Initiative {
	out := make([]Initiative, len(x.st.Initiatives))
	for i := range x.st.Initiatives {
		out[i] = NewInitiative(x.is.p, wardgraph.InitiativeRef{Plan: x.is.p.Plan, Issue: x.is.is,
			Strategy: x.st, Initiative: &x.st.Initiatives[i]})
	}
	return out
}

// Partners are the partners the strategy's own text names.
func (x Strategy) Partners() []wardgraph.Partner { return PartnersOf(x.st.Links) }

// Topics are the topics the strategy's own text is about.
func (x Strategy) Topics() []wardgraph.Topic { return TopicsOf(x.st.Links) }

// TargetGroups are the target groups the strategy's own text serves.
func (x Strategy) TargetGroups() []wardgraph.TargetGroup { return TargetGroupsOf(x.st.Links) }

// Links are the strategy's own links.
func (x Strategy) Links() []Link { return LinksOf(x.st.Links) }

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
