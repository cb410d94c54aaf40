package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
)

// The Plan fields navigate the plan tree; none calls the store. Fields
// that are the plan's own (revisions, warnings, ...) are bound to its
// struct fields in gqlgen.yml, so gqlgen resolves them in place instead
// of in a goroutine of their own.

func (planResolver) Line(_ context.Context, p *wardgraph.Plan) (*int, error) {
	return model.LineOf(p.TitleLine), nil
}

func (planResolver) Source(_ context.Context, p *wardgraph.Plan) (*model.Source, error) {
	s := model.SourceOf(p, p.TitleLine)
	return &s, nil
}

func (planResolver) Goal(_ context.Context, p *wardgraph.Plan) (*model.Goal, error) {
	return model.NewGoal(p), nil
}

func (planResolver) Missions(_ context.Context, p *wardgraph.Plan) ([]*model.Mission, error) {
	return ptrs(model.MissionsOf(p)), nil
}

func (planResolver) Policy(_ context.Context, p *wardgraph.Plan) (*string, error) {
	if p.Policy == "" {
		return nil, nil
	}
	return &p.Policy, nil
}

func (planResolver) PolicyLine(_ context.Context, p *wardgraph.Plan) (*int, error) {
	return model.LineOf(p.PolicyLine), nil
}

func (planResolver) PolicyNode(_ context.Context, p *wardgraph.Plan) (*model.Policy, error) {
	return model.NewPolicy(p), nil
}

func (planResolver) Issues(_ context.Context, p *wardgraph.Plan) ([]*model.Issue, error) {
	return ptrs(model.IssuesOf(p)), nil
}

func (planResolver) Strategies(_ context.Context, p *wardgraph.Plan) ([]*model.Strategy, error) {
	return ptrs(model.StrategiesOf(p)), nil
}

func (r planResolver) Initiatives(_ context.Context, p *wardgraph.Plan, first *int, after *string, orderBy *model.InitiativeOrder) (*model.InitiativeConnection, error) {
	// A plan is small: by default one page holds all of it, up to the cap.
	n, err := wardgraph.PageSize("first", first, r.cfg.MaxPageSize, r.cfg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	refs := p.Initiatives()
	by, desc := orderOf(orderBy)
	wardgraph.SortInitiativeRefs(refs, by, desc)
	page, err := wardgraph.Paginate(refs, n, deref(after, ""))
	if err != nil {
		return nil, err
	}
	c := model.ConnectionOf(page)
	return &c, nil
}

func (planResolver) ReformItems(_ context.Context, p *wardgraph.Plan) ([]*model.ReformItem, error) {
	return ptrs(model.ReformItemsOf(p)), nil
}

func (planResolver) Contact(_ context.Context, p *wardgraph.Plan) (*model.Department, error) {
	return model.ContactOf(p), nil
}

// ptrs returns pointers to the elements of s, never nil.
func ptrs[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}
