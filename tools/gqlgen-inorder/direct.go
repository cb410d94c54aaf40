package main

import (
	"fmt"
	"go/ast"
	"go/token"
	"sort"
	"strings"
)

// A field whose value the parent holds is one gqlgen generates as
//
//	func (ec *executionContext) _T_f(ctx, field, obj *X) (ret graphql.Marshaler) {
//		return graphql.ResolveField(ctx, ec.OperationContext, field,
//			func(...) { return ec.fieldContext_T_f(ctx, field) },   // no arguments read
//			func(ctx context.Context) (any, error) { return obj.F, nil },   // or obj.F()
//			nil,                                                   // no directives
//			func(ctx, selections, v V) graphql.Marshaler { return ec.marshalM(ctx, selections, v) },
//			true, nonNull)
//	}
//
// Its value is the parent's own struct field or a context-free method and
// it cannot fail, yet graphql.ResolveField gives it four closures, a boxed
// result, the field middleware chain (which passes non-resolver fields
// through: see tracing.InterceptField) and a deferred recover, besides
// its field context. directFields puts in front of the call, for a scalar
// or enum (a leaf),
//
//	if v := obj.F; direct [&& v != nil] {
//		return ec.marshalM(ctx, field.Selections, v)
//	}
//
// and for an object or a list, which keeps its field context so that
// errors below it have their paths, and its panic recovery,
//
//	if v := obj.F; direct [&& v != nil] {
//		fc, _ := ec.fieldContext_T_f(ctx, field)
//		ctx = graphql.WithFieldContext(ctx, fc)
//		defer directRecover(ctx, ec.OperationContext, &ret)
//		return ec.marshalM(ctx, field.Selections, v)
//	}
//
// The guard v != nil is added when M is a non-null marshaller of a pointer
// or slice: a nil then takes gqlgen's path, which reports the null with
// the field's path. A leaf of a value type takes the direct path only when
// M can never return null (its body calls one of nullFreeMarshal), so no
// error is ever reported without the leaf's own field context. What the
// direct path leaves out: the field context's Result (read by nothing in
// wardgraph), and, for a leaf, panic recovery at the leaf itself (a panic
// in a getter becomes the enclosing object field's error instead).

// inPlace names, for the marshallers of a non-null string, ID or Int, the
// marshaller (graph/generated/fieldvalues.go) that writes a struct's own
// field from its address: graphql.MarshalString and MarshalInt allocate a
// closure per value.
var inPlace = map[string]string{
	"marshalNString2string": "fieldString", "marshalNID2string": "fieldString", "marshalNInt2int": "fieldInt",
}

// nullFreeMarshal are the scalar marshallers that never return
// graphql.Null for a value.
var nullFreeMarshal = map[string]bool{
	"graphql.MarshalString": true, "graphql.MarshalInt": true, "graphql.MarshalInt64": true,
	"graphql.MarshalBoolean": true, "graphql.MarshalID": true, "model.MarshalMoney": true,
}

// leafField is one field directFields rewrites.
type leafField struct {
	name    string    // the field function, e.g. _Goal_text
	insert  token.Pos // just after the function body's opening brace
	value   string    // obj.F or obj.F()
	marshal string    // the marshaller method, e.g. marshalNString2string
	guard   bool      // v != nil is needed
	context string    // for an object field, the method making its field context
	// remember, for a leaf with arguments, is where its field context
	// method returns: rememberArgs goes there, and the direct path runs
	// with the remembered arguments.
	remember token.Pos
}

// directFields returns src with every leaf field given its direct path,
// and the names of the fields rewritten.
func directFields(src []byte, fset *token.FileSet, file *ast.File) ([]byte, []string) {
	funcs := map[string]*ast.FuncDecl{}
	for _, decl := range file.Decls {
		if fn, ok := decl.(*ast.FuncDecl); ok && fn.Recv != nil && fn.Body != nil {
			funcs[fn.Name.Name] = fn
		}
	}
	var edits []edit
	var names []string
	insert := func(at token.Pos, text string) {
		off := fset.Position(at).Offset
		edits = append(edits, edit{off, off, text})
	}
	for _, fn := range funcs {
		if f, ok := leafOf(src, fset, fn, funcs); ok {
			insert(f.insert, f.code())
			if f.remember.IsValid() {
				insert(f.remember, rememberCall)
			}
			names = append(names, f.name)
		}
	}
	sort.Strings(names)
	return applyEdits(src, edits), names
}

// rememberCall keeps a field's arguments for its document (they are the
// same for every request when they use no variables).
const rememberCall = "rememberArgs(ec.OperationContext, field, fc.Args)\n\t"

