package neo4jstore

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

func se(from, typ, to, evidence string, seq int64) seqEdge {
	return seqEdge{edge: wardgraph.GraphEdge{From: from, Type: typ, To: to, Evidence: evidence}, seq: seq}
}

// TestDistinctEdges: one edge per (from, type, to), the part's first link
// winning, in SortEdges order.
func TestDistinctEdges(t *testing.T) {
	got := distinctEdges([]seqEdge{
		se("b", "INVOLVES", "p", "second", 1), se("b", "INVOLVES", "p", "first", 0),
		se("a", "ADDRESSES", "b", "", 0), se("b", "ABOUT", "t", "topic", 2),
	})
	want := []wardgraph.GraphEdge{{From: "a", Type: "ADDRESSES", To: "b"}, {From: "b", Type: "ABOUT", To: "t", Evidence: "topic"},
		{From: "b", Type: "INVOLVES", To: "p", Evidence: "first"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("distinctEdges = %+v", got)
	}
	if got := distinctEdges(nil); got == nil || len(got) != 0 {
		t.Errorf("distinctEdges(nil) = %#v, want empty", got)
	}
}

// TestOrderPaths: paths sorted step by step by node id, edge type, edge
// start; duplicate links collapse to one path; at most MaxPaths.
func TestOrderPaths(t *testing.T) {
	raws := []rawPath{
		{ids: []string{"s", "y", "e"}, edges: []seqEdge{se("s", "ABOUT", "y", "", 0), se("e", "ABOUT", "y", "", 0)}},
		{ids: []string{"s", "x", "e"}, edges: []seqEdge{se("s", "INVOLVES", "x", "b", 1), se("e", "INVOLVES", "x", "", 0)}},
		{ids: []string{"s", "x", "e"}, edges: []seqEdge{se("s", "INVOLVES", "x", "a", 0), se("e", "INVOLVES", "x", "", 0)}},
		{ids: []string{"s", "x", "e"}, edges: []seqEdge{se("s", "ABOUT", "x", "", 0), se("x", "ABOUT", "e", "", 0)}},
		{ids: []string{"s", "x", "e"}, edges: []seqEdge{se("s", "ABOUT", "x", "", 0), se("e", "ABOUT", "x", "", 0)}},
	}
	var got []string
	for _, rp := range orderPaths(raws) {
		got = append(got, fmt.Sprint(rp.ids[1], " ", rp.edges[0].edge.Type, rp.edges[0].edge.Evidence, " ", rp.edges[1].edge.From))
	}
	want := []string{"x ABOUT e", "x ABOUT x", "x INVOLVESa e", "y ABOUT e"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("orderPaths = %q, want %q", got, want)
	}
	var many []rawPath
	for i := range wardgraph.MaxPaths + 5 {
		id := fmt.Sprintf("m%02d", i)
		many = append(many, rawPath{ids: []string{"s", id, "e"}, edges: []seqEdge{se("s", "ABOUT", id, "", 0), se(id, "ABOUT", "e", "", 0)}})
	}
	if got := orderPaths(many); len(got) != wardgraph.MaxPaths || got[0].ids[1] != "m00" {
		t.Errorf("orderPaths of %d paths kept %d", len(many), len(got))
	}
}

func TestGraphRecordsRefusesOtherValues(t *testing.T) {
	db := newWrittenGraph()
	for _, b := range writeBatches(mustRecords(t, fullPlan(t))) {
		db.apply(b)
	}
	recs := db.planGraph(fullPlan(t).ID)
	recs[0].Values[1] = "not a relationship"
	if _, err := graphRecords(recs); err == nil {
		t.Error("graphRecords accepted a string for a relationship")
	}
}

func TestRecordEdges(t *testing.T) {
	recs := []*neo4j.Record{{Keys: []string{"src", "type", "dst", "evidence", "line", "seq"},
		Values: []any{"a", "INVOLVES", "p", "named here", int64(7), int64(1)}},
		{Keys: []string{"src", "type", "dst", "evidence", "line", "seq"},
			Values: []any{"p0", "ADDRESSES", "a", nil, nil, nil}}}
	got := recordEdges(recs)
	want := []seqEdge{{edge: wardgraph.GraphEdge{From: "a", Type: "INVOLVES", To: "p", Evidence: "named here", Line: 7}, seq: 1},
		{edge: wardgraph.GraphEdge{From: "p0", Type: "ADDRESSES", To: "a"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("recordEdges = %+v", got)
	}
}
