package neo4jstore

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/wardgraph/wardgraph"
)

// fullPlan returns the FICTIONAL plan of testdata/plan_full.json, which sets
// every field a plan has, with ids assigned.
func fullPlan(t *testing.T) *wardgraph.Plan {
	t.Helper()
	b, err := os.ReadFile("testdata/plan_full.json")
	if err != nil {
		t.Fatal(err)
	}
	var p wardgraph.Plan
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	p.AssignIDs()
	return &p
}

func mustRecords(t *testing.T, p *wardgraph.Plan) records {
	t.Helper()
	r, err := planRecords(p, "v1")
	if err != nil {
		t.Fatalf("planRecords(%s): %v", p.ID, err)
	}
	return r
}
