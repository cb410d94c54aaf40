package neo4jstore

import (
	"encoding/json"
	"os"
	"path/filepath"
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

// samplePlans returns the parsed sample pages of testdata/sample.
func samplePlans(t testing.TB) []*wardgraph.Plan {
	t.Helper()
	files, err := filepath.Glob("testdata/sample/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample plans: %v", err)
	}
	var out []*wardgraph.Plan
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var p wardgraph.Plan
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, &p)
	}
	return out
}

func mustRecords(t *testing.T, p *wardgraph.Plan) records {
	t.Helper()
	r, err := planRecords(p, "v1")
	if err != nil {
		t.Fatalf("planRecords(%s): %v", p.ID, err)
	}
	return r
}
