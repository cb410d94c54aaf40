package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
)

// benchPlans is the size of the synthetic data set the benchmarks use:
// the fictional fixtures cloned to 24 wards × 10 years.
const benchPlans = 240

// BenchmarkQueries runs representative queries through the HTTP handler
// (no network) on the synthetic data set, with the default limits.
func BenchmarkQueries(b *testing.B) {
	h := newHandler(scaledStore(b, benchPlans), httpserver.Config{GraphQL: graph.Config{}})
	// Plan osaka/nishi/2010 is a clone of the fictional Nishi 2017 plan.
	benches := []struct {
		name  string
		query string
		vars  map[string]any
	}{
		{"typename", `{ __typename }`, nil},
		{"nested_plan", nestedPlanQuery, map[string]any{"ward": "Nishi", "year": 2010}},
		{"search", `{ search(text: "子育て", first: 20) { node { id } snippet score ward { name } fiscalYear code } }`, nil},
		{"compare_wards", `query { compareWards(wards: ["Nishi", "Tennoji", "Naniwa", "Minato"], fiscalYear: 2010) { plans { id budgetTotalYen }
		   topics { topic { name } cells { plan { id } issueCount initiativeCount budgetYen } } sharedPartners { name } } }`, nil},
		{"neighborhood_depth2", `{ neighborhood(id: "osaka/nishi/2010/issue/2", depth: 2) { nodes { id kind label } edges { from to type } } }`, nil},
		{"initiatives_page", `{ initiatives(first: 50, filter: {partner: "地域活動協議会"}) { totalCount edges { cursor node { id code budgetYen plan { id } } } } }`, nil},
	}
	for _, bb := range benches {
		body, _ := json.Marshal(map[string]any{"query": bb.query, "variables": bb.vars})
		b.Run(bb.name, func(b *testing.B) { drive(b, h, body) })
	}
}

// drive checks that body answers cleanly, then posts it to h b.N times,
// reporting allocations and perOp's CPU time and goroutines per request.
func drive(b *testing.B, h http.Handler, body []byte) {
	checkBench(b, h, body)
	b.ReportAllocs()
	done := perOp(b)
	for b.Loop() {
		serve(h, body)
	}
	done()
}

// serve posts a GraphQL request body to h and returns the recorded answer.
func serve(h http.Handler, body []byte) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	return rec
}

// checkBench fails the benchmark if its query does not answer cleanly.
func checkBench(b *testing.B, h http.Handler, body []byte) {
	b.Helper()
	rec := serve(h, body)
	var r response
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || len(r.Errors) > 0 || len(r.Data) < 20 {
		b.Fatalf("query failed: %s", rec.Body.String())
	}
}

// BenchmarkFiveLevels runs the N+1 test's five-level query over 40 plans
// with the default limits and dataloader wait: two dataloader rounds.
func BenchmarkFiveLevels(b *testing.B) {
	h := newHandler(scaledStore(b, 40), httpserver.Config{})
	body, _ := json.Marshal(map[string]any{"query": fiveLevels})
	drive(b, h, body)
}
