package graph

import (
	"context"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/wardgraph/wardgraph"
)

// loaders batch and cache the store reads of one request, so that the
// number of store calls depends on the query's depth, not on how many
// objects it returns.
type loaders struct {
	planByID    *dataloadgen.Loader[string, *wardgraph.Plan]
	plansByWard *dataloadgen.Loader[string, []*wardgraph.Plan]
	linked      *dataloadgen.Loader[string, []wardgraph.InitiativeRef]
	nodeByID    *dataloadgen.Loader[string, *wardgraph.GraphNode]
}

type loadersKey struct{}

func newLoaders(s wardgraph.Store, wait time.Duration) *loaders {
	opt := dataloadgen.WithWait(wait)
	return &loaders{
		planByID:    dataloadgen.NewLoader(fetchPlansByID(s), opt),
		plansByWard: dataloadgen.NewLoader(fetchPlansByWard(s), opt),
		linked:      dataloadgen.NewLoader(fetchLinked(s), opt),
		nodeByID:    dataloadgen.NewLoader(fetchNodes(s), opt),
	}
}

// withLoaders returns ctx carrying fresh loaders over s.
func withLoaders(ctx context.Context, s wardgraph.Store, wait time.Duration) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(s, wait))
}

// loadersFrom returns the request's loaders.
func loadersFrom(ctx context.Context) *loaders {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	if l == nil {
		panic("graph: no loaders in context (the server must install them per operation)")
	}
	return l
}

func fetchPlansByID(s wardgraph.Store) func(context.Context, []string) ([]*wardgraph.Plan, []error) {
	return func(ctx context.Context, ids []string) ([]*wardgraph.Plan, []error) {
		plans, err := s.Plans(ctx, wardgraph.PlanFilter{IDs: ids})
		if err != nil {
			return nil, []error{err}
		}
		byID := make(map[string]*wardgraph.Plan, len(plans))
		for _, p := range plans {
			byID[p.ID] = p
		}
		out := make([]*wardgraph.Plan, len(ids))
		for i, id := range ids {
			out[i] = byID[id]
		}
		return out, nil
	}
}

func fetchPlansByWard(s wardgraph.Store) func(context.Context, []string) ([][]*wardgraph.Plan, []error) {
	return func(ctx context.Context, wardIDs []string) ([][]*wardgraph.Plan, []error) {
		plans, err := s.Plans(ctx, wardgraph.PlanFilter{WardIDs: wardIDs})
		if err != nil {
			return nil, []error{err}
		}
		byWard := map[string][]*wardgraph.Plan{}
		for _, p := range plans {
			byWard[p.Ward.ID] = append(byWard[p.Ward.ID], p)
		}
		out := make([][]*wardgraph.Plan, len(wardIDs))
		for i, id := range wardIDs {
			out[i] = byWard[id]
		}
		return out, nil
	}
}

func fetchLinked(s wardgraph.Store) func(context.Context, []string) ([][]wardgraph.InitiativeRef, []error) {
	return func(ctx context.Context, ids []string) ([][]wardgraph.InitiativeRef, []error) {
		m, err := s.LinkedInitiatives(ctx, ids)
		if err != nil {
			return nil, []error{err}
		}
		out := make([][]wardgraph.InitiativeRef, len(ids))
		for i, id := range ids {
			out[i] = m[id]
		}
		return out, nil
	}
}

func fetchNodes(s wardgraph.Store) func(context.Context, []string) ([]*wardgraph.GraphNode, []error) {
	return func(ctx context.Context, ids []string) ([]*wardgraph.GraphNode, []error) {
		nodes, err := s.Nodes(ctx, ids)
		if err != nil {
			return nil, []error{err}
		}
		byID := make(map[string]*wardgraph.GraphNode, len(nodes))
		for i := range nodes {
			byID[nodes[i].ID] = &nodes[i]
		}
		out := make([]*wardgraph.GraphNode, len(ids))
		for i, id := range ids {
			out[i] = byID[id]
		}
		return out, nil
	}
}
