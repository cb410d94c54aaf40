package memstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	wardgraph "github.com/wardgraph/wardgraph"
)

// Neighborhood returns every node within depth links of id, ignoring link
// direction and FROM links (so Source nodes are never reached), with every
// link between those nodes.
func (s *Store) Neighborhood(ctx context.Context, id string, depth int) (wardgraph.Subgraph, error) {
	if depth < 0 || depth > wardgraph.MaxDepth {
		return wardgraph.Subgraph{}, wardgraph.Errorf(wardgraph.EINVALID, "depth %d is out of range 0..%d", depth, wardgraph.MaxDepth)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if _, ok := s.nodes[id]; !ok {
		return wardgraph.Subgraph{}, wardgraph.Errorf(wardgraph.ENOTFOUND, "node %q not found", id)
	}
	ids, truncated, err := wardgraph.Walk(id, depth, s.neighbors)
	if err != nil {
		return wardgraph.Subgraph{}, err
	}
	seen := make(map[string]bool, len(ids))
	for _, n := range ids {
		seen[n] = true
	}
	sg := s.subgraph(seen)
	sg.Truncated = truncated
	return sg, nil
}

// subgraph returns the nodes of seen by id and the links between them in
// SortEdges order (from, type, to), sorted here without copying edges
// around.
func (s *Store) subgraph(seen map[string]bool) wardgraph.Subgraph {
	nodes := make([]*nodeRec, 0, len(seen))
	var edges []*edgeRec
	for n := range seen {
		nodes = append(nodes, s.nodes[n])
		for k := range s.adj[n] {
			if k.from == n && seen[k.to] {
				edges = append(edges, s.edges[k])
			}
		}
	}
	slices.SortFunc(nodes, func(a, b *nodeRec) int { return strings.Compare(a.node.ID, b.node.ID) })
	slices.SortFunc(edges, func(a, b *edgeRec) int { return compareEdges(&a.edge, &b.edge) })
	sg := wardgraph.Subgraph{Nodes: make([]wardgraph.GraphNode, len(nodes)), Edges: make([]wardgraph.GraphEdge, len(edges))}
	for i, r := range nodes {
		sg.Nodes[i] = r.node
	}
	for i, r := range edges {
		sg.Edges[i] = r.edge
	}
	return sg
}

// neighbors returns the ids linked to any id of frontier (walk edges only).
func (s *Store) neighbors(frontier []string) ([]string, error) {
	var out []string
	for _, n := range frontier {
		for k := range s.adj[n] {
			out = append(out, other(k, n))
		}
	}
	return out, nil
}

// compareEdges orders edges as wardgraph.SortEdges does: by from, type,
// then to, comparing only as much as it must.
func compareEdges(a, b *wardgraph.GraphEdge) int {
	if c := strings.Compare(a.From, b.From); c != 0 {
		return c
	}
	if c := strings.Compare(a.Type, b.Type); c != 0 {
		return c
	}
	return strings.Compare(a.To, b.To)
}

func other(k edgeKey, n string) string {
	if k.from == n {
		return k.to
	}
	return k.from
}

// Paths returns the shortest paths between two nodes, ignoring direction
// and FROM links, no longer than maxLength, at most MaxPaths, ordered by
// their node ids (then by their edges).
func (s *Store) Paths(ctx context.Context, from, to string, maxLength int) ([]wardgraph.Path, error) {
	if maxLength < 1 || maxLength > wardgraph.MaxPathLength {
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "maxLength %d is out of range 1..%d", maxLength, wardgraph.MaxPathLength)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, id := range []string{from, to} {
		if _, ok := s.nodes[id]; !ok {
			return nil, wardgraph.Errorf(wardgraph.ENOTFOUND, "node %q not found", id)
		}
	}
	if from == to {
		return []wardgraph.Path{{Nodes: []wardgraph.GraphNode{s.nodes[from].node}, Edges: []wardgraph.GraphEdge{}}}, nil
	}
	distFrom := s.distances(from, to, maxLength)
	length, ok := distFrom[to]
	if !ok {
		return []wardgraph.Path{}, nil
	}
	w := &pathWalk{s: s, to: to, length: length, distFrom: distFrom, distTo: s.distances(to, from, length)}
	w.walk(from, []string{from}, nil)
	return w.paths, nil
}

// distances returns the distance from start of every node reached within
// limit links, stopping after the level that reaches stop.
func (s *Store) distances(start, stop string, limit int) map[string]int {
	dist := map[string]int{start: 0}
	frontier := []string{start}
	for d := 1; d <= limit && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			for k := range s.adj[n] {
				if o := other(k, n); !hasKey(dist, o) {
					dist[o] = d
					next = append(next, o)
				}
			}
		}
		if hasKey(dist, stop) {
			break
		}
		frontier = next
	}
	return dist
}

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// pathWalk enumerates shortest paths depth first, taking steps in order of
// node id then edge, so paths come out in order and the walk stops at
// MaxPaths.
type pathWalk struct {
	s                *Store
	to               string
	length           int
	distFrom, distTo map[string]int
	paths            []wardgraph.Path
}

type step struct {
	to   string
	edge wardgraph.GraphEdge
}

func (w *pathWalk) walk(at string, nodes []string, edges []wardgraph.GraphEdge) {
	if at == w.to {
		w.paths = append(w.paths, w.path(nodes, edges))
		return
	}
	for _, st := range w.steps(at, len(edges)+1) {
		if len(w.paths) >= wardgraph.MaxPaths {
			return
		}
		w.walk(st.to, append(nodes, st.to), append(edges, st.edge))
	}
}

// steps returns the links from at that stay on a shortest path, taken as
// the d-th link of the path.
func (w *pathWalk) steps(at string, d int) []step {
	var out []step
	for k := range w.s.adj[at] {
		o := other(k, at)
		df, ok1 := w.distFrom[o]
		dt, ok2 := w.distTo[o]
		if ok1 && ok2 && df == d && dt == w.length-d {
			out = append(out, step{to: o, edge: w.s.edges[k].edge})
		}
	}
	slices.SortFunc(out, func(a, b step) int {
		return cmp.Or(strings.Compare(a.to, b.to), strings.Compare(a.edge.Type, b.edge.Type), strings.Compare(a.edge.From, b.edge.From))
	})
	return out
}

func (w *pathWalk) path(ids []string, edges []wardgraph.GraphEdge) wardgraph.Path {
	p := wardgraph.Path{Nodes: make([]wardgraph.GraphNode, len(ids)), Edges: slices.Clone(edges)}
	for i, id := range ids {
		p.Nodes[i] = w.s.nodes[id].node
	}
	return p
}
