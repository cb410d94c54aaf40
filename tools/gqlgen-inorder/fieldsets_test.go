package main

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// objectSource is an object marshaller in gqlgen's shape, after
// plainFieldSets, with one field resolved in place and one concurrently.
const objectSource = `package generated

func (ec *executionContext) _T(ctx context.Context, sel ast.SelectionSet, obj *X) graphql.Marshaler {
	fields := collectFields(ec.OperationContext, sel, tImplementors)

	out := graphql.NewFieldSet(fields)
	deferred := deferredGroup(ctx, fields)
	for i, field := range fields {
		switch field.Name {
		case "name":
			out.Values[i] = ec._T_name(ctx, field, obj)
		case "children":
			out.ResolveConcurrently(ec.OperationContext, &deferred, i,
				true, true,
				func(ctx context.Context) graphql.Marshaler {
					return ec._T_children(ctx, field, obj)
				})
		}
	}
	out.Dispatch(ctx)
	return out
}
`

// TestPlainVariants: a marshaller with a concurrent field gets a plain
// variant for selections without one, and a second run adds nothing.
func TestPlainVariants(t *testing.T) {
	out, names := rewriteVariants(t, []byte(objectSource))
	if len(names) != 1 || names[0] != "_T" {
		t.Fatalf("rewrote %v", names)
	}
	for _, want := range []string{
		"fields := collectFields(ec.OperationContext, sel, tImplementors)\n\tif plainSelection(fields, \"T\") {\n\t\treturn ec._T_plain(ctx, fields, obj)\n\t}",
		"func (ec *executionContext) _T_plain(ctx context.Context, fields []graphql.CollectedField, obj *X) graphql.Marshaler {",
		plainFieldSet,
		"case \"children\":\n\t\t\t" + unreachableSelect,
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Count(string(out), "ResolveConcurrently") != 1 {
		t.Errorf("the plain variant still resolves concurrently:\n%s", out)
	}
	if again, names := rewriteVariants(t, out); len(names) != 0 || string(again) != string(out) {
		t.Errorf("a second run rewrote %v", names)
	}
}

// rewriteVariants parses src and runs plainVariants on it.
func rewriteVariants(t *testing.T, src []byte) ([]byte, []string) {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "generated.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	out, names := plainVariants(src, fset, file)
	if _, err := parser.ParseFile(token.NewFileSet(), "out.go", out, 0); err != nil {
		t.Fatalf("output does not parse: %v\n%s", err, out)
	}
	return out, names
}