// isLeafWithArgs reports whether fn makes the field context of a scalar
// or enum field with arguments: it reads them (fc.Args, err = ...) and
// its Child says the type has no child fields; and it has not been given
// rememberArgs yet.
func isLeafWithArgs(fn *ast.FuncDecl) bool {
	if fn == nil {
		return false
	}
	readsArgs, leaf, remembers := false, false, false
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			readsArgs = readsArgs || isIdent(n.X, "fc") && n.Sel.Name == "Args"
		case *ast.BasicLit:
			leaf = leaf || strings.Contains(n.Value, "does not have child fields")
		case *ast.Ident:
			remembers = remembers || n.Name == "rememberArgs"
		}
		return true
	})
	return readsArgs && leaf && !remembers
}

// code is the direct path put in front of gqlgen's call.
func (f leafField) code() string {
	guard := ""
	if f.guard {
		guard = " && v != nil"
	}
	if in := inPlace[f.marshal]; in != "" && f.context == "" && !f.remember.IsValid() && !strings.HasSuffix(f.value, ")") {
		return fmt.Sprintf("\n\tif direct.Load() {\n\t\treturn %s{&%s}\n\t}", in, f.value)
	}
	if in := inPlace[f.marshal]; in != "" && f.context == "" && !f.remember.IsValid() && !strings.HasSuffix(f.value, ")") {
		return fmt.Sprintf("\n\tif direct.Load() {\n\t\treturn %s{&%s}\n\t}", in, f.value)
	}
	if f.remember.IsValid() {
		return fmt.Sprintf("\n\tif args, ok := knownArgs(ec.OperationContext, field); ok && direct.Load() {\n"+
			"\t\tif v := %s; true%s {\n\t\t\treturn ec.%s(ctx, field.Selections, v)\n\t\t}\n\t}", f.value, guard, f.marshal)
	}
	if f.context == "" {
		return fmt.Sprintf("\n\tif v := %s; direct.Load()%s {\n\t\treturn ec.%s(ctx, field.Selections, v)\n\t}",
			f.value, guard, f.marshal)
	}
	return fmt.Sprintf("\n\tif v := %s; direct.Load()%s {\n\t\tfc, _ := ec.%s(ctx, field)\n\t\tctx = graphql.WithFieldContext(ctx, fc)\n"+
		"\t\tdefer directRecover(ctx, ec.OperationContext, &ret)\n\t\treturn ec.%s(ctx, field.Selections, v)\n\t}",
		f.value, guard, f.context, f.marshal)
}

// leafOf reports whether fn is a leaf field not yet rewritten (a
// rewritten one has two statements), and how to rewrite it.
func leafOf(src []byte, fset *token.FileSet, fn *ast.FuncDecl, funcs map[string]*ast.FuncDecl) (leafField, bool) {
	call, ok := resolveFieldCall(fn)
	if !ok || len(call.Args) != 9 || !isIdent(call.Args[5], "nil") {
		return leafField{}, false
	}
	fcName, ok := singleCallName(call.Args[3])
	if !ok {
		return leafField{}, false
	}
	scalar := isScalarContext(funcs[fcName])
	if !scalar && !isPlainObjectContext(funcs[fcName]) && !isLeafWithArgs(funcs[fcName]) {
		return leafField{}, false
	}
	value, withArgs, ok := objValue(src, fset, call.Args[4])
	if !ok || withArgs && !isLeafWithArgs(funcs[fcName]) {
		return leafField{}, false
	}
	if withArgs {
		scalar = true
	}
	marshal, vType, ok := marshaller(src, fset, call.Args[6])
	if !ok {
		return leafField{}, false
	}
	f := leafField{name: fn.Name.Name, insert: fn.Body.Lbrace + 1, value: value, marshal: marshal}
	if withArgs {
		f.remember = funcs[fcName].Body.List[len(funcs[fcName].Body.List)-1].Pos()
	} else if !scalar {
		f.context = fcName
	}
	nullable := strings.HasPrefix(vType, "*") || strings.HasPrefix(vType, "[]")
	switch {
	case strings.HasPrefix(marshal, "marshalO"):
	case nullable:
		f.guard = true
	case scalar && !callsNullFree(funcs[marshal]):
		return leafField{}, false
	}
	return f, true
}

// isPlainObjectContext reports whether fn only builds a field context
// (fc = &graphql.FieldContext{...}; return fc, nil): the field of an
// object type has no arguments to read.
func isPlainObjectContext(fn *ast.FuncDecl) bool {
	if fn == nil || len(fn.Body.List) != 2 {
		return false
	}
	assign, ok := fn.Body.List[0].(*ast.AssignStmt)
	if !ok || len(assign.Rhs) != 1 {
		return false
	}
	lit, ok := assign.Rhs[0].(*ast.UnaryExpr)
	if !ok {
		return false
	}
	comp, ok := lit.X.(*ast.CompositeLit)
	if !ok {
		return false
	}
	sel, ok := comp.Type.(*ast.SelectorExpr)
	return ok && isIdent(sel.X, "graphql") && sel.Sel.Name == "FieldContext"
}

