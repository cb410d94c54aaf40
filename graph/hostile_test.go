package graph_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
)

// fragmentBomb returns a query whose fragment Fn spreads F(n-1) twice:
// 2^levels fields once expanded, from about 40 bytes per level.
func fragmentBomb(levels int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{ ...F%d } fragment F0 on Query { __typename }", levels)
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, " fragment F%d on Query { ...F%d ...F%d }", i, i-1, i-1)
	}
	return b.String()
}

// TestHostileDocuments replays the probe's requests that pinned the server
// (issue 14): each is refused before validation or execution with a LIMIT
// error naming the limit, and no data.
func TestHostileDocuments(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{})
	tests := []struct {
		name, query string
		vars        map[string]any
		code, limit string
		message     string
	}{
		{"800 KB of search text in a variable", `query($t: String!) { search(text: $t, first: 1) { score } }`,
			map[string]any{"t": strings.Repeat("子", 800_000/3)}, "COMPLEXITY_LIMIT_EXCEEDED", "", "exceeds the limit of 50000"},
		{"one field repeated 100,000 times", "{ wards { " + strings.Repeat("id ", 100_000) + "} }", nil,
			"LIMIT", "fields", "100001 fields, over the limit of 1000"},
		{"fragment bomb of 2^26 spreads", fragmentBomb(26), nil,
			"LIMIT", "expanded", "more than 5000 fields once its fragments are expanded"},
		{"20,000 unknown directives", "{ __typename " + strings.Repeat("@x ", 20_000) + "}", nil,
			"LIMIT", "directives", "20000 directives, over the limit of 50"},
		{"200 aliases", "{ " + aliased(200, "a%d: __typename") + " }", nil,
			"LIMIT", "aliases", "200 aliases, over the limit of 100"},
		{"300 fragment spreads", "{ " + strings.Repeat("...F ", 300) + "} fragment F on Query { __typename }", nil,
			"LIMIT", "spreads", "300 fragment spreads, over the limit of 200"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := query(t, h, tt.query, tt.vars)
			if len(r.Errors) != 1 || r.code() != tt.code || !strings.Contains(r.Errors[0].Message, tt.message) {
				t.Fatalf("errors %.500v, want one %s error containing %q", r.Errors, tt.code, tt.message)
			}
			if got, _ := r.Errors[0].Extensions["limit"].(string); got != tt.limit {
				t.Errorf("extensions.limit = %q, want %q", got, tt.limit)
			}
			if r.Data != nil && string(r.Data) != "null" {
				t.Errorf("refused query returned data %.200s", r.Data)
			}
		})
	}
}

func aliased(n int, format string) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf(format, i)
	}
	return strings.Join(parts, " ")
}

// TestSearchTextLimit checks the cap on search's text, apart from its cost.
func TestSearchTextLimit(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{MaxSearchText: 10}})
	q := `query($t: String!) { search(text: $t, first: 1) { score } }`
	r := query(t, h, q, map[string]any{"t": strings.Repeat("子", 11)})
	if r.code() != "LIMIT" || !strings.Contains(r.Errors[0].Message, "11 characters, over the limit of 10") {
		t.Errorf("11 characters: %+v", r.Errors)
	}
	if r := query(t, h, q, map[string]any{"t": strings.Repeat("子", 10)}); len(r.Errors) > 0 {
		t.Errorf("10 characters refused: %+v", r.Errors)
	}
}

