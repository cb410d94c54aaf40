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
	if err := r.listSize("wards", len(wards)); err != nil {
		return nil, err
	}
	ws, err := lookupWards(wards)
	if err != nil {
		return nil, err
	}
	found, err := r.store.Plans(ctx, wardgraph.PlanFilter{WardIDs: wardIDs(ws), FiscalYears: []int{fiscalYear}})
	if err != nil {
		return nil, err
	}
	plans, err := pickPlans(preferFinal(found), ws, []int{fiscalYear})
	if err != nil {
		return nil, err
	}
	c := wardgraph.Compare(plans)
	return &model.WardComparison{FiscalYear: fiscalYear, Plans: c.Plans,
		Topics: model.TopicsOfComparison(c), SharedPartners: c.SharedPartners}, nil
}

func (r queryResolver) CompareYears(ctx context.Context, ward string, fiscalYears []int) (*model.YearComparison, error) {
	if len(fiscalYears) == 0 {
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "compareYears needs at least one fiscal year")
	}
	if err := r.listSize("fiscalYears", len(fiscalYears)); err != nil {
		return nil, err
	}
	w, err := lookupWard(ward)
	if err != nil {
		return nil, err
	}
	found, err := r.store.Plans(ctx, wardgraph.PlanFilter{WardIDs: []string{w.ID}, FiscalYears: fiscalYears})
	if err != nil {
		return nil, err
	}
	plans, err := pickPlans(preferFinal(found), []wardgraph.Ward{w}, fiscalYears)
	if err != nil {
		return nil, err
	}
	c := wardgraph.Compare(plans)
	return &model.YearComparison{Ward: w, FiscalYears: fiscalYears, Plans: c.Plans,
		Topics: model.TopicsOfComparison(c), SharedPartners: c.SharedPartners}, nil
}

// pickPlans orders plans by the wards, then the years asked; a missing one
// is ENOTFOUND naming the ward and year.
func pickPlans(plans []*wardgraph.Plan, ws []wardgraph.Ward, years []int) ([]*wardgraph.Plan, error) {
	byKey := map[string]*wardgraph.Plan{}
	for _, p := range plans {
		byKey[wardgraph.PlanID(p.Ward.ID, p.FiscalYear, false)] = p
	}
	var out []*wardgraph.Plan
	for _, w := range ws {
		for _, y := range years {
			p := byKey[wardgraph.PlanID(w.ID, y, false)]
			if p == nil {
				return nil, wardgraph.Errorf(wardgraph.ENOTFOUND, "ward %s has no plan for fiscal year %d", wardLabel(w), y)
			}
			out = append(out, p)
		}
	}
	return out, nil
}
