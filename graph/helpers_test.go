package graph_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// response is a GraphQL response as clients see it.
type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
	Status int             `json:"-"`
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// code returns the extensions.code of the first error.
func (r response) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// quiet is a logger that drops everything, for tests.
var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// fixtureStore returns a memstore loaded with the fictional fixtures.
func fixtureStore(t testing.TB) wardgraph.Store {
	t.Helper()
	s := memstore.New()
	storetest.Load(t, s)
	return s
}

// newHandler returns the real HTTP handler over store.
func newHandler(store wardgraph.Store, cfg httpserver.Config) http.Handler {
	cfg.Logger = quiet
	return httpserver.New(store, cfg)
}

// fixtureHandler serves the fixtures with default limits.
func fixtureHandler(t testing.TB) http.Handler {
	return newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{Introspection: true}})
}

// post sends a GraphQL request body to /graphql.
func post(t testing.TB, h http.Handler, body any) response {
	t.Helper()
	rec := postRaw(t, h, body)
	var r response
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("response is not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	r.Status = rec.Code
	return r
}

// postRaw sends a GraphQL request body to /graphql and returns the
// recorded answer.
func postRaw(t testing.TB, h http.Handler, body any) *httptest.ResponseRecorder {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// query runs a query with variables and returns the response.
func query(t testing.TB, h http.Handler, q string, vars map[string]any) response {
	t.Helper()
	return post(t, h, map[string]any{"query": q, "variables": vars})
}

// mustQuery runs a query that must succeed and decodes its data into out.
func mustQuery(t testing.TB, h http.Handler, q string, vars map[string]any, out any) {
	t.Helper()
	r := query(t, h, q, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("query failed: %+v\n%s", r.Errors, q)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("decode %s: %v", r.Data, err)
	}
}

// assertData runs a query and compares its data with want (JSON).
func assertData(t testing.TB, h http.Handler, q string, vars map[string]any, want string) {
	t.Helper()
	r := query(t, h, q, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("query failed: %+v", r.Errors)
	}
	var got, exp any
	if err := json.Unmarshal(r.Data, &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(want), &exp); err != nil {
		t.Fatalf("bad want JSON: %v", err)
	}
	if !reflect.DeepEqual(got, exp) {
		t.Errorf("data:\n got %s\nwant %s", r.Data, compact(want))
	}
}

func compact(s string) string {
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(s)); err != nil {
		return s
	}
	return b.String()
}

// jsonText renders a response back to JSON text.
func jsonText(r response) (string, error) {
	b, err := json.Marshal(struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}{r.Data, r.Errors})
	return string(b), err
}
