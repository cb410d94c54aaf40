package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
)

func (r queryResolver) CompareWards(ctx context.Context, wards []string, fiscalYear int) (*model.WardComparison, error) {
	if len(wards) == 0 {
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "compareWards needs at least one ward")
	}
	if err := wardgraph.ListSize("wards", len(wards), r.cfg.MaxPageSize); err != nil {
		return nil, err
	}
	ws, err := wardgraph.FindWards(wards)
	if err != nil {
		return nil, err
	}
	found, err := r.store.Plans(ctx, wardgraph.PlanFilter{WardIDs: wardIDs(ws), FiscalYears: []int{fiscalYear}})
	if err != nil {
		return nil, err
	}
	plans, err := wardgraph.ComparisonPlans(found, ws, []int{fiscalYear})
	if err != nil {
		return nil, err
	}
	c := wardgraph.Compare(plans)
	ps := model.NewPlans(c.Plans, r.cfg.MaxPageSize)
	return &model.WardComparison{FiscalYear: fiscalYear, Plans: ps,
		Topics: model.TopicsOfComparison(c, ps), SharedPartners: c.SharedPartners}, nil
}

func (r queryResolver) CompareYears(ctx context.Context, ward string, fiscalYears []int) (*model.YearComparison, error) {
	if len(fiscalYears) == 0 {
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "compareYears needs at least one fiscal year")
	}
	if err := wardgraph.ListSize("fiscalYears", len(fiscalYears), r.cfg.MaxPageSize); err != nil {
		return nil, err
	}
	w, err := wardgraph.FindWard(ward)
	if err != nil {
		return nil, err
	}
	found, err := r.store.Plans(ctx, wardgraph.PlanFilter{WardIDs: []string{w.ID}, FiscalYears: fiscalYears})
	if err != nil {
		return nil, err
	}
	plans, err := wardgraph.ComparisonPlans(found, []wardgraph.Ward{w}, fiscalYears)
	if err != nil {
		return nil, err
	}
	c := wardgraph.Compare(plans)
	ps := model.NewPlans(c.Plans, r.cfg.MaxPageSize)
	return &model.YearComparison{Ward: w, FiscalYears: fiscalYears, Plans: ps,
		Topics: model.TopicsOfComparison(c, ps), SharedPartners: c.SharedPartners}, nil
}
