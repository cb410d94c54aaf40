package neo4jstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

// Neighborhood returns the nodes within depth links of id, ignoring link
// direction and FROM links, with every link between those nodes (one per
// from, type and to). It walks with wardgraph.Walk, one statement per level
// in one read transaction: the walk costs as many nodes as it reaches,
// where a variable-length pattern would enumerate every path through hubs
// such as a partner many initiatives name. Past MaxNeighborhoodNodes the
// nearest are kept and Truncated is set.
func (s *Store) Neighborhood(ctx context.Context, id string, depth int) (wardgraph.Subgraph, error) {
	if depth < 0 || depth > wardgraph.MaxDepth {
		return wardgraph.Subgraph{}, wardgraph.Errorf(wardgraph.EINVALID, "depth %d is out of range 0..%d", depth, wardgraph.MaxDepth)
	}
	return readConsistent(ctx, s, func(run runFunc) (wardgraph.Subgraph, error) {
		start, err := nodesByIDTx(run, []string{id})
		if err != nil {
			return wardgraph.Subgraph{}, err
		}
		if _, ok := start[id]; !ok {
			return wardgraph.Subgraph{}, wardgraph.Errorf(wardgraph.ENOTFOUND, "node %q not found", id)
		}
		ids, truncated, err := wardgraph.Walk(id, depth, func(frontier []string) ([]string, error) {
			return neighbors(run, frontier)
		})
		if err != nil {
			return wardgraph.Subgraph{}, err
		}
		sg, err := subgraph(run, ids)
		sg.Truncated = truncated
		return sg, err
	})
}

// neighbors returns the ids one link away from the frontier.
func neighbors(run runFunc, frontier []string) ([]string, error) {
	recs, err := run("neighbors", map[string]any{"ids": frontier})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		out = append(out, recordString(r, "id"))
	}
	return out, nil
}

func subgraph(run runFunc, ids []string) (wardgraph.Subgraph, error) {
	nodes, err := nodesByIDTx(run, ids)
	if err != nil {
		return wardgraph.Subgraph{}, err
	}
	if len(nodes) != len(ids) {
		return wardgraph.Subgraph{}, errInconsistent // a node walked through was deleted since
	}
	recs, err := run("subgraph_edges", map[string]any{"ids": ids})
	if err != nil {
		return wardgraph.Subgraph{}, err
	}
	sg := wardgraph.Subgraph{Nodes: make([]wardgraph.GraphNode, 0, len(nodes))}
	for _, n := range nodes {
		sg.Nodes = append(sg.Nodes, n)
	}
	slices.SortFunc(sg.Nodes, func(a, b wardgraph.GraphNode) int { return strings.Compare(a.ID, b.ID) })
	sg.Edges = distinctEdges(recordEdges(recs))
	return sg, nil
}

// recordEdges reads {src, type, dst, evidence, line, seq} records.
func recordEdges(recs []*neo4j.Record) []seqEdge {
	es := make([]seqEdge, 0, len(recs))
	for _, r := range recs {
		es = append(es, seqEdgeOf(r.AsMap()))
	}
	return es
}

// seqEdge is a relationship read back with its place among its part's
// links (0 for other relationships).
type seqEdge struct {
	edge wardgraph.GraphEdge
	seq  int64
}

// seqEdgeOf reads a {src, type, dst, evidence, line, seq} map.
func seqEdgeOf(m map[string]any) seqEdge {
	return seqEdge{edge: wardgraph.GraphEdge{From: str(m, "src"), Type: str(m, "type"), To: str(m, "dst"),
		Evidence: str(m, "evidence"), Line: int(i64(m, "line"))}, seq: i64(m, "seq")}
}

// distinctEdges returns one edge per (from, type, to), the first of the
// part's links where a part names a target twice, as the embedded store
// does, in SortEdges order.
func distinctEdges(es []seqEdge) []wardgraph.GraphEdge {
	slices.SortFunc(es, func(a, b seqEdge) int {
		return cmp.Or(wardgraph.CompareEdges(&a.edge, &b.edge), cmp.Compare(a.seq, b.seq))
	})
	out := []wardgraph.GraphEdge{}
	for _, e := range es {
		if n := len(out); n > 0 && wardgraph.CompareEdges(&out[n-1], &e.edge) == 0 {
			continue
		}
		out = append(out, e.edge)
	}
	return out
}
