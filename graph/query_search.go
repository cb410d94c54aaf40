package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
	"github.com/wardgraph/wardgraph/textnorm"
)

func (r queryResolver) Search(ctx context.Context, text string, first *int, ward *string, fiscalYear *int) ([]*model.SearchHit, error) {
	n, err := wardgraph.PageSize("first", first, wardgraph.DefaultPageSize, r.cfg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	if err := r.checkSearchText(text); err != nil {
		return nil, err
	}
	q := textnorm.Normalize(text)
	if q == "" {
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "search text is empty")
	}
	sq := wardgraph.SearchQuery{Text: q, First: n, FiscalYear: deref(fiscalYear, 0)}
	if ward != nil {
		w, err := wardgraph.FindWard(*ward)
		if err != nil {
			return nil, err
		}
		sq.WardID = w.ID
	}
	if sq, err = sq.Normalize(); err != nil {
		return nil, err
	}
	hits, err := r.store.Search(ctx, sq)
	if err != nil {
		return nil, err
	}
	return r.resolveHits(ctx, hits)
}

// resolveHits turns store hits into nodes: plan parts are found inside
// their plans, read in one store call; shared nodes come with the hit.
func (r *Resolver) resolveHits(ctx context.Context, hits []wardgraph.SearchHit) ([]*model.SearchHit, error) {
	planIDs := map[string]bool{}
	ids := make([]string, 0, 2*len(hits)) // each part and its plan
	for _, h := range hits {
		if h.PlanID != "" {
			planIDs[h.PlanID] = true
			ids = append(ids, h.Node.ID, h.PlanID)
		}
	}
	var plans []*wardgraph.Plan
	if len(planIDs) > 0 {
		var err error
		if plans, err = r.store.Plans(ctx, wardgraph.PlanFilter{IDs: mapKeys(planIDs)}); err != nil {
			return nil, err
		}
	}
	ix := partNodes(model.NewPlans(plans, r.cfg.MaxPageSize), ids)
	out := []*model.SearchHit{}
	for _, h := range hits {
		plan, _ := ix[h.PlanID].(*model.Plan) // nil for a shared node
		hit := &model.SearchHit{Node: sharedNode(h.Node), Snippet: h.Snippet, Score: h.Score, Plan: plan}
		if h.PlanID != "" {
			hit.Node = ix[h.Node.ID]
		}
		if hit.Node != nil {
			out = append(out, hit)
		}
	}
	return out, nil
}

func mapKeys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
