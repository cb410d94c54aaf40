package httpserver_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
)

// TestMetrics runs a named query, two refused ones and a bad body, then
// checks that /metrics counts each, by operation name, outcome and limit,
// and reports the plan count and the process's memory.
func TestMetrics(t *testing.T) {
	store := memstore.New()
	storetest.Load(t, store)
	m := httpserver.NewMetrics(store)
	version, err := store.DataVersion(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	h := httpserver.New(store, httpserver.Config{Logger: quiet, Metrics: m})
	for _, body := range []string{
		`{"query":"query Wards { wards { id } }"}`,
		`{"query":"query Schema { __schema { queryType { name } } }"}`,
		`{"query":"query Many { ` + strings.Repeat("__typename ", 1001) + `}"}`,
		`not json`,
	} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		do(h, req)
	}
	rec := do(h, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	text := rec.Body.String()
	for _, want := range []string{
		`wardgraph_graphql_operations_total{operation="Wards",outcome="ok"} 1`,
		`wardgraph_graphql_operations_total{operation="Schema",outcome="refused"} 1`,
		`wardgraph_graphql_operations_total{operation="anonymous",outcome="refused"} 1`, // refused before it is parsed
		`wardgraph_refused_total{limit="introspection"} 1`,
		`wardgraph_refused_total{limit="fields"} 1`,
		`wardgraph_http_requests_total{code="200",route="/graphql"} 3`,
		`wardgraph_http_requests_total{code="400",route="/graphql"} 1`,
		`wardgraph_graphql_operation_duration_seconds_count{operation="Wards"} 1`,
		`wardgraph_http_in_flight_requests 0`,
		"wardgraph_plans " + strconv.Itoa(len(storetest.Fixtures())),
		"process_resident_memory_bytes ",
		`wardgraph_data_version_info{version="` + version + `"} 1`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("/metrics:\n%s", text)
	}
	elsewhere := httpserver.New(store, httpserver.Config{Logger: quiet, Metrics: m, MetricsElsewhere: true})
	if rec := do(elsewhere, httptest.NewRequest(http.MethodGet, "/metrics", nil)); rec.Code != http.StatusNotFound {
		t.Errorf("/metrics on the main handler with MetricsElsewhere: %d", rec.Code)
	}
}
