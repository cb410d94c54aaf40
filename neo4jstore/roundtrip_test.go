package neo4jstore

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/storetest"
)

// testPlans are the plans the record model is checked on: the fully
// populated fictional plan of testdata and the contract suite's fixtures.
func testPlans(t *testing.T) []*wardgraph.Plan {
	return append([]*wardgraph.Plan{fullPlan(t)}, storetest.Fixtures()...)
}

// TestPlanRoundTrip writes each plan's batches into the fake database,
// reads plan_graph's answer back as driver records and rebuilds the plan:
// it must equal the plan saved, nil and empty alike.
func TestPlanRoundTrip(t *testing.T) {
	db := newFakeDB()
	plans := testPlans(t)
	for _, p := range plans {
		for _, b := range writeBatches(mustRecords(t, p)) {
			db.apply(b)
		}
	}
	for _, want := range plans {
		recs, err := graphRecords(db.planGraph(want.ID))
		if err != nil {
			t.Fatal(err)
		}
		got, err := indexRecords(recs).assemble(want.ID)
		if err != nil {
			t.Fatalf("assemble(%s): %v", want.ID, err)
		}
		if !reflect.DeepEqual(got, want) {
			g, _ := json.MarshalIndent(got, "", " ")
			w, _ := json.MarshalIndent(want, "", " ")
			t.Errorf("plan %s came back changed:\n got  %s\n want %s", want.ID, g, w)
		}
	}
}

// TestGraphNodesRoundTrip: every node read back is the projection's node,
// properties and all.
func TestGraphNodesRoundTrip(t *testing.T) {
	for _, p := range testPlans(t) {
		db := newFakeDB()
		for _, b := range writeBatches(mustRecords(t, p)) {
			db.apply(b)
		}
		for _, want := range p.Graph().Nodes {
			n, err := nodeOf(db.nodes[want.ID])
			if err != nil {
				t.Fatal(err)
			}
			if got := graphNode(n); !reflect.DeepEqual(got, want) {
				t.Errorf("node %s:\n got  %#v\n want %#v", want.ID, got, want)
			}
		}
	}
}

func TestAssembleWithoutPlanNode(t *testing.T) {
	if _, err := indexRecords(records{}).assemble("osaka/nishi/2017"); err == nil {
		t.Error("assemble of a plan with no node succeeded")
	}
}
