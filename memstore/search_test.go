package memstore

import (
	"cmp"
	"context"
	"reflect"
	"slices"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/storetest"
	"github.com/wardgraph/wardgraph/synth"
)

// TestSearchMatchesReference checks Search against a plain reference on a
// synthetic set (the fictional fixtures over 24 wards × 3 years): every
// searchable node scored with wardgraph.ScoreText, sorted by score then
// id, cut at First.
func TestSearchMatchesReference(t *testing.T) {
	plans, err := synth.Generate(storetest.Fixtures(), 2016, 3)
	if err != nil {
		t.Fatal(err)
	}
	s := New()
	if _, err := s.SavePlans(context.Background(), plans); err != nil {
		t.Fatal(err)
	}
	queries := []string{"子育て", "見守り", "地域 防災", "ict", "の", "PDCA", "区民 の 安全", "存在しない", "a", "  "}
	for _, q := range queries {
		for _, first := range []int{1, 5, 20, 100000} {
			got, err := s.Search(context.Background(), wardgraph.SearchQuery{Text: q, First: first})
			if err != nil {
				t.Fatal(err)
			}
			if want := referenceSearch(s, q, first); !reflect.DeepEqual(got, want) {
				t.Errorf("Search(%q, %d): %d hits, want %d\n got %v\nwant %v", q, first, len(got), len(want), brief(got), brief(want))
			}
		}
	}
}

func referenceSearch(s *Store, q string, first int) []wardgraph.SearchHit {
	terms := wardgraph.SearchTerms(q)
	out := []wardgraph.SearchHit{}
	consider := func(n wardgraph.GraphNode) {
		if score, snippet, ok := wardgraph.ScoreText(terms, n.Text); ok {
			out = append(out, wardgraph.SearchHit{Node: n, PlanID: wardgraph.PlanIDOf(n.ID), Snippet: snippet, Score: score})
		}
	}
	for _, pe := range s.order {
		for _, n := range pe.graph.Nodes {
			if !wardgraph.IsShared(n.Label) {
				consider(n)
			}
		}
	}
	for _, r := range s.nodes {
		if wardgraph.IsShared(r.node.Label) {
			consider(r.node)
		}
	}
	slices.SortFunc(out, func(a, b wardgraph.SearchHit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Node.ID, b.Node.ID))
	})
	return out[:min(first, len(out))]
}

func brief(hits []wardgraph.SearchHit) []string {
	var out []string
	for _, h := range hits[:min(5, len(hits))] {
		out = append(out, h.Node.ID)
	}
	return out
}
