package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
)

func (r queryResolver) CrossCutting(ctx context.Context, ward *string, fiscalYear *int, minIssues *int, minWards *int) ([]*model.CrossCut, error) {
	f, err := planFilter(ward, fiscalYear)
	if err != nil {
		return nil, err
	}
	found, err := r.store.Plans(ctx, f)
	if err != nil {
		return nil, err
	}
	plans := preferFinal(found)
	ix := plansIndex(plans)
	var out []*model.CrossCut
	for _, c := range wardgraph.CrossCutting(plans, deref(minIssues, 2), deref(minWards, 1)) {
		out = append(out, crossCutOf(c, ix))
	}
	return nonNilPtrs(out), nil
}

func crossCutOf(c wardgraph.CrossCut, ix map[string]model.Node) *model.CrossCut {
	out := &model.CrossCut{Via: sharedNode(c.Via), Issues: []model.Issue{}, Wards: []wardgraph.Ward{}, Initiatives: []model.Initiative{}}
	for _, id := range c.IssueIDs {
		if is, ok := ix[id].(model.Issue); ok {
			out.Issues = append(out.Issues, is)
		}
	}
	for _, id := range c.WardIDs {
		if w, ok := wardByID(id); ok {
			out.Wards = append(out.Wards, w)
		}
	}
	for _, id := range c.InitiativeIDs {
		if in, ok := ix[id].(model.Initiative); ok {
			out.Initiatives = append(out.Initiatives, in)
		}
	}
	return out
}

func (r queryResolver) BudgetBreakdown(ctx context.Context, filter *model.InitiativeFilter, groupBy wardgraph.BudgetGroup, kind *wardgraph.BudgetKind) ([]*model.BudgetBucket, error) {
	f, err := storeFilter(filter)
	if err != nil {
		return nil, err
	}
	refs, err := r.allInitiatives(ctx, f)
	if err != nil {
		return nil, err
	}
	refs = preferFinalRefs(refs)
	nodes := bucketNodes(refs)
	out := []*model.BudgetBucket{}
	for _, b := range wardgraph.BudgetBreakdown(refs, groupBy, deref(kind, wardgraph.BudgetKindBudget)) {
		out = append(out, &model.BudgetBucket{BudgetBucket: b, Node: nodes[b.Key]})
	}
	return out, nil
}

// breakdownPage is the page size budgetBreakdown reads initiatives with.
const breakdownPage = 500

// allInitiatives reads every initiative that matches f, page by page.
func (r *Resolver) allInitiatives(ctx context.Context, f wardgraph.InitiativeFilter) ([]wardgraph.InitiativeRef, error) {
	var refs []wardgraph.InitiativeRef
	after := ""
	for {
		page, err := r.store.Initiatives(ctx, wardgraph.InitiativeQuery{Filter: f, Sort: wardgraph.SortByCode, First: breakdownPage, After: after})
		if err != nil {
			return nil, err
		}
		refs = append(refs, page.Items...)
		if !page.HasNextPage || len(page.Items) == 0 {
			return refs, nil
		}
		after = wardgraph.EncodeCursor(len(refs) - 1)
		if n := len(page.Cursors); n > 0 {
			after = page.Cursors[n-1]
		}
	}
}

// preferFinalRefs drops the initiatives of a draft when the final plan of
// the same ward and year is among the refs, so nothing is counted twice.
func preferFinalRefs(refs []wardgraph.InitiativeRef) []wardgraph.InitiativeRef {
	finals := map[string]bool{}
	for _, r := range refs {
		if !r.Plan.Draft {
			finals[r.Plan.ID] = true
		}
	}
	out := refs[:0:0]
	for _, r := range refs {
		if !r.Plan.Draft || !finals[wardgraph.PlanID(r.Plan.Ward.ID, r.Plan.FiscalYear, false)] {
			out = append(out, r)
		}
	}
	return out
}

// bucketNodes maps every key a budget bucket can have to its node.
func bucketNodes(refs []wardgraph.InitiativeRef) map[string]model.Node {
	out := map[string]model.Node{}
	for _, ref := range refs {
		in := model.NewInitiative(ref)
		out[in.Issue().ID()] = in.Issue()
		out[in.Strategy().ID()] = in.Strategy()
		out[ref.Plan.Ward.ID] = ref.Plan.Ward
		for i, l := range in.Links() {
			out[wardgraph.LinkTargetID(ref.Initiative.Links[i])] = l.Node()
		}
	}
	return out
}

func nonNilPtrs[T any](s []*T) []*T {
	if s == nil {
		return []*T{}
	}
	return s
}
