package neo4jstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

// Paths returns the shortest paths between two nodes, ignoring direction
// and FROM links, no longer than maxLength, at most MaxPaths, ordered by
// their node ids, then by their edges' types and start nodes, as the
// embedded store orders them.
func (s *Store) Paths(ctx context.Context, from, to string, maxLength int) ([]wardgraph.Path, error) {
	if maxLength < 1 || maxLength > wardgraph.MaxPathLength {
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "maxLength %d is out of range 1..%d", maxLength, wardgraph.MaxPathLength)
	}
	return readConsistent(ctx, s, func(run runFunc) ([]wardgraph.Path, error) {
		ends, err := nodesByIDTx(run, []string{from, to})
		if err != nil {
			return nil, err
		}
		for _, id := range []string{from, to} {
			if _, ok := ends[id]; !ok {
				return nil, wardgraph.Errorf(wardgraph.ENOTFOUND, "node %q not found", id)
			}
		}
		if from == to {
			return []wardgraph.Path{{Nodes: []wardgraph.GraphNode{ends[from]}, Edges: []wardgraph.GraphEdge{}}}, nil
		}
		recs, err := run("paths", map[string]any{"src": from, "dst": to, "maxLength": int64(maxLength)})
		if err != nil {
			return nil, err
		}
		return buildPaths(run, recs)
	})
}

// rawPath is a path as read: node ids and relationships.
type rawPath struct {
	ids   []string
	edges []seqEdge
}

// rawPaths reads the {ids, rels} records of the paths statement.
func rawPaths(recs []*neo4j.Record) []rawPath {
	raws := make([]rawPath, 0, len(recs))
	for _, r := range recs {
		ids, _ := r.Get("ids")
		rels, _ := r.Get("rels")
		rp := rawPath{ids: strs(ids)}
		list, _ := rels.([]any)
		for _, x := range list {
			m, _ := x.(map[string]any)
			rp.edges = append(rp.edges, seqEdgeOf(m))
		}
		raws = append(raws, rp)
	}
	return raws
}

// buildPaths orders the paths read and fills in their nodes.
func buildPaths(run runFunc, recs []*neo4j.Record) ([]wardgraph.Path, error) {
	raws := orderPaths(rawPaths(recs))
	if len(raws) == 0 {
		return []wardgraph.Path{}, nil
	}
	var need []string
	for _, rp := range raws {
		need = append(need, rp.ids...)
	}
	nodes, err := nodesByIDTx(run, need)
	if err != nil {
		return nil, err
	}
	for _, id := range need {
		if _, ok := nodes[id]; !ok {
			return nil, errInconsistent // a node on a path was deleted since
		}
	}
	out := make([]wardgraph.Path, 0, len(raws))
	for _, rp := range raws {
		p := wardgraph.Path{Edges: make([]wardgraph.GraphEdge, 0, len(rp.edges))}
		for _, id := range rp.ids {
			p.Nodes = append(p.Nodes, nodes[id])
		}
		for _, e := range rp.edges {
			p.Edges = append(p.Edges, e.edge)
		}
		out = append(out, p)
	}
	return out, nil
}

// orderPaths keeps one path per sequence of nodes and (from, type, to)
// edges — a part naming a target twice has two relationships to it, the
// embedded store one — using the first of such relationships, sorts the
// paths step by step by node id, edge type and edge start, and keeps the
// first MaxPaths.
func orderPaths(raws []rawPath) []rawPath {
	first := map[string]seqEdge{}
	for _, rp := range raws {
		for _, e := range rp.edges {
			k := edgeKey(e.edge)
			if old, ok := first[k]; !ok || e.seq < old.seq {
				first[k] = e
			}
		}
	}
	seen := map[string]bool{}
	var out []rawPath
	for _, rp := range raws {
		var key strings.Builder
		for i := range rp.edges {
			rp.edges[i] = first[edgeKey(rp.edges[i].edge)]
			key.WriteString(edgeKey(rp.edges[i].edge) + "\x01")
		}
		if k := strings.Join(rp.ids, "\x01") + "\x02" + key.String(); !seen[k] {
			seen[k] = true
			out = append(out, rp)
		}
	}
	slices.SortFunc(out, comparePaths)
	return out[:min(len(out), wardgraph.MaxPaths)]
}

func edgeKey(e wardgraph.GraphEdge) string { return e.From + "\x00" + e.Type + "\x00" + e.To }

func comparePaths(a, b rawPath) int {
	for i := 0; i < len(a.edges) && i < len(b.edges); i++ {
		ea, eb := a.edges[i].edge, b.edges[i].edge
		if c := cmp.Or(strings.Compare(a.ids[i+1], b.ids[i+1]), strings.Compare(ea.Type, eb.Type),
			strings.Compare(ea.From, eb.From)); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a.edges), len(b.edges))
}