// TestCostFollowsWork checks that a field's cost grows with the work its
// arguments ask of the store: search with its text, paths with maxLength,
// neighbourhoods with depth and what is selected of the subgraph.
func TestCostFollowsWork(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{MaxComplexity: 1000}})
	tests := []struct {
		name, cheap, dear string
	}{
		{"search by text length", `{ search(text: "子育て", first: 1) { score } }`,
			`{ search(text: "` + strings.Repeat("子育て", 40) + `", first: 1) { score } }`},
		{"paths by maxLength", `{ paths(from: "topic/防災", to: "ward/27106", maxLength: 1) { length } }`,
			`{ paths(from: "topic/防災", to: "ward/27106", maxLength: 6) { length } }`},
		{"neighborhood by what it returns", `{ neighborhood(id: "topic/防災") { truncated } }`,
			`{ neighborhood(id: "topic/防災") { compact } }`},
		{"aliased neighborhoods add up", `{ neighborhood(id: "topic/防災") { truncated } }`,
			`{ ` + aliased(20, `n%d: neighborhood(id: "topic/防災", depth: 3) { truncated }`) + ` }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := query(t, h, tt.cheap, nil); r.code() == "COMPLEXITY_LIMIT_EXCEEDED" {
				t.Errorf("cheap query refused: %+v", r.Errors)
			}
			if r := query(t, h, tt.dear, nil); r.code() != "COMPLEXITY_LIMIT_EXCEEDED" {
				t.Errorf("dear query not refused: %.300v", r.Errors)
			}
		})
	}
}

// TestProbeCostsRefused checks the two costliest requests the probe found
// are refused at the default limits: 2,000 aliased paths and 99 aliased
// depth-3 compact neighbourhoods (a 12 MB answer before).
func TestProbeCostsRefused(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{Document: graph.DocumentLimits{Aliases: 5000, Fields: 10000}}})
	for name, q := range map[string]string{
		"2000 paths":       "{ " + aliased(2000, `p%d: paths(from: "topic/防災", to: "ward/27106") { length }`) + " }",
		"99 compact hoods": "{ " + aliased(99, `n%d: neighborhood(id: "topic/防災", depth: 3) { compact }`) + " }",
	} {
		if r := query(t, h, q, nil); r.code() != "COMPLEXITY_LIMIT_EXCEEDED" {
			t.Errorf("%s: %.300v, want COMPLEXITY_LIMIT_EXCEEDED", name, r.Errors)
		}
	}
}

// TestResponseCaps checks the cap on errors per response and on the size
// of the data.
func TestResponseCaps(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{MaxResponseBytes: 100}})
	r := query(t, h, "{ "+aliased(50, "x%d")+" }", nil)
	last := r.Errors[len(r.Errors)-1]
	if len(r.Errors) != graph.DefaultMaxErrors || last.Extensions["limit"] != "errors" ||
		!strings.Contains(last.Message, "31 more errors not shown (at most 20 errors per response)") {
		t.Errorf("50 unknown fields: %d errors, last %+v", len(r.Errors), last)
	}
	r = query(t, h, `{ wards { id name nameRomaji code } }`, nil)
	if r.code() != "LIMIT" || r.Errors[0].Extensions["limit"] != "response_size" || !strings.Contains(r.Errors[0].Message, "limit of 100 bytes") {
		t.Errorf("large answer: %+v", r.Errors)
	}
	if r := query(t, h, `{ __typename }`, nil); len(r.Errors) > 0 {
		t.Errorf("small answer refused: %+v", r.Errors)
	}
}

// blockingStore holds every Neighborhood call until release is closed.
type blockingStore struct {
	wardgraph.Store
	entered chan struct{}
	release chan struct{}
}

func (s blockingStore) Neighborhood(ctx context.Context, id string, depth int) (wardgraph.Subgraph, error) {
	s.entered <- struct{}{}
	<-s.release
	return s.Store.Neighborhood(ctx, id, depth)
}

// TestHeavyGate checks that past MaxHeavy running heavy operations another
// heavy one waits and then is refused at its deadline naming the limit,
// while a cheap query runs at once.
func TestHeavyGate(t *testing.T) {
	store := blockingStore{fixtureStore(t), make(chan struct{}), make(chan struct{})}
	h := newHandler(store, httpserver.Config{Timeout: 200 * time.Millisecond,
		GraphQL: graph.Config{MaxHeavy: 1, HeavyCost: 100}})
	heavy := `{ neighborhood(id: "topic/防災") { compact } }`
	first := make(chan response)
	go func() { first <- query(t, h, heavy, nil) }()
	<-store.entered // the first heavy query holds the one slot
	r := query(t, h, heavy, nil)
	if r.code() != "LIMIT" || r.Errors[0].Extensions["limit"] != "heavy" || !strings.Contains(r.Errors[0].Message, "at most 1 heavy queries run at once") {
		t.Errorf("second heavy query: %+v", r.Errors)
	}
	if r := query(t, h, `{ wards { id } }`, nil); len(r.Errors) > 0 {
		t.Errorf("cheap query while the slot is taken: %+v", r.Errors)
	}
	close(store.release)
	if r := <-first; r.code() != "LIMIT" || r.Errors[0].Extensions["limit"] != "timeout" {
		t.Errorf("first heavy query, held past its deadline: %+v", r.Errors)
	}
}

// TestRefusedAgain checks that a refused document is refused the same way
// when it comes again (from the cache of refusals), also concurrently.
func TestRefusedAgain(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{})
	q := "{ " + aliased(101, "a%d: __typename") + " }"
	done := make(chan response)
	for range 4 {
		go func() { done <- query(t, h, q, nil) }()
	}
	for range 4 {
		if r := <-done; r.code() != "LIMIT" || r.Errors[0].Extensions["limit"] != "aliases" || !strings.Contains(r.Errors[0].Message, "101 aliases") {
			t.Errorf("errors %+v", r.Errors)
		}
	}
}

// introspectionQuery is GraphiQL's (graphql-js getIntrospectionQuery with
// descriptions, the deepest TypeRef it sends).
const introspectionQuery = `query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
  types { ...FullType } directives { name description locations args { ...InputValue } } } }
fragment FullType on __Type { kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue } interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }`

// TestIntrospectionWithinLimits checks that GraphiQL's introspection query
// passes the document limits at their defaults.
func TestIntrospectionWithinLimits(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{Introspection: true}})
	if r := query(t, h, introspectionQuery, nil); len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"queryType":{"name":"Query"}`) {
		t.Errorf("errors %+v, data %.200s", r.Errors, r.Data)
	}
}

// TestDeadlineBeforeExecution checks that a request whose time is up
// before execution starts gets the LIMIT error naming the timeout, in the
// GraphQL shape (gqlgen alone answers nothing, written as "null").
func TestDeadlineBeforeExecution(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{Timeout: time.Nanosecond})
	r := query(t, h, `{ wards { id } }`, nil)
	if r.code() != "LIMIT" || r.Errors[0].Extensions["limit"] != "timeout" || !strings.Contains(r.Errors[0].Message, "timed out after 1ns") {
		t.Errorf("errors %+v, data %s", r.Errors, r.Data)
	}
}
