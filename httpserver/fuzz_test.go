package httpserver_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
)

// fuzzHangBound is far past the handler's 1 s deadline: a request still
// running then ignores the deadline.
const fuzzHangBound = 10 * time.Second

// fuzzQueries seed both fuzz targets: ordinary queries, the probe's
// attacks in small, and broken documents.
var fuzzQueries = []string{
	`{ ward(name: "Nishi") { code plans { id fiscalYear } } }`,
	`{ search(text: "子育て", first: 3) { score snippet node { id } } }`,
	`{ initiatives(first: 2, after: "d2cxOjkyMjMzNzIwMzY4NTQ3NzU4MDc") { nodes { id } } }`,
	`{ neighborhood(id: "topic/防災", depth: 2) { truncated compact } }`,
	`{ paths(from: "topic/防災", to: "ward/27106", maxLength: 3) { length } }`,
	`{ a: __typename b: __typename } fragment F on Query { ...F }`,
	`{ ...F2 } fragment F0 on Query { __typename } fragment F1 on Query { ...F0 ...F0 } fragment F2 on Query { ...F1 ...F1 }`,
	`{ __typename @x @y @include(if: true) }`,
	`query($t: String!) { search(text: $t) { score } }`,
	`{ wards { plans { issues { strategies { initiatives { partners { initiatives { nodes { id } } } } } } } } }`,
	`{ __schema { types { name } } }`,
	`{`, `}`, `query`, "\x00", `{ ward(name: "\u0000") { code } }`,
}

// fuzzHandler is the real handler over the fixtures, with a 1 s deadline
// and introspection on.
func fuzzHandler(f *testing.F) http.Handler {
	s := memstore.New()
	storetest.Load(f, s)
	return httpserver.New(s, httpserver.Config{Logger: quiet, Timeout: time.Second,
		GraphQL: graph.Config{Introspection: true}})
}

// checkReply fails unless the reply to a /graphql POST came in bounded
// time, with a known status, as JSON in the GraphQL shape (data or
// errors), every error with a message and extensions.code, none INTERNAL.
func checkReply(t *testing.T, h http.Handler, body []byte) {
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	start := time.Now()
	rec := do(h, req)
	if took := time.Since(start); took > fuzzHangBound {
		t.Fatalf("request took %s, past its 1 s deadline: %.300q", took, body)
	}
	switch rec.Code {
	case 200, 400, 408, 413, 422, 429, 503:
	default:
		t.Fatalf("status %d for %.300q", rec.Code, body)
	}
	var r struct {
		Data   *json.RawMessage
		Errors []struct {
			Message    *string
			Extensions map[string]any
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || (r.Data == nil && len(r.Errors) == 0) {
		t.Fatalf("reply is not GraphQL JSON (%v): %.300q for %.300q", err, rec.Body.String(), body)
	}
	for _, e := range r.Errors {
		code, _ := e.Extensions["code"].(string)
		if e.Message == nil || code == "" || code == "INTERNAL" {
			t.Fatalf("error without message or code, or INTERNAL: %.300q for %.300q", rec.Body.String(), body)
		}
	}
}

// FuzzRequestBody sends arbitrary bodies to POST /graphql.
func FuzzRequestBody(f *testing.F) {
	for _, q := range fuzzQueries {
		b, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"t": "防災"}})
		f.Add(b)
	}
	for _, b := range []string{``, `null`, `[]`, `[{"query":"{ __typename }"}]`, `{"query": 5}`, `{"query":"{ __typename }","variables":[1]}`,
		`{"query":"{ __typename }","operationName":"X"}`, `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}`, `{"query":"` + strings.Repeat("{", 50)} {
		f.Add([]byte(b))
	}
	h := fuzzHandler(f)
	f.Fuzz(func(t *testing.T, body []byte) { checkReply(t, h, body) })
}

// FuzzQueryDocument sends arbitrary query documents (and one variable) in
// well-formed request bodies, so the fuzzer spends its time in the GraphQL
// layer instead of the JSON decoder.
func FuzzQueryDocument(f *testing.F) {
	for _, q := range fuzzQueries {
		f.Add(q, "防災")
	}
	h := fuzzHandler(f)
	f.Fuzz(func(t *testing.T, q, v string) {
		body, err := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"t": v, "id": v, "n": len(v)}})
		if err != nil {
			t.Skip("not encodable") // json.Marshal takes any Go string; unreachable in practice
		}
		checkReply(t, h, body)
	})
}
