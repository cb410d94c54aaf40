package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
	"github.com/wardgraph/wardgraph/textnorm"
)

func (r queryResolver) Search(ctx context.Context, text string, first *int) ([]*model.SearchHit, error) {
	n, err := r.pageSize("first", first, defaultPage)
	if err != nil {
		return nil, err
	}
	q := textnorm.Normalize(text)
	if q == "" {
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "search text is empty")
	}
	hits, err := r.store.Search(ctx, wardgraph.SearchQuery{Text: q, First: n})
	if err != nil {
		return nil, err
	}
	return resolveHits(ctx, hits)
}

// resolveHits turns store hits into nodes: plan parts are found inside
// their plans, loaded in one batch; shared nodes come with the hit.
func resolveHits(ctx context.Context, hits []wardgraph.SearchHit) ([]*model.SearchHit, error) {
	var planIDs []string
	for _, h := range hits {
		if h.PlanID != "" {
			planIDs = append(planIDs, h.PlanID)
		}
	}
	plans, err := loadersFrom(ctx).planByID.LoadAll(ctx, planIDs)
	if err != nil {
		return nil, err
	}
	byID := map[string]*wardgraph.Plan{}
	for _, p := range plans {
		if p != nil {
			byID[p.ID] = p
		}
	}
	ix := plansIndex(mapValues(byID))
	out := []*model.SearchHit{}
	for _, h := range hits {
		hit := &model.SearchHit{Node: sharedNode(h.Node), Snippet: h.Snippet, Score: h.Score, Plan: byID[h.PlanID]}
		if h.PlanID != "" {
			hit.Node = ix[h.Node.ID]
		}
		if hit.Node != nil {
			out = append(out, hit)
		}
	}
	return out, nil
}

func mapValues[K comparable, V any](m map[K]V) []V {
	out := make([]V, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
