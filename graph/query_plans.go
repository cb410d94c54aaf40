package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
)

func (r queryResolver) Wards(ctx context.Context, withPlans *bool) ([]*wardgraph.Ward, error) {
	if !deref(withPlans, true) {
		return ptrs(wardgraph.KnownWards()), nil
	}
	ws, err := r.store.Wards(ctx)
	return ptrs(ws), err
}

func (queryResolver) Ward(_ context.Context, name string) (*wardgraph.Ward, error) {
	w, ok := wardgraph.LookupWard(name)
	if !ok {
		return nil, nil
	}
	return &w, nil
}

func (queryResolver) Municipalities(context.Context) ([]*wardgraph.Municipality, error) {
	return ptrs(wardgraph.KnownMunicipalities()), nil
}

func (r queryResolver) Plan(ctx context.Context, ward string, fiscalYear int, draft *bool) (*model.Plan, error) {
	plans, err := r.Plans(ctx, &ward, &fiscalYear, draft)
	if err != nil || len(plans) == 0 {
		return nil, err
	}
	return plans[0], nil
}

func (r queryResolver) Plans(ctx context.Context, ward *string, fiscalYear *int, draft *bool) ([]*model.Plan, error) {
	f, err := planFilter(ward, fiscalYear)
	if err != nil {
		return nil, err
	}
	f.Drafts = draft
	plans, err := r.store.Plans(ctx, f)
	if err != nil {
		return nil, err
	}
	return model.NewPlans(plans, r.cfg.MaxPageSize), nil
}

func (r queryResolver) Initiatives(ctx context.Context, filter *model.InitiativeFilter, first *int, after *string, orderBy *model.InitiativeOrder) (*model.InitiativeConnection, error) {
	n, err := wardgraph.PageSize("first", first, wardgraph.DefaultPageSize, r.cfg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	f, err := storeFilter(filter)
	if err != nil {
		return nil, err
	}
	if onlyFields(ctx, countFields) {
		n = 0 // neither edges nor nodes nor pageInfo is asked: the store reads no rows
	}
	q := wardgraph.InitiativeQuery{Filter: f, First: n, After: deref(after, "")}
	q.Sort, q.Desc = orderBy.Sort()
	page, err := r.store.Initiatives(ctx, q)
	if err == nil {
		page.Items, err = connectionRefs(ctx, page.Items)
	}
	if err != nil {
		return nil, err
	}
	c := model.ConnectionOf(page, r.cfg.MaxPageSize)
	return &c, nil
}

// planFilter selects the plans of one ward (any name users type) and one
// fiscal year, each optional.
func planFilter(ward *string, fiscalYear *int) (wardgraph.PlanFilter, error) {
	var f wardgraph.PlanFilter
	if ward != nil {
		w, err := wardgraph.FindWard(*ward)
		if err != nil {
			return f, err
		}
		f.WardIDs = []string{w.ID}
	}
	if fiscalYear != nil {
		f.FiscalYears = []int{*fiscalYear}
	}
	return f, nil
}
