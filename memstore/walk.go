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
	w := s.walk(id, depth)
	sg := s.subgraph(w.sorted, w.chosen)
	sg.Truncated = w.truncated
	return sg, nil
}

// subgraph returns the nodes of sorted (ids in order; chosen is the set of
// them) and the links between them in SortEdges order (from, type, to):
// node by node in id order, the links leaving it (kept in that order by
// adjList.sorted) that reach a chosen node. Only links leaving a node are
// looked at: shared nodes (partners, topics) have thousands of incoming
// links but few outgoing ones.
func (s *Store) subgraph(sorted []string, chosen map[string]struct{}) wardgraph.Subgraph {
	outs := make([][]*edgeRec, len(sorted))
	n := 0
	for i, id := range sorted {
		outs[i] = s.adj[id].sorted().out
		n += len(outs[i])
	}
	sg := wardgraph.Subgraph{Nodes: make([]wardgraph.GraphNode, len(sorted))}
	picked := make([]*edgeRec, 0, n)
	for i, id := range sorted {
		sg.Nodes[i] = s.nodes[id].node
		for _, r := range outs[i] {
			if _, ok := chosen[r.edge.To]; ok {
				picked = append(picked, r)
			}
		}
	}
	sg.Edges = make([]wardgraph.GraphEdge, len(picked))
	for i, r := range picked {
		sg.Edges[i] = r.edge
	}
	return sg
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
			s.adj[n].each(func(_ *edgeRec, o string) {
				if !hasKey(dist, o) {
					dist[o] = d
					next = append(next, o)
				}
			})
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
	w.s.adj[at].each(func(r *edgeRec, o string) {
		df, ok1 := w.distFrom[o]
		dt, ok2 := w.distTo[o]
		if ok1 && ok2 && df == d && dt == w.length-d {
			out = append(out, step{to: o, edge: r.edge})
		}
	})
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
