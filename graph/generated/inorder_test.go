package generated

import (
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// TestSelectsConcurrent checks which list selections keep gqlgen's
// goroutines: those that reach a concurrently resolved field (directly,
// deeper down, through fragments or an interface) or use a directive.
func TestSelectsConcurrent(t *testing.T) {
	schema := NewExecutableSchema(Config{}).Schema()
	tests := []struct {
		name, query string
		want        bool
	}{
		{"own fields only", `{ plan(ward: "x", fiscalYear: 1) { id } }`, false},
		{"deep, no resolver", `{ plans { id } initiatives { nodes { code budgets { kind } partners { name kind } topics { name } } } }`, false},
		{"a resolver below", `{ initiatives { nodes { partners { initiatives { totalCount } } } } }`, true},
		{"a resolver on a listed object", `{ wards { plans { id } } }`, true},
		{"through a named fragment", `{ initiatives { nodes { partners { ...P } } } } fragment P on Partner { initiatives { totalCount } }`, true},
		{"through an inline fragment", `{ initiatives { nodes { partners { ... on Partner { initiatives { totalCount } } } } } }`, true},
		{"a directive", `{ initiatives { nodes { code @include(if: true) } } }`, true},
		{"an inline fragment under an interface, no resolver", `{ search(text: "x") { node { id ... on Initiative { code } } } }`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, errs := gqlparser.LoadQuery(schema, tt.query)
			if errs != nil {
				t.Fatalf("query does not validate: %v", errs)
			}
			if got := selectsConcurrent(listSelections(doc.Operations[0].SelectionSet)); got != tt.want {
				t.Errorf("selectsConcurrent = %v, want %v", got, tt.want)
			}
		})
	}
}

// listSelections gathers the selections of every root field, as the
// lists under them would see them.
func listSelections(root ast.SelectionSet) ast.SelectionSet {
	var out ast.SelectionSet
	for _, s := range root {
		out = append(out, s.(*ast.Field).SelectionSet...)
	}
	return out
}
