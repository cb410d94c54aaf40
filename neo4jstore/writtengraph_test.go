package neo4jstore

import (
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// writtenGraph holds the nodes and relationships that write batches
// describe, as driver values, and answers plan_graph's shape from them:
// input for the unit tests of our record reassembly (graphRecords,
// assemble). It interprets no Cypher; TestContract runs the statements on
// a real Neo4j.
type writtenGraph struct {
	nodes map[string]dbtype.Node
	rels  []dbtype.Relationship
}

func newWrittenGraph() *writtenGraph { return &writtenGraph{nodes: map[string]dbtype.Node{}} }

func (db *writtenGraph) apply(b batch) {
	for _, row := range b.Rows {
		props := stored(row["props"].(map[string]any))
		switch {
		case strings.HasPrefix(b.Stmt, "merge_node_"):
			label := strings.TrimPrefix(b.Stmt, "merge_node_")
			db.nodes[row["id"].(string)] = dbtype.Node{Labels: []string{LabelEntity, label}, Props: props}
		default:
			typ := strings.TrimPrefix(b.Stmt, "merge_rel_")
			db.mergeRel(row["from"].(string), row["to"].(string), typ, row["seq"], props)
		}
	}
}

// mergeRel keeps one relationship per (from, type, to), or per seq too for
// links, as MERGE does.
func (db *writtenGraph) mergeRel(from, to, typ string, seq any, props map[string]any) {
	for i, r := range db.rels {
		if r.StartElementId == from && r.EndElementId == to && r.Type == typ && (seq == nil || r.Props[propSeq] == seq) {
			db.rels[i].Props = props
			return
		}
	}
	db.rels = append(db.rels, dbtype.Relationship{StartElementId: from, EndElementId: to, Type: typ, Props: props})
}

// planGraph answers plan_graph: every relationship touching a node of the
// plans, with both ends.
func (db *writtenGraph) planGraph(planIDs ...string) []*neo4j.Record {
	in := map[string]bool{}
	for _, id := range planIDs {
		in[id] = true
	}
	var out []*neo4j.Record
	for _, r := range db.rels {
		a, b := db.nodes[r.StartElementId], db.nodes[r.EndElementId]
		if in[str(a.Props, propPlan)] || in[str(b.Props, propPlan)] {
			out = append(out, &neo4j.Record{Keys: []string{"a", "r", "b"}, Values: []any{a, r, b}})
		}
	}
	return out
}

// stored returns props as Neo4j gives them back: lists as []any.
func stored(props map[string]any) map[string]any {
	out := make(map[string]any, len(props))
	for k, v := range props {
		if l, ok := v.([]string); ok {
			anys := make([]any, len(l))
			for i, s := range l {
				anys[i] = s
			}
			v = anys
		}
		out[k] = v
	}
	return out
}
