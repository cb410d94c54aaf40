package neo4jstore

import (
	"testing"

	"github.com/wardgraph/wardgraph"
)

// largestSample returns the biggest parsed sample page (Nishi 2017, the
// only whole page).
func largestSample(b *testing.B) *wardgraph.Plan {
	var best *wardgraph.Plan
	for _, p := range samplePlans(b) {
		if best == nil || len(p.Projection().Nodes) > len(best.Projection().Nodes) {
			best = p
		}
	}
	return best
}

// BenchmarkPlanRecords: the Go work of a save before any statement runs.
func BenchmarkPlanRecords(b *testing.B) {
	p := largestSample(b)
	for b.Loop() {
		recs, err := planRecords(p, "v")
		if err != nil {
			b.Fatal(err)
		}
		writeBatches(recs)
	}
}

// BenchmarkAssemble: the Go work of reading a plan back once plan_graph
// has answered.
func BenchmarkAssemble(b *testing.B) {
	p := largestSample(b)
	recs, err := planRecords(p, "v")
	if err != nil {
		b.Fatal(err)
	}
	db := newWrittenGraph()
	for _, bt := range writeBatches(recs) {
		db.apply(bt)
	}
	answer := db.planGraph(p.ID)
	for b.Loop() {
		rs, err := graphRecords(answer)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := indexRecords(rs).assemble(p.ID); err != nil {
			b.Fatal(err)
		}
	}
}
