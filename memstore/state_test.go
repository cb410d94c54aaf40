package memstore

import (
	"context"
	"maps"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/storetest"
)

// TestReplaceLeavesNothingStale saves the fixtures, replaces one plan with
// another version and back, and compares every index with a store that
// only ever saw the fixtures. Shared nodes no plan names are kept by
// design and left out of the comparison.
func TestReplaceLeavesNothingStale(t *testing.T) {
	ctx := context.Background()
	churned, clean := New(), New()
	storetest.Load(t, churned)
	changed := storetest.Fixture(storetest.Nishi2017)
	changed.Issues = changed.Issues[:1]
	changed.Issues[0].Strategies[0].Initiatives[0].Links = []wardgraph.Link{{Kind: wardgraph.LinkPartner, Name: "架空の団体", Evidence: "x"}}
	changed.Policy = ""
	for _, p := range []*wardgraph.Plan{changed, storetest.Fixture(storetest.Nishi2017), storetest.Fixture(storetest.Taisho2017)} {
		if _, err := churned.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	storetest.Load(t, clean)
	checkAdjacency(t, churned)
	if got, want := liveNodes(churned), liveNodes(clean); !maps.Equal(got, want) {
		t.Errorf("nodes differ: %d vs %d", len(got), len(want))
	}
	if _, ok := churned.nodes["partner/架空の団体"]; !ok {
		t.Errorf("shared partner no plan names was dropped")
	}
	if got, want := edgeRefs(churned), edgeRefs(clean); !maps.Equal(got, want) {
		t.Errorf("edges differ: %d vs %d", len(got), len(want))
	}
	if _, ok := churned.adj["partner/架空の団体"]; ok || len(churned.adj) != len(clean.adj) {
		t.Errorf("adjacency differs: %d vs %d nodes with links", len(churned.adj), len(clean.adj))
	}
	if !maps.EqualFunc(churned.linked, clean.linked, maps.Equal) {
		t.Errorf("link index differs: %v vs %v", churned.linked, clean.linked)
	}
	if len(churned.order) != len(clean.order) || len(churned.plans) != len(clean.plans) {
		t.Errorf("plans differ: %d vs %d", len(churned.order), len(clean.order))
	}
	for w, pes := range clean.byWard {
		if got := churned.byWard[w]; len(got) != len(pes) || got[0].plan.ID != pes[0].plan.ID {
			t.Errorf("plans of ward %s: %d, want %d", w, len(got), len(pes))
		}
	}
}

func liveNodes(s *Store) map[string]int {
	out := map[string]int{}
	for id, r := range s.nodes {
		if r.refs > 0 {
			out[id] = r.refs
		}
	}
	return out
}

func edgeRefs(s *Store) map[edgeKey]int {
	out := map[edgeKey]int{}
	for k, r := range s.edges {
		out[k] = r.refs
	}
	return out
}
