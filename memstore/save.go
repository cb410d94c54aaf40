package memstore

import (
	"context"
	"slices"

	wardgraph "github.com/wardgraph/wardgraph"
)

// SavePlan saves a deep copy of p, replacing the whole subgraph of a plan
// with the same id. The plan's ids must be the ones p.AssignIDs gives.
func (s *Store) SavePlan(ctx context.Context, p *wardgraph.Plan) (wardgraph.SaveStats, error) {
	pe, err := prepare(p)
	if err != nil {
		return wardgraph.SaveStats{}, err
	}
	if err := ctx.Err(); err != nil {
		return wardgraph.SaveStats{}, wardgraph.Wrap(err, wardgraph.EUNAVAILABLE, "saving plan "+p.ID+" was cancelled")
	}
	s.mu.Lock()
	replaced := s.swap(pe)
	s.saves.Add(1)
	s.mu.Unlock()
	return wardgraph.SaveStats{Nodes: len(pe.graph.Nodes), Edges: len(pe.graph.Edges), Replaced: replaced}, nil
}

// SavePlans saves plans one by one, each atomically, and returns the stats
// of each. It stops at the first plan that cannot be saved, returning the
// stats of those saved before it.
func (s *Store) SavePlans(ctx context.Context, plans []*wardgraph.Plan) ([]wardgraph.SaveStats, error) {
	out := make([]wardgraph.SaveStats, 0, len(plans))
	for _, p := range plans {
		st, err := s.SavePlan(ctx, p)
		if err != nil {
			return out, err
		}
		out = append(out, st)
	}
	return out, nil
}

// prepare checks p and builds the entry of a deep copy of it.
func prepare(p *wardgraph.Plan) (*planEntry, error) {
	c, err := wardgraph.SaveCopy(p)
	if err != nil {
		return nil, err
	}
	return newPlanEntry(c), nil
}

// swap replaces the entry of the plan with pe's id, or adds it. The caller
// holds the write lock.
func (s *Store) swap(pe *planEntry) (replaced bool) {
	id := pe.plan.ID
	old, replaced := s.plans[id]
	if replaced {
		s.unlink(old)
		s.order = remove(s.order, old)
		w := old.plan.Ward.ID
		if s.byWard[w] = remove(s.byWard[w], old); len(s.byWard[w]) == 0 {
			delete(s.byWard, w)
		}
	}
	s.link(pe)
	s.plans[id] = pe
	s.order = insert(s.order, pe)
	s.byWard[pe.plan.Ward.ID] = insert(s.byWard[pe.plan.Ward.ID], pe)
	return replaced
}

// insert adds pe to a list kept in plan order.
func insert(list []*planEntry, pe *planEntry) []*planEntry {
	at, _ := slices.BinarySearchFunc(list, pe, comparePlanEntries)
	return slices.Insert(list, at, pe)
}

// remove takes pe out of a list.
func remove(list []*planEntry, pe *planEntry) []*planEntry {
	return slices.DeleteFunc(list, func(e *planEntry) bool { return e == pe })
}

// link adds the nodes, walk edges and link targets of pe.
func (s *Store) link(pe *planEntry) {
	for _, n := range pe.graph.Nodes {
		s.addNode(n)
	}
	for _, e := range pe.walk {
		s.addEdge(e)
	}
	s.texts.add(pe)
	for target := range pe.linked {
		if s.linked[target] == nil {
			s.linked[target] = map[string]struct{}{}
		}
		s.linked[target][pe.plan.ID] = struct{}{}
	}
}

func (s *Store) addNode(n wardgraph.GraphNode) {
	r, ok := s.nodes[n.ID]
	if !ok {
		r = &nodeRec{}
		s.nodes[n.ID] = r
	}
	r.node = n // a shared node takes the properties of the last plan saved
	r.refs++
	if !wardgraph.IsShared(n.Label) {
		return
	}
	if s.byLabel[n.Label] == nil {
		s.byLabel[n.Label] = map[string]struct{}{}
	}
	s.byLabel[n.Label][n.ID] = struct{}{}
	if !r.indexed && n.Text != "" {
		// Shared nodes' texts are their names, fixed by their ids.
		r.indexed = true
		s.shared.add(n.Text)
		s.sharedN = append(s.sharedN, n.ID)
	}
}

// unlink removes what pe added, keeping shared nodes.
func (s *Store) unlink(pe *planEntry) {
	for _, e := range pe.walk {
		s.dropEdge(e)
	}
	s.texts.remove(pe)
	for _, n := range pe.graph.Nodes {
		r := s.nodes[n.ID]
		if r.refs--; r.refs == 0 && !wardgraph.IsShared(n.Label) {
			delete(s.nodes, n.ID)
		}
	}
	for target := range pe.linked {
		delete(s.linked[target], pe.plan.ID)
		if len(s.linked[target]) == 0 {
			delete(s.linked, target)
		}
	}
}

// comparePlanEntries orders entries as wardgraph.ComparePlans orders plans.
func comparePlanEntries(a, b *planEntry) int { return wardgraph.ComparePlans(a.plan, b.plan) }
