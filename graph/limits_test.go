package graph_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
)

// TestLimits checks that each limit refuses a query that passes it, with
// an error naming the limit and its value, and lets one within it through.
func TestLimits(t *testing.T) {
	store := fixtureStore(t)
	tests := []struct {
		name    string
		cfg     graph.Config
		refused string
		code    string
		message string
		allowed string
	}{
		{"depth", graph.Config{MaxDepth: 3},
			`{ wards { plans { issues { number } } } }`, "LIMIT", "query depth 4 exceeds the maximum depth of 3",
			`{ wards { plans { id } } }`},
		{"depth through fragments", graph.Config{MaxDepth: 3},
			`{ wards { ...P } } fragment P on Ward { plans { issues { number } } }`, "LIMIT", "maximum depth of 3",
			`{ wards { ...P } } fragment P on Ward { plans { id } }`},
		{"complexity", graph.Config{MaxComplexity: 100},
			`{ initiatives(first: 50) { nodes { id code } } }`, "COMPLEXITY_LIMIT_EXCEEDED", "exceeds the limit of 100",
			`{ initiatives(first: 10) { nodes { id code } } }`},
		{"complexity multiplies nested pages", graph.Config{MaxComplexity: 1000},
			`{ partners { initiatives(first: 20) { nodes { id } } } }`, "COMPLEXITY_LIMIT_EXCEEDED", "exceeds the limit of 1000",
			`{ partners { id } }`},
		{"page size", graph.Config{},
			`{ initiatives(first: 101) { totalCount } }`, "LIMIT", "first is 101, over the page-size limit of 100",
			`{ initiatives(first: 100) { totalCount } }`},
		{"nested page size", graph.Config{MaxPageSize: 5},
			`{ topics { initiatives(first: 6) { totalCount } } }`, "LIMIT", "over the page-size limit of 5",
			`{ topics { initiatives(first: 5) { totalCount } } }`},
		{"search page size", graph.Config{},
			`{ search(text: "子育て", first: 1000) { score } }`, "LIMIT", "over the page-size limit of 100",
			`{ search(text: "子育て", first: 100) { score } }`},
		{"introspection off", graph.Config{},
			`{ __schema { queryType { name } } }`, "LIMIT", "introspection is disabled",
			`{ __typename }`},
		{"introspection type off", graph.Config{},
			`{ __type(name: "Plan") { name } }`, "LIMIT", "introspection is disabled",
			`{ wards { __typename } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHandler(store, httpserver.Config{GraphQL: tt.cfg})
			r := query(t, h, tt.refused, nil)
			if len(r.Errors) == 0 || r.code() != tt.code || !strings.Contains(r.Errors[0].Message, tt.message) {
				t.Errorf("refused query: errors %+v, want code %s and %q", r.Errors, tt.code, tt.message)
			}
			if len(r.Errors) > 0 && r.Data != nil && string(r.Data) != "null" {
				t.Errorf("refused query returned data %s", r.Data)
			}
			if r := query(t, h, tt.allowed, nil); len(r.Errors) > 0 {
				t.Errorf("allowed query refused: %+v", r.Errors)
			}
		})
	}
}

// TestIntrospectionOn checks that GraphiQL's introspection works when
// enabled, and is not counted against the depth limit.
func TestIntrospectionOn(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{Introspection: true, MaxDepth: 3}})
	var d struct {
		Schema struct {
			Types []struct{ Name, Description string }
		} `json:"__schema"`
	}
	mustQuery(t, h, `{ __schema { types { name description fields { type { ofType { ofType { ofType { name } } } } } } } }`, nil, &d)
	for _, ty := range d.Schema.Types {
		if ty.Name == "Plan" && !strings.Contains(ty.Description, "management policy") {
			t.Errorf("Plan's description is %q", ty.Description)
		}
	}
	if len(d.Schema.Types) < 30 {
		t.Errorf("introspection lists %d types", len(d.Schema.Types))
	}
}

// TestTimeout checks that a request that runs past the per-request timeout
// fails with a LIMIT error naming the timeout.
func TestTimeout(t *testing.T) {
	h := newHandler(slowStore{fixtureStore(t), 2 * time.Second}, httpserver.Config{Timeout: 50 * time.Millisecond})
	start := time.Now()
	r := query(t, h, `{ plans { id } }`, nil)
	if len(r.Errors) == 0 || r.code() != "LIMIT" || !strings.Contains(r.Errors[0].Message, "request timed out after 50ms") {
		t.Errorf("errors = %+v, want LIMIT naming 50ms", r.Errors)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("the request took %s; the timeout did not stop it", took)
	}
}

// TestBodyLimit checks that a body over the limit is refused with 413 and
// a GraphQL-style error naming the limit.
func TestBodyLimit(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{MaxBodyBytes: 200})
	r := post(t, h, map[string]any{"query": "{ wards { id } }" + strings.Repeat(" ", 300)})
	if r.Status != http.StatusRequestEntityTooLarge || r.code() != "LIMIT" || !strings.Contains(r.Errors[0].Message, "200 bytes") {
		t.Errorf("status %d, errors %+v; want 413, LIMIT naming 200 bytes", r.Status, r.Errors)
	}
	if r := post(t, h, map[string]any{"query": "{ wards { id } }"}); r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("small body: status %d, errors %+v", r.Status, r.Errors)
	}
}

// TestPersistedQueries follows the automatic persisted query protocol: a
// hash the server does not know, then the query with its hash, then the
// hash alone.
func TestPersistedQueries(t *testing.T) {
	h := fixtureHandler(t)
	q := `{ ward(name: "Nishi") { code } }`
	sum := sha256.Sum256([]byte(q))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}

	r := post(t, h, map[string]any{"extensions": ext})
	if len(r.Errors) == 0 || r.Errors[0].Message != "PersistedQueryNotFound" || r.code() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("unknown hash: errors %+v, want PersistedQueryNotFound", r.Errors)
	}
	if r := post(t, h, map[string]any{"query": q, "extensions": ext}); len(r.Errors) > 0 {
		t.Fatalf("register: %+v", r.Errors)
	}
	r = post(t, h, map[string]any{"extensions": ext})
	if len(r.Errors) > 0 || string(r.Data) != `{"ward":{"code":"27106"}}` {
		t.Errorf("hash only: data %s, errors %+v", r.Data, r.Errors)
	}
	bad := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": strings.Repeat("0", 64)}}
	if r := post(t, h, map[string]any{"query": q, "extensions": bad}); len(r.Errors) == 0 {
		t.Errorf("a hash that does not match its query was accepted")
	}
}

// TestPersistedQueriesOff checks that APQ can be switched off.
func TestPersistedQueriesOff(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{APQCacheSize: -1}})
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": strings.Repeat("0", 64)}}
	r := post(t, h, map[string]any{"extensions": ext})
	if len(r.Errors) == 0 || r.Errors[0].Message == "PersistedQueryNotFound" {
		t.Errorf("with APQ off, a hash-only request gave %+v", r.Errors)
	}
}

// stuckStore answers Plans after a delay whatever the context says, like a
// store that ignores cancellation.
type stuckStore struct{ slowStore }

func (s stuckStore) Plans(ctx context.Context, f wardgraph.PlanFilter) ([]*wardgraph.Plan, error) {
	time.Sleep(s.delay)
	return s.Store.Plans(ctx, f)
}

// TestTimeoutStoreIgnoresContext checks that fields stop resolving once
// the time is up even when the store does not honour the context.
func TestTimeoutStoreIgnoresContext(t *testing.T) {
	h := newHandler(stuckStore{slowStore{fixtureStore(t), 100 * time.Millisecond}}, httpserver.Config{Timeout: 20 * time.Millisecond})
	r := query(t, h, `{ plans { id issues { number } } }`, nil)
	if len(r.Errors) == 0 || r.code() != "LIMIT" || !strings.Contains(r.Errors[0].Message, "request timed out after 20ms") {
		t.Errorf("errors = %+v, want LIMIT naming 20ms", r.Errors)
	}
}

// TestDefaultPagesUnderLowCap checks that lists asked without first stay
// within a page-size cap below their default.
func TestDefaultPagesUnderLowCap(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{MaxPageSize: 3}})
	var d struct {
		Initiatives struct{ Nodes []struct{ ID string } }
		Plan        struct {
			Initiatives struct {
				Nodes    []struct{ ID string }
				PageInfo struct{ HasNextPage bool }
			}
		}
		Node struct {
			Initiatives struct{ Nodes []struct{ ID string } }
		}
	}
	mustQuery(t, h, `{ initiatives { nodes { id } } plan(ward: "Nishi", fiscalYear: 2017) { initiatives { nodes { id } pageInfo { hasNextPage } } }
		node(id: "partner/地域活動協議会") { ... on Partner { initiatives { nodes { id } } } } }`, nil, &d)
	if len(d.Initiatives.Nodes) != 3 || len(d.Plan.Initiatives.Nodes) != 3 || !d.Plan.Initiatives.PageInfo.HasNextPage || len(d.Node.Initiatives.Nodes) != 3 {
		t.Errorf("default pages under a cap of 3: %+v", d)
	}
}
