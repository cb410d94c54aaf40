package graph_test

import (
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
)

// TestComplexityRemembered: the remembered complexity of an operation is
// its own, per document, operation and variables: the same document with
// a larger page is still refused after the smaller one was allowed, and a
// refused operation stays refused with gqlgen's error.
func TestComplexityRemembered(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{MaxComplexity: 100}})
	const q = `query Page($n: Int) { initiatives(first: $n) { nodes { id code } } }
	           query Other { initiatives(first: 50) { nodes { id } } }`
	tests := []struct {
		name, op string
		vars     map[string]any
		refused  bool
	}{
		{"small page", "Page", map[string]any{"n": 10}, false},
		{"small page again", "Page", map[string]any{"n": 10}, false},
		{"large page, same document", "Page", map[string]any{"n": 50}, true},
		{"large page again", "Page", map[string]any{"n": 50}, true},
		{"small page after", "Page", map[string]any{"n": 10}, false},
		{"other operation of the document", "Other", nil, true},
	}
	for _, tt := range tests {
		r := post(t, h, map[string]any{"query": q, "operationName": tt.op, "variables": tt.vars})
		refused := len(r.Errors) > 0 && r.code() == "COMPLEXITY_LIMIT_EXCEEDED" && strings.Contains(r.Errors[0].Message, "exceeds the limit of 100")
		if refused != tt.refused || (!tt.refused && len(r.Errors) > 0) {
			t.Errorf("%s: errors %+v, want refused %v", tt.name, r.Errors, tt.refused)
		}
	}
}
