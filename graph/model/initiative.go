package model

import "github.com/wardgraph/wardgraph"

// Initiative is an initiative in its strategy, issue and plan.
type Initiative struct {
	ref wardgraph.InitiativeRef
	p   *Plan
}

// NewInitiative wraps a reference to one of plan p's initiatives (ref.Plan
// is p's plan).
func NewInitiative(p *Plan, ref wardgraph.InitiativeRef) Initiative { return Initiative{ref, p} }

// InitiativesOf wraps refs, each run of refs in one plan sharing one Plan
// (see NewPlan).
func InitiativesOf(refs []wardgraph.InitiativeRef, pageCap int) []Initiative {
	out := make([]Initiative, len(refs))
	var p *Plan
	for i, ref := range refs {
		if p == nil || p.Plan != ref.Plan {
			p = NewPlan(ref.Plan, pageCap)
		}
		out[i] = Initiative{ref, p}
	}
	return out
}

// Ref is the wrapped reference.
func (x Initiative) Ref() wardgraph.InitiativeRef { return x.ref }

// ID is the initiative's id.
func (x Initiative) ID() string { return x.ref.Initiative.ID }

// Code is the initiative's code, e.g. 2-4-2.
func (x Initiative) Code() string { return x.ref.Initiative.Code }

// Numbered reports whether the page gave the initiative its code.
func (x Initiative) Numbered() bool { return x.ref.Initiative.Numbered }

// Title is the initiative's title.
func (x Initiative) Title() string { return x.ref.Initiative.Title }

// Description is the initiative's description.
func (x Initiative) Description() string { return x.ref.Initiative.Description }

// Sections are the initiative's further sections.
func (x Initiative) Sections() []wardgraph.Section { return nonNil(x.ref.Initiative.Sections) }

// Line is the line of the initiative's heading.
func (x Initiative) Line() *int { return LineOf(x.ref.Initiative.Line) }

// Source is where the initiative was read from.
func (x Initiative) Source() Source { return SourceOf(x.ref.Plan, x.ref.Initiative.Line) }

// Strategy is the strategy the initiative implements.
func (x Initiative) Strategy() Strategy { return Strategy{x.ref.Strategy, x.Issue()} }

// Issue is the issue the initiative's strategy pursues.
func (x Initiative) Issue() Issue { return Issue{x.ref.Issue, x.p} }

// Plan is the initiative's plan.
func (x Initiative) Plan() *Plan { return x.p }

// Ward is the plan's ward.
func (x Initiative) Ward() wardgraph.Ward { return x.ref.Plan.Ward }

// FiscalYear is the plan's fiscal year.
func (x Initiative) FiscalYear() int { return x.ref.Plan.FiscalYear }

// Budgets are the initiative's budget lines.
func (x Initiative) Budgets() []Budget { return budgetsOf(x.p, x.ref.Initiative.Budgets) }

// BudgetYen is the total of the budget lines of one kind.
func (x Initiative) BudgetYen(kind wardgraph.BudgetKind) int64 {
	return wardgraph.SumBudgets(x.ref.Initiative.Budgets, kind)
}

// Partners are the partners the initiative involves.
func (x Initiative) Partners() []wardgraph.Partner { return PartnersOf(x.ref.Initiative.Links) }

// Topics are the topics the initiative is about.
func (x Initiative) Topics() []wardgraph.Topic { return TopicsOf(x.ref.Initiative.Links) }

// TargetGroups are the target groups the initiative serves.
func (x Initiative) TargetGroups() []wardgraph.TargetGroup {
	return TargetGroupsOf(x.ref.Initiative.Links)
}

// Links are the initiative's links.
func (x Initiative) Links() []Link { return LinksOf(x.ref.Initiative.Links) }

// Budget is a budget line in its plan.
type Budget struct {
	b *wardgraph.Budget
	p *Plan
}

func budgetsOf(p *Plan, lines []wardgraph.Budget) []Budget {
	out := make([]Budget, len(lines))
	for i := range lines {
		out[i] = Budget{&lines[i], p}
	}
	return out
}

// ID is the line's id.
func (x Budget) ID() string { return x.b.ID }

// Kind is what the line is.
func (x Budget) Kind() wardgraph.BudgetKind { return x.b.Kind }

// FiscalYear is the year the line names, nil when it names none.
func (x Budget) FiscalYear() *int {
	if x.b.FiscalYear == 0 {
		return nil
	}
	return &x.b.FiscalYear
}

// AmountYen is the amount, nil for a line without one.
func (x Budget) AmountYen() *int64 { return x.b.AmountYen }

// Raw is the line as printed.
func (x Budget) Raw() string { return x.b.Raw }

// Line is the line of the page text.
func (x Budget) Line() *int { return LineOf(x.b.Line) }

// Source is where the line was read from.
func (x Budget) Source() Source { return SourceOf(x.p.Plan, x.b.Line) }

// Plan is the line's plan.
func (x Budget) Plan() *Plan { return x.p }
