package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/synth"
	"github.com/wardgraph/wardgraph/synth/templates"
)

// BenchmarkPeerQueries runs issue 13's peer queries (bench/peerdata,
// cmd/wardload: search, compareWards, the depth-2 neighbourhood of the hub
// initiative) through the HTTP handler on the load script's SYNTHETIC set:
// the bundled pages with initiatives cloned to 24 wards × 10 years from 2016.
func BenchmarkPeerQueries(b *testing.B) {
	tpl, err := templates.FromSample()
	if err != nil {
		b.Fatal(err)
	}
	plans, err := synth.Generate(tpl, 2016, 10)
	if err != nil {
		b.Fatal(err)
	}
	s := memstore.New()
	if _, err := s.SavePlans(context.Background(), plans); err != nil {
		b.Fatal(err)
	}
	full := synth.Richest(plans, 2021)
	ward, start := full.Ward.NameRomaji, synth.Hub(full)
	h := newHandler(s, httpserver.Config{GraphQL: graph.Config{}})
	for _, q := range []struct{ name, query string }{
		{"search", `{ search(text: "子育て", first: 20) { score snippet node { id } } }`},
		{"compareWards", fmt.Sprintf(`{ compareWards(wards: [%q, "taisho", "kita"], fiscalYear: 2021) { plans { id budgetTotalYen }
			topics { topic { name } cells { issueCount initiativeCount budgetYen } } sharedPartners { name } } }`, ward)},
		{"neighborhood2", fmt.Sprintf(`{ neighborhood(id: %q, depth: 2) { nodes { id kind label } edges { from to type } } }`, start)},
	} {
		body, _ := json.Marshal(map[string]any{"query": q.query})
		b.Run(q.name, func(b *testing.B) { drive(b, h, body) })
	}
}
