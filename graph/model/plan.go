package model

import "github.com/wardgraph/wardgraph"

// Plan is a plan as GraphQL serves it. gqlgen binds the plan's own fields
// (id, ward, revisions, warnings, coverage, budgetTotalYen, ...) through
// the embedded *wardgraph.Plan and its derived fields to the methods below.
// None of them takes a context, so gqlgen resolves every Plan field in
// place instead of in a goroutine of its own. The parts of a plan (Goal,
// Issue, Initiative, ...) point at their plan's Plan. Make one with NewPlan
// or NewPlans: a Plan without its page-size cap answers empty initiatives.
type Plan struct {
	*wardgraph.Plan
	// pageCap is the server's page-size cap: the default and the limit of
	// the first of Initiatives.
	pageCap int
}

// NewPlan wraps p for a server whose page-size cap is pageCap; nil for nil.
func NewPlan(p *wardgraph.Plan, pageCap int) *Plan {
	if p == nil {
		return nil
	}
	return &Plan{p, pageCap}
}

// NewPlans wraps plans (see NewPlan) in one allocation; never nil.
func NewPlans(plans []*wardgraph.Plan, pageCap int) []*Plan {
	ws := make([]Plan, len(plans))
	out := make([]*Plan, len(plans))
	for i, p := range plans {
		ws[i] = Plan{p, pageCap}
		out[i] = &ws[i]
	}
	return out
}

// Line is the line of the title.
func (x *Plan) Line() *int { return LineOf(x.Plan.TitleLine) }

// Source is where the plan was read from.
func (x *Plan) Source() Source { return SourceOf(x.Plan, x.Plan.TitleLine) }

// Goal is the plan's goal, nil when it has none.
func (x *Plan) Goal() *Goal {
	if x.Plan.Goal == nil {
		return nil
	}
	return &Goal{x.Plan.Goal, x}
}

// Missions are the plan's missions.
func (x *Plan) Missions() []Mission {
	out := make([]Mission, len(x.Plan.Missions))
	for i := range x.Plan.Missions {
		out[i] = Mission{&x.Plan.Missions[i], x}
	}
	return out
}

// Policy is the policy's text, nil when the plan has none.
func (x *Plan) Policy() *string {
	if x.Plan.Policy == "" {
		return nil
	}
	return &x.Plan.Policy
}

// PolicyLine is the line the policy starts on.
func (x *Plan) PolicyLine() *int { return LineOf(x.Plan.PolicyLine) }

// PolicyNode is the policy as a node, nil when the plan has none.
func (x *Plan) PolicyNode() *Policy {
	if x.Plan.Policy == "" {
		return nil
	}
	return &Policy{x}
}

// Issues are the plan's issues.
func (x *Plan) Issues() []Issue {
	out := make([]Issue, len(x.Plan.Issues))
	for i := range x.Plan.Issues {
		out[i] = Issue{&x.Plan.Issues[i], x}
	}
	return out
}

// Strategies are every strategy of the plan, in order.
func (x *Plan) Strategies() []Strategy {
	out := []Strategy{}
	for _, is := range x.Issues() {
		out = append(out, is.Strategies()...)
	}
	return out
}

// Initiatives is one page of the plan's initiatives, in the order asked.
// A plan is small: by default one page holds all of it, up to the cap.
func (x *Plan) Initiatives(first *int, after *string, orderBy *InitiativeOrder) (*InitiativeConnection, error) {
	n, err := wardgraph.PageSize("first", first, x.pageCap, x.pageCap)
	if err != nil {
		return nil, err
	}
	refs := x.Plan.Initiatives()
	by, desc := orderBy.Sort()
	wardgraph.SortInitiativeRefs(refs, by, desc)
	cursor := ""
	if after != nil {
		cursor = *after
	}
	page, err := wardgraph.Paginate(refs, n, cursor)
	if err != nil {
		return nil, err
	}
	c := ConnectionOf(page, x.pageCap)
	return &c, nil
}

// ReformItems are the items of city-wide programmes the plan includes.
func (x *Plan) ReformItems() []ReformItem {
	out := make([]ReformItem, len(x.Plan.ReformItems))
	for i := range x.Plan.ReformItems {
		out[i] = ReformItem{&x.Plan.ReformItems[i], x}
	}
	return out
}

// Contact is the department responsible for the page, nil when none is
// named.
func (x *Plan) Contact() *Department {
	c := x.Plan.Contact
	if c == nil {
		return nil
	}
	src := SourceOf(x.Plan, c.Line)
	return &Department{ID: c.ID, Name: c.Department, Phone: c.Phone, Fax: c.Fax,
		Address: c.Address, Line: LineOf(c.Line), Source: &src}
}

// Sort translates the order asked; none is CODE ascending.
func (o *InitiativeOrder) Sort() (wardgraph.InitiativeSortField, bool) {
	if o == nil {
		return wardgraph.SortByCode, false
	}
	return o.Field, o.Direction == SortDirectionDesc
}
