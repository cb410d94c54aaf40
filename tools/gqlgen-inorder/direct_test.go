package main

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// fieldSource is a field function in gqlgen's shape; the test fills in
// its resolver, directive chain and marshaller.
const fieldSource = `
func (ec *executionContext) _T_f(ctx context.Context, field graphql.CollectedField, obj *X) (ret graphql.Marshaler) {
	return graphql.ResolveField(ctx, ec.OperationContext, field,
		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) {
			return ec.fieldContext_T_f(ctx, field)
		},
		func(ctx context.Context) (any, error) {
			return RESOLVE
		},
		DIRECTIVES,
		func(ctx context.Context, selections ast.SelectionSet, v VTYPE) graphql.Marshaler {
			return ec.MARSHAL(ctx, selections, v)
		},
		true,
		true,
	)
}
func (ec *executionContext) fieldContext_T_f(_ context.Context, field graphql.CollectedField) (fc *graphql.FieldContext, err error) {
	CONTEXT
}
func (ec *executionContext) marshalNString2string(ctx context.Context, sel ast.SelectionSet, v string) graphql.Marshaler {
	return graphql.MarshalString(v)
}
func (ec *executionContext) marshalNString2ᚖstring(ctx context.Context, sel ast.SelectionSet, v *string) graphql.Marshaler {
	return graphql.MarshalString(*v)
}
func (ec *executionContext) marshalOString2ᚖstring(ctx context.Context, sel ast.SelectionSet, v *string) graphql.Marshaler {
	return graphql.MarshalString(*v)
}
func (ec *executionContext) marshalNOdd2string(ctx context.Context, sel ast.SelectionSet, v string) graphql.Marshaler {
	return odd.Marshal(v)
}
`

// Field contexts as gqlgen writes them for a scalar, an object and a field
// with arguments.
const (
	scalarContext = `return graphql.NewScalarFieldContext("T", field, true, false, "String")`
	objectContext = "fc = &graphql.FieldContext{Object: \"T\", Field: field}\n\treturn fc, nil"
	argsContext   = "fc = &graphql.FieldContext{Object: \"T\", Field: field}\n\tif fc.Args, err = ec.field_T_f_args(ctx, field.ArgumentMap(ec.Variables)); err != nil {\n\t\treturn fc, err\n\t}\n\treturn fc, nil"
)

// TestDirectFields: only context-free fields without arguments or
// directives get a direct path, leaves only when their marshaller cannot
// answer null, objects with their field context and panic recovery; a
// non-null pointer is guarded; a second run changes nothing.
func TestDirectFields(t *testing.T) {
	tests := []struct {
		name, resolve, directives, vtype, marshal, context string
		want                                               string // the code put in front, "" for none
	}{
		{"struct field", "obj.F, nil", "nil", "string", "marshalNString2string", scalarContext,
			"if v := obj.F; direct.Load() {\n\t\treturn ec.marshalNString2string(ctx, field.Selections, v)"},
		{"method", "obj.F(), nil", "nil", "string", "marshalNString2string", scalarContext,
			"if v := obj.F(); direct.Load() {"},
		{"non-null pointer is guarded", "obj.F, nil", "nil", "*string", "marshalNString2ᚖstring", scalarContext,
			"if v := obj.F; direct.Load() && v != nil {"},
		{"nullable pointer", "obj.F, nil", "nil", "*string", "marshalOString2ᚖstring", scalarContext,
			"if v := obj.F; direct.Load() {"},
		{"resolver", "ec.Resolvers.T().F(ctx, obj)", "nil", "string", "marshalNString2string", scalarContext, ""},
		{"method with arguments", "obj.F(fc.Args[\"x\"]), nil", "nil", "string", "marshalNString2string", scalarContext, ""},
		{"directives", "obj.F, nil", "ec.directives", "string", "marshalNString2string", scalarContext, ""},
		{"object field", "obj.F(), nil", "nil", "*Y", "marshalNY2ᚖY", objectContext,
			"if v := obj.F(); direct.Load() && v != nil {\n\t\tfc, _ := ec.fieldContext_T_f(ctx, field)\n\t\tctx = graphql.WithFieldContext(ctx, fc)\n\t\tdefer directRecover(ctx, ec.OperationContext, &ret)\n\t\treturn ec.marshalNY2ᚖY(ctx, field.Selections, v)"},
		{"object field with arguments", "obj.F(), nil", "nil", "*Y", "marshalNY2ᚖY", argsContext, ""},
		{"marshaller that may answer null", "obj.F, nil", "nil", "string", "marshalNOdd2string", scalarContext, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package generated\n" + strings.NewReplacer("RESOLVE", tt.resolve, "DIRECTIVES", tt.directives,
				"VTYPE", tt.vtype, "MARSHAL", tt.marshal, "CONTEXT", tt.context).Replace(fieldSource)
			fset := token.NewFileSet()
			file, err := parser.ParseFile(fset, "generated.go", src, 0)
			if err != nil {
				t.Fatal(err)
			}
			out, names := directFields([]byte(src), fset, file)
			if tt.want == "" {
				if len(names) != 0 || string(out) != src {
					t.Errorf("rewrote %v:\n%s", names, out)
				}
				return
			}
			if len(names) != 1 || names[0] != "_T_f" || !strings.Contains(string(out), tt.want) {
				t.Errorf("got %v:\n%s\nwant it to contain %q", names, out, tt.want)
			}
			fset2 := token.NewFileSet()
			file2, err := parser.ParseFile(fset2, "out.go", out, 0)
			if err != nil {
				t.Fatalf("rewritten source does not parse: %v", err)
			}
			if again, _ := directFields(out, fset2, file2); string(again) != string(out) {
				t.Errorf("a second run changed the source")
			}
		})
	}
}
