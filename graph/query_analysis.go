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
	plans := wardgraph.PreferFinal(found)
	cuts := wardgraph.CrossCutting(plans, deref(minIssues, 2), deref(minWards, 1))
	var ids []string
	for _, c := range cuts {
		ids = append(append(ids, c.IssueIDs...), c.InitiativeIDs...)
	}
	ix := partNodes(model.NewPlans(plans, r.cfg.MaxPageSize), ids)
	var out []*model.CrossCut
	for _, c := range cuts {
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
		if w, ok := wardgraph.WardByID(id); ok {
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
	refs, err := wardgraph.AllInitiatives(ctx, r.store, f)
	if err != nil {
		return nil, err
	}
	refs = wardgraph.PreferFinalInitiatives(refs)
	whole, err := wholeRefs(ctx, refs) // a bucket's node may be asked for anything of its plan
	if err != nil {
		return nil, err
	}
	nodes := bucketNodes(model.InitiativesOf(whole, r.cfg.MaxPageSize))
	out := []*model.BudgetBucket{}
	for _, b := range wardgraph.BudgetBreakdown(refs, groupBy, deref(kind, wardgraph.BudgetKindBudget)) {
		out = append(out, &model.BudgetBucket{BudgetBucket: b, Node: nodes[b.Key]})
	}
	return out, nil
}

// bucketNodes maps every key a budget bucket can have to its node.
func bucketNodes(initiatives []model.Initiative) map[string]model.Node {
	out := map[string]model.Node{}
	for _, in := range initiatives {
		ref := in.Ref()
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
