package neo4jstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

// Neighborhood returns every node within depth links of id, ignoring link
// direction and FROM links, with every link between those nodes (one per
// from, type and to). It walks breadth first, one statement per level in
// one read transaction: the walk costs as many nodes as it reaches, where a
// variable-length pattern would enumerate every path through hubs such as
// a partner many initiatives name. ELIMIT once it passes
// MaxNeighborhoodNodes.
func (s *Store) Neighborhood(ctx context.Context, id string, depth int) (wardgraph.Subgraph, error) {
	if depth < 0 || depth > wardgraph.MaxDepth {
		return wardgraph.Subgraph{}, wardgraph.Errorf(wardgraph.EINVALID, "depth %d is out of range 0..%d", depth, wardgraph.MaxDepth)
	}
	return readConsistent(ctx, s, func(tx neo4j.ManagedTransaction) (wardgraph.Subgraph, error) {
		start, err := nodesByIDTx(ctx, tx, []string{id})
		if err != nil {
			return wardgraph.Subgraph{}, err
		}
		if _, ok := start[id]; !ok {
			return wardgraph.Subgraph{}, wardgraph.Errorf(wardgraph.ENOTFOUND, "node %q not found", id)
		}
		ids, err := within(ctx, tx, id, depth)
		if err != nil {
			return wardgraph.Subgraph{}, err
		}
		return subgraph(ctx, tx, ids)
	})
}

// within returns the ids within depth links of id, or ELIMIT once they
// pass MaxNeighborhoodNodes.
func within(ctx context.Context, tx neo4j.ManagedTransaction, id string, depth int) ([]string, error) {
	seen := map[string]bool{id: true}
	ids, frontier := []string{id}, []string{id}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		recs, err := runTx(ctx, tx, "neighbors", map[string]any{"ids": frontier})
		if err != nil {
			return nil, err
		}
		frontier = nil
		for _, r := range recs {
			if n := recordString(r, "id"); !seen[n] {
				seen[n] = true
				ids, frontier = append(ids, n), append(frontier, n)
			}
		}
		if len(ids) > wardgraph.MaxNeighborhoodNodes {
			return nil, wardgraph.Errorf(wardgraph.ELIMIT, "the neighbourhood of %q within depth %d has more than %d nodes (MaxNeighborhoodNodes); ask for a smaller depth",
				id, depth, wardgraph.MaxNeighborhoodNodes)
		}
	}
	return ids, nil
}

func subgraph(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (wardgraph.Subgraph, error) {
	nodes, err := nodesByIDTx(ctx, tx, ids)
	if err != nil {
		return wardgraph.Subgraph{}, err
	}
	if len(nodes) != len(ids) {
		return wardgraph.Subgraph{}, errInconsistent // a node walked through was deleted since
	}
	recs, err := runTx(ctx, tx, "subgraph_edges", map[string]any{"ids": ids})
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
		return cmp.Or(strings.Compare(a.edge.From, b.edge.From), strings.Compare(a.edge.Type, b.edge.Type),
			strings.Compare(a.edge.To, b.edge.To), cmp.Compare(a.seq, b.seq))
	})
	out := []wardgraph.GraphEdge{}
	for _, e := range es {
		if n := len(out); n > 0 && sameEnds(out[n-1], e.edge) {
			continue
		}
		out = append(out, e.edge)
	}
	return out
}

func sameEnds(a, b wardgraph.GraphEdge) bool {
	return a.From == b.From && a.Type == b.Type && a.To == b.To
}
