package graph

import (
	"context"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/wardgraph/wardgraph"
)

// loaders batch and cache the store reads of one request, so that the
// number of store calls depends on the query's depth, not on how many
// objects it returns. Each loader is made when the request first uses
// it: most requests use none or one.
type loaders struct {
	store wardgraph.Store
	opt   dataloadgen.Option

	planOnce, wardOnce, linkedOnce, nodeOnce sync.Once

	planByID    *dataloadgen.Loader[string, *wardgraph.Plan]
	plansByWard *dataloadgen.Loader[string, []*wardgraph.Plan]
	linked      *dataloadgen.Loader[string, []wardgraph.InitiativeRef]
	nodeByID    *dataloadgen.Loader[string, *wardgraph.GraphNode]
}

type loadersKey struct{}

func newLoaders(s wardgraph.Store, wait time.Duration) *loaders {
	return &loaders{store: s, opt: dataloadgen.WithWait(wait)}
}

// plans loads plans by id.
func (l *loaders) plans() *dataloadgen.Loader[string, *wardgraph.Plan] {
	l.planOnce.Do(func() { l.planByID = dataloadgen.NewLoader(fetchPlansByID(l.store), l.opt) })
	return l.planByID
}

// wardPlans loads the plans of wards by ward id.
func (l *loaders) wardPlans() *dataloadgen.Loader[string, []*wardgraph.Plan] {
	l.wardOnce.Do(func() { l.plansByWard = dataloadgen.NewLoader(fetchPlansByWard(l.store), l.opt) })
	return l.plansByWard
}

// linkedInitiatives loads the initiatives linked to partners, topics and
// target groups by their ids.
func (l *loaders) linkedInitiatives() *dataloadgen.Loader[string, []wardgraph.InitiativeRef] {
	l.linkedOnce.Do(func() { l.linked = dataloadgen.NewLoader(fetchLinked(l.store), l.opt) })
	return l.linked
}

// nodes loads graph nodes by id.
func (l *loaders) nodes() *dataloadgen.Loader[string, *wardgraph.GraphNode] {
	l.nodeOnce.Do(func() { l.nodeByID = dataloadgen.NewLoader(fetchNodes(l.store), l.opt) })
	return l.nodeByID
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
