package graph_test

import (
	"bytes"
	"testing"

	"github.com/wardgraph/wardgraph/graph/generated"
)

// TestDirectPathsAnswerAsGqlgen: what tools/gqlgen-inorder rewrote (leaf
// fields marshalled in place, plain field sets, deferred groups made only
// for @defer) answers byte for byte what gqlgen's own code answers, for
// data, nulls, errors with their paths, @defer and introspection.
func TestDirectPathsAnswerAsGqlgen(t *testing.T) {
	h := fixtureHandler(t)
	tests := []struct {
		name  string
		query string
		vars  map[string]any
	}{
		{"every field of a plan", nestedPlanQuery, map[string]any{"ward": "西区", "year": 2017}},
		{"lists, nulls and enums", `{ initiatives(first: 5) { totalCount edges { cursor node { id code budgets { kind fiscalYear amountYen raw } partners { kind } } } } }`, nil},
		{"an error beside data", `{ a: plan(ward: "西区", fiscalYear: 2017) { id goal { slogans } } b: plan(ward: "Nowhere", fiscalYear: 2017) { id } }`, nil},
		{"search", `{ search(text: "子育て", first: 5) { node { id } snippet score fiscalYear code } }`, nil},
		{"graph", `{ neighborhood(id: "osaka/nishi/2017/issue/2", depth: 2) { nodes { id kind label } edges { from to type evidence line } } }`, nil},
		{"@include, true", `query($x: Boolean!) { plan(ward: "西区", fiscalYear: 2017) { id goal @include(if: $x) { text } } }`, map[string]any{"x": true}},
		{"@include, false", `query($x: Boolean!) { plan(ward: "西区", fiscalYear: 2017) { id goal @include(if: $x) { text } } }`, map[string]any{"x": false}},
		{"arguments from a variable, WARD_CM", `query($k: BudgetKind) { plan(ward: "西区", fiscalYear: 2017) { budgetTotalYen(kind: $k) issues { initiatives { budgetYen(kind: $k) } } } }`, map[string]any{"k": "WARD_CM"}},
		{"arguments from a variable, BUDGET", `query($k: BudgetKind) { plan(ward: "西区", fiscalYear: 2017) { budgetTotalYen(kind: $k) issues { initiatives { budgetYen(kind: $k) } } } }`, map[string]any{"k": "BUDGET"}},
		{"methods with arguments and errors", `{ plans(ward: "西区") { id line initiatives(first: 2, orderBy: {field: BUDGET, direction: DESC}) {
			totalCount pageInfo { hasNextPage endCursor } nodes { code plan { id contact { department } } } } bad: initiatives(first: -1) { totalCount } } }`, nil},
		{"registry, paths and compact", `{ municipalities { wards { city { name } } } paths(from: "partner/町会", to: "topic/地域コミュニティ", maxLength: 2) {
			length edges { evidence line } } neighborhood(id: "topic/防災") { compact } }`, nil},
		{"a deferred fragment", `{ node(id: "partner/地域活動協議会") { ... on Partner { name ... @defer { initiatives { totalCount } } } } }`, nil},
		{"introspection", `{ __schema { types { name kind description fields { name isDeprecated } } directives { name locations } } }`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := map[string]any{"query": tt.query, "variables": tt.vars}
			first := postRaw(t, h, body).Body.Bytes() // remembers collected fields and arguments
			direct := postRaw(t, h, body).Body.Bytes()
			if !bytes.Equal(first, direct) {
				t.Errorf("a second request answered\n%s\nthe first\n%s", direct, first)
			}
			was := generated.SetDirect(false)
			viaGqlgen := postRaw(t, h, body).Body.Bytes()
			generated.SetDirect(was)
			if !bytes.Equal(direct, viaGqlgen) {
				t.Errorf("direct leaves answer\n%s\ngqlgen answers\n%s", direct, viaGqlgen)
			}
			if x, ok := tt.vars["x"].(bool); ok && bytes.Contains(direct, []byte(`"goal"`)) != x {
				t.Errorf("@include(if: %v) answered %s", x, direct)
			}
			if len(direct) < 40 {
				t.Errorf("answer too short to compare: %s", direct)
			}
		})
	}
}
