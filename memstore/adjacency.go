package memstore

import (
	"slices"
	"sync/atomic"

	wardgraph "github.com/wardgraph/wardgraph"
)

// adjList holds the walk edges of one node, split by direction, in no
// particular order: every read that cares sorts. A self-link is only in
// out. Slices, not maps, because reads iterate them whole.
type adjList struct {
	out []*edgeRec // edges from the node
	in  []*edgeRec // edges to the node
	// view is the lists in the orders walks read them, worked out by the
	// first walk that reads them after the lists last changed (readers
	// share it; a write, under the store's write lock, clears it).
	view atomic.Pointer[adjView]
}

// adjView is what walks read of a node's edges, in order.
type adjView struct {
	neighbours []string   // the ids at the other end (itself for a self-link), distinct, in id order
	out        []*edgeRec // the edges from the node, in wardgraph.CompareEdges order
}

// sorted returns the node's edges as walks read them; a nil list has
// none. The result is shared and read-only.
func (a *adjList) sorted() *adjView {
	if a == nil {
		return noEdges
	}
	if v := a.view.Load(); v != nil {
		return v
	}
	v := &adjView{neighbours: make([]string, 0, a.degree()), out: slices.Clone(a.out)}
	a.each(func(_ *edgeRec, o string) { v.neighbours = append(v.neighbours, o) })
	slices.Sort(v.neighbours)
	v.neighbours = slices.Compact(v.neighbours)
	slices.SortFunc(v.out, func(a, b *edgeRec) int { return wardgraph.CompareEdges(&a.edge, &b.edge) })
	a.view.Store(v)
	return v
}

// noEdges is the view of a node with no edges.
var noEdges = &adjView{}

// changed drops the view of a list being written.
func (a *adjList) changed() { a.view.Store(nil) }

func (a *adjList) degree() int { return len(a.out) + len(a.in) }

// each calls f with every edge of the node and the node at its other end;
// a nil list has none.
func (a *adjList) each(f func(r *edgeRec, other string)) {
	if a == nil {
		return
	}
	for _, r := range a.out {
		f(r, r.edge.To)
	}
	for _, r := range a.in {
		f(r, r.edge.From)
	}
}

// addEdge adds a walk edge, or counts one more plan holding it (the first
// plan's properties win).
func (s *Store) addEdge(e wardgraph.GraphEdge) {
	k := keyOf(e)
	if r, ok := s.edges[k]; ok {
		r.refs++
		return
	}
	r := &edgeRec{edge: e, refs: 1}
	s.edges[k] = r
	from := s.adjacent(e.From)
	from.changed()
	r.outAt = len(from.out)
	from.out = append(from.out, r)
	if e.To != e.From {
		to := s.adjacent(e.To)
		to.changed()
		r.inAt = len(to.in)
		to.in = append(to.in, r)
	}
}

// dropEdge counts one plan fewer holding a walk edge and removes it when
// none does.
func (s *Store) dropEdge(e wardgraph.GraphEdge) {
	k := keyOf(e)
	r := s.edges[k]
	if r.refs--; r.refs > 0 {
		return
	}
	delete(s.edges, k)
	from := s.adj[e.From]
	from.changed()
	from.out = cut(from.out, r.outAt, func(m *edgeRec, at int) { m.outAt = at })
	if e.To != e.From {
		to := s.adj[e.To]
		to.changed()
		to.in = cut(to.in, r.inAt, func(m *edgeRec, at int) { m.inAt = at })
	}
	s.dropIfBare(e.From)
	s.dropIfBare(e.To)
}

// cut removes list[at] by moving the last edge into its place, telling
// that edge its new position.
func cut(list []*edgeRec, at int, moved func(*edgeRec, int)) []*edgeRec {
	last := len(list) - 1
	if at != last {
		list[at] = list[last]
		moved(list[at], at)
	}
	list[last] = nil
	return list[:last]
}

func (s *Store) adjacent(id string) *adjList {
	a := s.adj[id]
	if a == nil {
		a = &adjList{}
		s.adj[id] = a
	}
	return a
}

func (s *Store) dropIfBare(id string) {
	if a := s.adj[id]; a != nil && a.degree() == 0 {
		delete(s.adj, id)
	}
}
