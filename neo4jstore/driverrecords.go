package neo4jstore

import (
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
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
