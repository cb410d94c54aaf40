package neo4jstore

import (
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/wardgraph/wardgraph"
)

// Conversions from driver records to the store's record model.

func recordInt(r *neo4j.Record, key string) int64 {
	v, _ := r.Get(key)
	n, _ := v.(int64)
	return n
}

func recordString(r *neo4j.Record, key string) string {
	v, _ := r.Get(key)
	s, _ := v.(string)
	return s
}

// recordNode returns the node under key as a nodeRecord.
func recordNode(r *neo4j.Record, key string) (nodeRecord, error) {
	v, _ := r.Get(key)
	n, ok := v.(dbtype.Node)
	if !ok {
		return nodeRecord{}, fmt.Errorf("record field %s: not a node but %T", key, v)
	}
	return nodeOf(n)
}

func nodeOf(n dbtype.Node) (nodeRecord, error) {
	var label string
	for _, l := range n.Labels {
		if l != LabelEntity {
			if label != "" {
				return nodeRecord{}, fmt.Errorf("node %v: labels %v", n.Props[propID], n.Labels)
			}
			label = l
		}
	}
	return nodeRecord{Label: label, Props: n.Props}, nil
}

// partRecords converts the (nodes, rels) rows of initiative_parts.cypher
// into records, each node once; errInconsistent when two nodes have one id
// (an old and a new version).
func partRecords(recs []*neo4j.Record) (records, error) {
	var out records
	seen := map[string]string{} // id -> version
	for _, r := range recs {
		nodes, _ := r.Get("nodes")
		for _, v := range asList(nodes) {
			if err := addPartNode(&out, seen, v); err != nil {
				return out, err
			}
		}
		rels, _ := r.Get("rels")
		for _, v := range asList(rels) {
			m, _ := v.(map[string]any)
			props, _ := m["props"].(map[string]any)
			out.Edges = append(out.Edges, edgeRecord{From: str(m, "from"), To: str(m, "to"), Type: str(m, "type"), Props: props})
		}
	}
	return out, nil
}

// addPartNode adds the driver node v to out (see addNode).
func addPartNode(out *records, seen map[string]string, v any) error {
	dn, ok := v.(dbtype.Node)
	if !ok {
		return wardgraph.Wrap(fmt.Errorf("record field nodes: not a node but %T", v), wardgraph.EINTERNAL, msgQuery)
	}
	n, err := nodeOf(dn)
	if err != nil {
		return wardgraph.Wrap(err, wardgraph.EINTERNAL, msgQuery)
	}
	return addNode(out, seen, n)
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}
