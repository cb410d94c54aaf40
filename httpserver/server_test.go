package httpserver_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func newServer(t *testing.T, cfg httpserver.Config) http.Handler {
	t.Helper()
	s := memstore.New()
	storetest.Load(t, s)
	cfg.Logger = quiet
	return httpserver.New(s, cfg)
}

func do(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func graphqlPost(origin string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ ward(name: \"Nishi\") { code } }"}`))
	req.Header.Set("Content-Type", "application/json")
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	return req
}

func preflight(origin string) *http.Request {
	req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
	req.Header.Set("Origin", origin)
	req.Header.Set("Access-Control-Request-Method", http.MethodPost)
	req.Header.Set("Access-Control-Request-Headers", "content-type")
	return req
}

// TestCORS checks that a listed origin gets the CORS headers on requests
// and preflights, and that any other origin gets none.
func TestCORS(t *testing.T) {
	const allowed, refused = "http://localhost:5173", "https://evil.example"
	h := newServer(t, httpserver.Config{AllowedOrigins: []string{allowed}})
	tests := []struct {
		name   string
		req    *http.Request
		header string
	}{
		{"allowed origin", graphqlPost(allowed), allowed},
		{"allowed preflight", preflight(allowed), allowed},
		{"refused origin", graphqlPost(refused), ""},
		{"refused preflight", preflight(refused), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, tt.req)
			if got := rec.Header().Get("Access-Control-Allow-Origin"); got != tt.header {
				t.Errorf("Access-Control-Allow-Origin = %q, want %q", got, tt.header)
			}
			if tt.req.Method == http.MethodPost && tt.header != "" && !strings.Contains(rec.Header().Get("Access-Control-Expose-Headers"), "Etag") {
				t.Errorf("Access-Control-Expose-Headers = %q, want ETag in it", rec.Header().Get("Access-Control-Expose-Headers"))
			}
			if tt.req.Method == http.MethodOptions && tt.header != "" {
				if m := rec.Header().Get("Access-Control-Allow-Methods"); !strings.Contains(m, "POST") {
					t.Errorf("preflight Allow-Methods = %q", m)
				}
				if hs := strings.ToLower(rec.Header().Get("Access-Control-Allow-Headers")); !strings.Contains(hs, "content-type") {
					t.Errorf("preflight Allow-Headers = %q", hs)
				}
			}
		})
	}
}

// TestCORSDefault checks that by default no origin is allowed.
func TestCORSDefault(t *testing.T) {
	h := newServer(t, httpserver.Config{})
	for _, req := range []*http.Request{graphqlPost("http://localhost:3000"), preflight("http://localhost:3000")} {
		rec := do(h, req)
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("%s: Access-Control-Allow-Origin = %q by default, want none", req.Method, got)
		}
	}
	if rec := do(h, graphqlPost("")); rec.Code != http.StatusOK {
		t.Errorf("same-origin POST: status %d", rec.Code)
	}
}

// TestCORSRefusedPreflight: a refused preflight is an empty 204 without
// CORS headers (the browser refuses it), never a GraphQL transport error;
// an allowed one lets Apollo Client's headers through (browsers list
// them sorted and lower-cased, as rs/cors expects).
func TestCORSRefusedPreflight(t *testing.T) {
	for _, cfg := range []httpserver.Config{{}, {AllowedOrigins: []string{"http://localhost:5173"}}} {
		rec := do(newServer(t, cfg), preflight("https://evil.example"))
		if rec.Code != http.StatusNoContent || rec.Body.Len() != 0 || rec.Header().Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("origins %v: refused preflight answered %d %q %v", cfg.AllowedOrigins, rec.Code, rec.Body.String(), rec.Header())
		}
	}
	req := preflight("http://localhost:5173")
	req.Header.Set("Access-Control-Request-Headers", "apollographql-client-name,apollographql-client-version,content-type,x-apollo-operation-name")
	rec := do(newServer(t, httpserver.Config{AllowedOrigins: []string{"http://localhost:5173"}}), req)
	if rec.Header().Get("Access-Control-Allow-Origin") != "http://localhost:5173" ||
		!strings.Contains(strings.ToLower(rec.Header().Get("Access-Control-Allow-Headers")), "x-apollo-operation-name") {
		t.Errorf("Apollo preflight: %d %v", rec.Code, rec.Header())
	}
}

// TestRoutes checks the GraphQL transports, GraphiQL and the probes.
func TestRoutes(t *testing.T) {
	h := newServer(t, httpserver.Config{})
	tests := []struct {
		name, method, target, body string
		status                     int
		contains                   string
	}{
		{"POST /graphql", http.MethodPost, "/graphql", `{"query":"{ ward(name: \"27106\") { name } }"}`, 200, `{"data":{"ward":{"name":"西区"}}}`},
		{"GET /graphql", http.MethodGet, "/graphql?query=%7B%20ward(name%3A%20%22Taisho%22)%20%7B%20code%20%7D%20%7D", "", 200, `{"data":{"ward":{"code":"27108"}}}`},
		{"GraphiQL", http.MethodGet, "/graphiql", "", 200, "graphiql"},
		{"healthz", http.MethodGet, "/healthz", "", 200, "ok"},
		{"readyz", http.MethodGet, "/readyz", "", 200, `"ready":true`},
		{"unknown path", http.MethodGet, "/nope", "", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
			if tt.body != "" {
				req.Header.Set("Content-Type", "application/json")
			}
			rec := do(h, req)
			if rec.Code != tt.status || !strings.Contains(rec.Body.String(), tt.contains) {
				t.Errorf("status %d body %.200q, want %d containing %q", rec.Code, rec.Body.String(), tt.status, tt.contains)
			}
		})
	}
}

type downStore struct{ wardgraph.Store }

func (downStore) Ping(context.Context) error {
	return wardgraph.Wrap(errors.New("dial tcp 10.0.0.1:7687: connection refused"), wardgraph.EUNAVAILABLE, "neo4j cannot be reached")
}

// TestReadyzDown checks that an unreachable store makes /readyz answer 503
// naming the store, without the driver's error text.
func TestReadyzDown(t *testing.T) {
	h := httpserver.New(downStore{memstore.New()}, httpserver.Config{StoreName: "neo4j", Logger: quiet})
	rec := do(h, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	var body map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("body %q: %v", rec.Body.String(), err)
	}
	if rec.Code != http.StatusServiceUnavailable || body["store"] != "neo4j" || body["ready"] != false {
		t.Errorf("status %d body %v, want 503 naming neo4j", rec.Code, body)
	}
	if strings.Contains(rec.Body.String(), "10.0.0.1") {
		t.Errorf("readyz leaks the driver error: %s", rec.Body.String())
	}
}

// TestBodyLimit checks the 413 answer and that a body within the limit
// still reaches GraphQL intact.
func TestBodyLimit(t *testing.T) {
	h := newServer(t, httpserver.Config{MaxBodyBytes: 64})
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ wards { id } }`+strings.Repeat(" ", 100)+`"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := do(h, req)
	var body struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &body)
	if rec.Code != http.StatusRequestEntityTooLarge || len(body.Errors) != 1 ||
		body.Errors[0].Extensions["code"] != "LIMIT" || !strings.Contains(body.Errors[0].Message, "64 bytes") {
		t.Errorf("status %d body %s, want 413 with a LIMIT error naming 64 bytes", rec.Code, rec.Body.String())
	}
	if rec := do(h, graphqlPost("")); rec.Code != http.StatusOK {
		t.Errorf("a 45-byte body: status %d %s", rec.Code, rec.Body.String())
	}
}

// TestPersistedQueryOverGET registers a query by POST and then runs it by
// hash alone over GET, the way CDN-cached clients do.
func TestPersistedQueryOverGET(t *testing.T) {
	h := newServer(t, httpserver.Config{})
	const q = `{ ward(name: "Nishi") { code } }`
	sum := sha256.Sum256([]byte(q))
	ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
	get := func() *httptest.ResponseRecorder {
		return do(h, httptest.NewRequest(http.MethodGet, "/graphql?extensions="+url.QueryEscape(ext), nil))
	}
	if rec := get(); !strings.Contains(rec.Body.String(), "PersistedQueryNotFound") {
		t.Fatalf("unknown hash over GET: %s", rec.Body.String())
	}
	body := `{"query":` + strconv.Quote(q) + `,"extensions":` + ext + `}`
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if rec := do(h, req); rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "errors") {
		t.Fatalf("register: %d %s", rec.Code, rec.Body.String())
	}
	if rec := get(); rec.Body.String() != `{"data":{"ward":{"code":"27106"}}}` {
		t.Errorf("hash only over GET: %s", rec.Body.String())
	}
}
