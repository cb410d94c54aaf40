package model

import "github.com/wardgraph/wardgraph"

// Initiative is an initiative in its strategy, issue and plan. It is four
// pointers (gqlgen copies it for every field it resolves).
type Initiative struct {
	p  *Plan
	is *wardgraph.Issue
	st *wardgraph.Strategy
	in *wardgraph.Initiative
}

// NewInitiative wraps a reference to one of plan p's initiatives (ref.Plan
// is p's plan).
func NewInitiative(p *Plan, ref wardgraph.InitiativeRef) Initiative {
	return Initiative{p, ref.Issue, ref.Strategy, ref.Initiative}
}

// InitiativesOf wraps refs, each run of refs in one plan sharing one Plan
// (see NewPlan).
func InitiativesOf(refs []wardgraph.InitiativeRef, pageCap int) []Initiative {
	out := make([]Initiative, len(refs))
	plans := newPlanRuns(refs, pageCap)
	for i, ref := range refs {
		out[i] = NewInitiative(plans.of(ref.Plan), ref)
	}
	return out
}

// planRuns hands out the Plans of a list of refs, one for each run of refs
// in the same plan, from one allocation.
type planRuns struct {
	ws      []Plan
	pageCap int
}

// newPlanRuns makes room for the runs of refs.
func newPlanRuns(refs []wardgraph.InitiativeRef, pageCap int) planRuns {
	runs := 0
	for i, ref := range refs {
		if i == 0 || ref.Plan != refs[i-1].Plan {
			runs++
		}
	}
	return planRuns{make([]Plan, 0, runs), pageCap}
}

// of returns the Plan of p: the last one handed out when it wraps p, else
// a new one.
func (r *planRuns) of(p *wardgraph.Plan) *Plan {
	if n := len(r.ws); n > 0 && r.ws[n-1].Plan == p {
		return &r.ws[n-1]
	}
	r.ws = append(r.ws, Plan{p, r.pageCap})
	return &r.ws[len(r.ws)-1]
}

// Ref is the wrapped reference.
func (x Initiative) Ref() wardgraph.InitiativeRef {
	return wardgraph.InitiativeRef{Plan: x.p.Plan, Issue: x.is, Strategy: x.st, Initiative: x.in}
}

// ID is the initiative's id.
func (x Initiative) ID() string { return x.in.ID }

// Code is the initiative's code, e.g. 2-4-2.
func (x Initiative) Code() string { return x.in.Code }

// Numbered reports whether the page gave the initiative its code.
func (x Initiative) Numbered() bool { return x.in.Numbered }

// Title is the initiative's title.
func (x Initiative) Title() string { return x.in.Title }

// Description is the initiative's description.
func (x Initiative) Description() string { return x.in.Description }

// Sections are the initiative's further sections.
func (x Initiative) Sections() []wardgraph.Section { return nonNil(x.in.Sections) }

// Line is the line of the initiative's heading.
func (x Initiative) Line() *int { return LineOf(x.in.Line) }

// Source is where the initiative was read from.
func (x Initiative) Source() Source { return SourceOf(x.p.Plan, x.in.Line) }

// Strategy is the strategy the initiative implements.
func (x Initiative) Strategy() Strategy { return Strategy{x.st, x.Issue()} }

// Issue is the issue the initiative's strategy pursues.
func (x Initiative) Issue() Issue { return Issue{x.is, x.p} }

// Plan is the initiative's plan.
func (x Initiative) Plan() *Plan { return x.p }

// Ward is the plan's ward.
func (x Initiative) Ward() wardgraph.Ward { return x.p.Plan.Ward }

// FiscalYear is the plan's fiscal year.
func (x Initiative) FiscalYear() int { return x.p.Plan.FiscalYear }

// Budgets are the initiative's budget lines.
func (x Initiative) Budgets() []Budget { return budgetsOf(x.p, x.in.Budgets) }

// BudgetYen is the total of the budget lines of one kind.
func (x Initiative) BudgetYen(kind wardgraph.BudgetKind) int64 {
	return wardgraph.SumBudgets(x.in.Budgets, kind)
}

// Partners are the partners the initiative involves.
func (x Initiative) Partners() []wardgraph.Partner { return PartnersOf(x.in.Links) }

// Topics are the topics the initiative is about.
func (x Initiative) Topics() []wardgraph.Topic { return TopicsOf(x.in.Links) }

// TargetGroups are the target groups the initiative serves.
func (x Initiative) TargetGroups() []wardgraph.TargetGroup {
	return TargetGroupsOf(x.in.Links)
}

// Links are the initiative's links.
func (x Initiative) Links() []Link { return LinksOf(x.in.Links) }

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
