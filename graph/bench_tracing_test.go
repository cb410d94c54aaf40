package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	gqlgraph "github.com/99designs/gqlgen/graphql"

	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/tracing"
)

// BenchmarkTracedQueries is BenchmarkQueries' nested plan with
// `serve --trace stdout` on (spans exported as JSON to io.Discard), to
// compare with BenchmarkQueries/nested_plan: the cost of tracing.
func BenchmarkTracedQueries(b *testing.B) {
	tr, stop, err := tracing.Start("stdout", io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	defer stop(context.Background())
	cfg := httpserver.Config{GraphQL: graph.Config{Extensions: []gqlgraph.HandlerExtension{tr}}}
	h := tr.Handler(newHandler(scaledStore(b, benchPlans), cfg))
	body, _ := json.Marshal(map[string]any{"query": nestedPlanQuery, "variables": map[string]any{"ward": "Nishi", "year": 2010}})
	b.Run("nested_plan", func(b *testing.B) {
		checkBench(b, h, body)
		b.ReportAllocs()
		for b.Loop() {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			h.ServeHTTP(rec, req)
		}
	})
}
