package graph_test

import (
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph/httpserver"
)

// TestErrors checks that user mistakes come back as GraphQL errors with
// the wardgraph code in extensions.code and a message naming the culprit.
func TestErrors(t *testing.T) {
	h := fixtureHandler(t)
	tests := []struct{ name, query, code, mention string }{
		{"unknown ward in plan", `{ plan(ward: "Atlantis", fiscalYear: 2017) { id } }`, "NOT_FOUND", `"Atlantis"`},
		{"unknown ward in filter", `{ initiatives(filter: {ward: "Gotham"}) { totalCount } }`, "NOT_FOUND", `"Gotham"`},
		{"unknown ward in comparison", `{ compareWards(wards: ["Nishi", "Narnia"], fiscalYear: 2017) { fiscalYear } }`, "NOT_FOUND", `"Narnia"`},
		{"ward without a plan that year", `{ compareWards(wards: ["Nishi", "Kita"], fiscalYear: 2017) { fiscalYear } }`, "NOT_FOUND", "北区 (Kita) has no plan for fiscal year 2017"},
		{"year without a plan", `{ compareYears(ward: "Nishi", fiscalYears: [2017, 2030]) { fiscalYears } }`, "NOT_FOUND", "fiscal year 2030"},
		{"invalid cursor", `{ initiatives(after: "not-a-cursor") { totalCount } }`, "INVALID", "invalid cursor"},
		{"invalid nested cursor", `{ plan(ward: "Nishi", fiscalYear: 2017) { initiatives(after: "bogus") { totalCount } } }`, "INVALID", "invalid cursor"},
		{"negative page size", `{ initiatives(first: -1) { totalCount } }`, "INVALID", "first must not be negative"},
		{"empty search", `{ search(text: "　") { snippet } }`, "INVALID", "search text is empty"},
		{"unknown ward in search", `{ search(text: "防災", ward: "Lilliput") { snippet } }`, "NOT_FOUND", `"Lilliput"`},
		{"negative year in search", `{ search(text: "防災", fiscalYear: -2017) { snippet } }`, "INVALID", "fiscalYear must not be negative, got -2017"},
		{"neighborhood too deep", `{ neighborhood(id: "topic/防災", depth: 4) { nodes { id } } }`, "LIMIT", "1 to 3"},
		{"paths too long", `{ paths(from: "topic/防災", to: "partner/町会", maxLength: 9) { length } }`, "LIMIT", "1 to 6"},
		{"unknown neighborhood node", `{ neighborhood(id: "partner/nobody") { nodes { id } } }`, "NOT_FOUND", "partner/nobody"},
		{"unknown field", `{ plan(ward: "Nishi", fiscalYear: 2017) { budget } }`, "GRAPHQL_VALIDATION_FAILED", `"budget"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := query(t, h, tt.query, nil)
			if len(r.Errors) == 0 {
				t.Fatalf("no error; data %s", r.Data)
			}
			if r.code() != tt.code || !strings.Contains(r.Errors[0].Message, tt.mention) {
				t.Errorf("error = %q (code %q), want code %s and a message naming %s", r.Errors[0].Message, r.code(), tt.code, tt.mention)
			}
		})
	}
}

// TestErrorsHideInternals checks that store failures never show their
// internal text (driver messages, Cypher) to clients.
func TestErrorsHideInternals(t *testing.T) {
	h := newHandler(brokenStore{fixtureStore(t)}, httpserver.Config{})
	tests := []struct{ query, code, message string }{
		{`{ wards { id } }`, "INTERNAL", "internal error"},
		{`{ plans { id } }`, "UNAVAILABLE", "the store cannot be reached"},
	}
	for _, tt := range tests {
		r := query(t, h, tt.query, nil)
		if len(r.Errors) != 1 || r.code() != tt.code || r.Errors[0].Message != tt.message {
			t.Errorf("%s: errors = %+v, want %q with code %s", tt.query, r.Errors, tt.message, tt.code)
		}
		raw, _ := jsonText(r)
		if strings.Contains(raw, "MATCH") || strings.Contains(raw, "Neo") || strings.Contains(raw, "goroutine") {
			t.Errorf("%s: response leaks internals: %s", tt.query, raw)
		}
	}
}