// resolveFieldCall returns fn's graphql.ResolveField call when that call
// is fn's whole body.
func resolveFieldCall(fn *ast.FuncDecl) (*ast.CallExpr, bool) {
	if len(fn.Body.List) != 1 || !hasParam(fn, "obj") {
		return nil, false
	}
	ret, ok := fn.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 || !isCall(ret.Results[0], "graphql", "ResolveField") {
		return nil, false
	}
	return ret.Results[0].(*ast.CallExpr), true
}

// singleCallName returns the method name of ec.name(...) when lit is a
// function literal whose only statement returns that call.
func singleCallName(e ast.Expr) (string, bool) {
	res, ok := singleReturn(e)
	if !ok || len(res) != 1 {
		return "", false
	}
	call, ok := res[0].(*ast.CallExpr)
	if !ok {
		return "", false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || !isIdent(sel.X, "ec") {
		return "", false
	}
	return sel.Sel.Name, true
}

// singleReturn returns the results of e when e is a function literal
// whose only statement is a return.
func singleReturn(e ast.Expr) ([]ast.Expr, bool) {
	lit, ok := e.(*ast.FuncLit)
	if !ok || len(lit.Body.List) != 1 {
		return nil, false
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok {
		return nil, false
	}
	return ret.Results, true
}

// isScalarContext reports whether fn builds its field context with
// graphql.NewScalarFieldContext: the field is a scalar or an enum.
func isScalarContext(fn *ast.FuncDecl) bool {
	if fn == nil {
		return false
	}
	found := false
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		found = found || isCall(n, "graphql", "NewScalarFieldContext")
		return !found
	})
	return found
}

// objValue returns the text of obj.F or obj.F() when e is the resolver
// literal func(ctx) (any, error) { return obj.F, nil }; or, for a method
// with arguments, the text of obj.F(args["a"].(T), ...) and true when e is
// func(ctx) (any, error) { fc := graphql.GetFieldContext(ctx); return obj.F(fc.Args["a"].(T), ...), nil }.
func objValue(src []byte, fset *token.FileSet, e ast.Expr) (string, bool, bool) {
	lit, ok := e.(*ast.FuncLit)
	if !ok {
		return "", false, false
	}
	withArgs := len(lit.Body.List) == 2 && isFieldContextLookup(lit.Body.List[0])
	if withArgs {
		lit = &ast.FuncLit{Type: lit.Type, Body: &ast.BlockStmt{List: lit.Body.List[1:]}}
	}
	res, ok := singleReturn(lit)
	if !ok || len(res) != 2 || !isIdent(res[1], "nil") {
		return "", false, false
	}
	v := res[0]
	if call, ok := v.(*ast.CallExpr); ok {
		for _, a := range call.Args {
			if !withArgs || !isArgLookup(a) {
				return "", false, false
			}
		}
		v = call.Fun
	}
	sel, ok := v.(*ast.SelectorExpr)
	if !ok || !isIdent(sel.X, "obj") {
		return "", false, false
	}
	value := text(src, fset, res[0])
	return strings.ReplaceAll(value, "fc.Args[", "args["), withArgs, true
}

// isFieldContextLookup reports whether s is fc := graphql.GetFieldContext(ctx).
func isFieldContextLookup(s ast.Stmt) bool {
	assign, ok := s.(*ast.AssignStmt)
	return ok && len(assign.Lhs) == 1 && isIdent(assign.Lhs[0], "fc") && len(assign.Rhs) == 1 &&
		isCall(assign.Rhs[0], "graphql", "GetFieldContext")
}

// isArgLookup reports whether e is fc.Args["name"].(T).
func isArgLookup(e ast.Expr) bool {
	assert, ok := e.(*ast.TypeAssertExpr)
	if !ok {
		return false
	}
	index, ok := assert.X.(*ast.IndexExpr)
	if !ok {
		return false
	}
	sel, ok := index.X.(*ast.SelectorExpr)
	_, isLit := index.Index.(*ast.BasicLit)
	return ok && isLit && isIdent(sel.X, "fc") && sel.Sel.Name == "Args"
}

// marshaller returns the marshaller method and the value's type when e
// is func(ctx, selections, v V) graphql.Marshaler { return ec.m(ctx, selections, v) }.
func marshaller(src []byte, fset *token.FileSet, e ast.Expr) (string, string, bool) {
	name, ok := singleCallName(e)
	if !ok {
		return "", "", false
	}
	params := e.(*ast.FuncLit).Type.Params.List
	if len(params) != 3 {
		return "", "", false
	}
	return name, text(src, fset, params[2].Type), true
}

// callsNullFree reports whether the marshaller fn calls one of
// nullFreeMarshal.
func callsNullFree(fn *ast.FuncDecl) bool {
	if fn == nil {
		return false
	}
	found := false
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				if pkg, ok := sel.X.(*ast.Ident); ok && nullFreeMarshal[pkg.Name+"."+sel.Sel.Name] {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// isIdent reports whether e is the identifier name.
func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// text returns the source text of n.
func text(src []byte, fset *token.FileSet, n ast.Node) string {
	return string(src[fset.Position(n.Pos()).Offset:fset.Position(n.End()).Offset])
}
