package neo4jstore

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/storetest"
)

// testPlans are the plans the record model is checked on: the fully
// populated fictional plan of testdata, the contract suite's fixtures and
// the parsed sample pages.
func testPlans(t *testing.T) []*wardgraph.Plan {
	plans := append([]*wardgraph.Plan{fullPlan(t)}, storetest.Fixtures()...)
	return append(plans, samplePlans(t)...)
}

// TestPlanRoundTrip writes the batches of several plans into one fake
// database (plans sharing wards, partners and departments), reads
// plan_graph's answer back as driver records and rebuilds each plan: it
// must equal the plan saved, nil and empty alike. The sample pages reuse
// the fixtures' plan ids, so they get a database of their own.
func TestPlanRoundTrip(t *testing.T) {
	roundTrip(t, append([]*wardgraph.Plan{fullPlan(t)}, storetest.Fixtures()...))
	roundTrip(t, samplePlans(t))
}

func roundTrip(t *testing.T, plans []*wardgraph.Plan) {
	db := newWrittenGraph()
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
		db := newWrittenGraph()
		for _, b := range writeBatches(mustRecords(t, p)) {
			db.apply(b)
		}
		for _, want := range p.Projection().Nodes {
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

// TestMixedVersionsAreInconsistent: a read that meets nodes of two saves
// of one plan reports errInconsistent, which makes it start again.
func TestMixedVersionsAreInconsistent(t *testing.T) {
	p := fullPlan(t)
	var answers [][]*neo4j.Record
	for _, version := range []string{"v1", "v2"} {
		recs, err := planRecords(p, version)
		if err != nil {
			t.Fatal(err)
		}
		db := newWrittenGraph()
		for _, b := range writeBatches(recs) {
			db.apply(b)
		}
		answers = append(answers, db.planGraph(p.ID))
	}
	_, err := graphRecords(append(answers[0], answers[1]...))
	if !errors.Is(err, errInconsistent) {
		t.Errorf("graphRecords of two saves: %v", err)
	}
	one, err := graphRecords(answers[1])
	if err != nil {
		t.Fatal(err)
	}
	if v, err := planVersions(one); err != nil || v[p.ID] != "v2" {
		t.Errorf("planVersions = %v, %v", v, err)
	}
	one.Nodes[3].Props[propVersion] = "v1"
	if _, err := planVersions(one); !errors.Is(err, errInconsistent) {
		t.Errorf("planVersions of mixed nodes: %v", err)
	}
}
