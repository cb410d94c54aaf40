package graph_test

import (
	"encoding/json"
	"runtime"
	"testing"
)

// TestFieldsInHandStartNoGoroutine checks that the fields whose value the
// parent already holds are resolved in place: a query that selects every
// derived Plan field (under a list of plans and, again, under a list of
// initiatives), the registry's city and wards, and a subgraph's and a
// path's derived fields starts no goroutine. (Fields that go through a
// dataloader may, and so do several root fields: each query has one.)
func TestFieldsInHandStartNoGoroutine(t *testing.T) {
	h := fixtureHandler(t)
	tests := []struct{ name, query string }{
		{"plan fields", `{ plans { id line source { url } goal { text } missions { text } policy policyLine
			policyNode { id } issues { number } strategies { code } reformItems { title } contact { department }
			initiatives(first: 3) { totalCount nodes { code plan { goal { text } contact { department }
			initiatives(first: 1) { totalCount } } } } } }`},
		{"registry", `{ municipalities { wards { name city { name } } } }`},
		{"subgraph", `{ neighborhood(id: "topic/防災", depth: 1) { compact edges { from evidence line } } }`},
		{"paths", `{ paths(from: "partner/町会", to: "topic/地域コミュニティ", maxLength: 2) { length edges { evidence line } } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d map[string]json.RawMessage
			mustQuery(t, h, tt.query, nil, &d)
			runtime.GC() // the first collection starts the collector's workers, which would count
			before := goroutinesCreated()
			mustQuery(t, h, tt.query, nil, &d)
			if n := goroutinesCreated() - before; n != 0 {
				t.Errorf("the query started %d goroutines, want 0 (a field in hand is a resolver or takes a context)", n)
			}
			if len(d) == 0 {
				t.Errorf("empty answer")
			}
		})
	}
}
