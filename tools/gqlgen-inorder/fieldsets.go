package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"sort"
	"strings"
)

// An object marshaller (func (ec) _T(ctx, sel, obj) graphql.Marshaler)
// whose type has no field gqlgen resolves concurrently starts with
//
//	out := graphql.NewFieldSet(fields)
//	deferred := graphql.NewDeferredGroup(ctx)
//
// Nothing in such a marshaller adds to deferred (only ResolveConcurrently
// does, for @defer), yet NewDeferredGroup computes the object's path from
// its field context chain (an allocation per level) and makes a map, for
// every object of the answer; and graphql.FieldSet's MarshalGQL allocates a
// map per object and a copy per field. plainFieldSets rewrites the two
// lines of such marshallers into
//
//	out := newFieldSet(fields)
//	var deferred graphql.DeferredGroup
//
// (fieldset.go in the generated package), leaving the rest alone: its
// len(deferred.Defers) is 0 as before. The other marshallers (types with
// concurrent fields, and Query) keep gqlgen's field set, and get
// deferredGroup(ctx, fields), which makes the group only when a field is
// deferred.

const (
	gqlgenFieldSet = "out := graphql.NewFieldSet(fields)\n\tdeferred := graphql.NewDeferredGroup(ctx)"
	plainFieldSet  = "out := newFieldSet(fields)\n\tvar deferred graphql.DeferredGroup"
	gqlgenGroup    = "deferred := graphql.NewDeferredGroup(ctx)"
	lazyGroup      = "deferred := deferredGroup(ctx, fields)"
	lazyFieldSet   = "out := graphql.NewFieldSet(fields)\n\t" + lazyGroup
)

// plainFieldSets returns src with the object marshallers of types without
// concurrent fields rewritten, and their names.
func plainFieldSets(src []byte, fset *token.FileSet, file *ast.File) ([]byte, []string) {
	var edits []edit
	var names []string
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Recv == nil || fn.Body == nil || !hasParam(fn, "obj") || !hasParam(fn, "sel") || callsSelector(fn.Body, "ResolveConcurrently") || callsSelector(fn.Body, "Concurrently") {
			continue
		}
		start, end := fset.Position(fn.Body.Pos()).Offset, fset.Position(fn.Body.End()).Offset
		if i := bytes.Index(src[start:end], []byte(gqlgenFieldSet)); i >= 0 {
			edits = append(edits, edit{start + i, start + i + len(gqlgenFieldSet), plainFieldSet})
			names = append(names, fn.Name.Name)
		}
	}
	sort.Strings(names)
	return bytes.ReplaceAll(applyEdits(src, edits), []byte(gqlgenGroup), []byte(lazyGroup)), names
}

// An object marshaller of a type with concurrent fields (Partner, whose
// initiatives go through a dataloader) keeps gqlgen's field set even when
// the query selects none of them (partners { name }). plainVariants adds,
// after each such marshaller _T, a copy _T_plain that takes the collected
// fields, uses a plain field set and no deferred group, and has each
// ResolveConcurrently call replaced by a panic; and _T calls it when
// plainSelection(fields, "T") finds no concurrent field among fields.

const (
	plainVariantCall  = "\n\tif plainSelection(fields, %q) {\n\t\treturn ec.%s_plain(ctx, fields, obj)\n\t}"
	unreachableSelect = `panic("wardgraph: a concurrent field reached a plain marshaller")`
)

// plainVariants returns src with a plain variant of every object
// marshaller that calls ResolveConcurrently, and their names.
func plainVariants(src []byte, fset *token.FileSet, file *ast.File) ([]byte, []string) {
	var edits []edit
	var names []string
	done := map[string]bool{} // marshallers that have their plain variant already
	for _, decl := range file.Decls {
		if fn, ok := decl.(*ast.FuncDecl); ok && strings.HasSuffix(fn.Name.Name, "_plain") {
			done[strings.TrimSuffix(fn.Name.Name, "_plain")] = true
		}
	}
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Recv == nil || fn.Body == nil || !hasParam(fn, "obj") || !hasParam(fn, "sel") ||
			!callsSelector(fn.Body, "ResolveConcurrently") || done[fn.Name.Name] {
			continue
		}
		typeName := strings.TrimPrefix(fn.Name.Name, "_")
		collect, ok := collectStatement(fn)
		if !ok {
			continue
		}
		variant, ok := plainVariant(src, fset, fn, collect)
		if !ok {
			continue
		}
		call, end := fset.Position(collect.End()).Offset, fset.Position(fn.End()).Offset
		edits = append(edits, edit{call, call, fmt.Sprintf(plainVariantCall, typeName, fn.Name.Name)},
			edit{end, end, "\n\n" + variant})
		names = append(names, fn.Name.Name)
	}
	sort.Strings(names)
	return applyEdits(src, edits), names
}

// collectStatement returns fn's first statement when it is
// fields := collectFields(...) or graphql.CollectFields(...).
func collectStatement(fn *ast.FuncDecl) (ast.Stmt, bool) {
	if len(fn.Body.List) == 0 {
		return nil, false
	}
	assign, ok := fn.Body.List[0].(*ast.AssignStmt)
	if !ok || len(assign.Lhs) != 1 || !isIdent(assign.Lhs[0], "fields") || len(assign.Rhs) != 1 {
		return nil, false
	}
	call, ok := assign.Rhs[0].(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	if isIdent(call.Fun, "collectFields") || isCall(call, "graphql", "CollectFields") {
		return assign, true
	}
	return nil, false
}

// plainVariant is the text of fn's plain variant: its header takes the
// collected fields, its first statement (collect) is dropped, its field
// set is plain and its ResolveConcurrently calls panic.
func plainVariant(src []byte, fset *token.FileSet, fn *ast.FuncDecl, collect ast.Stmt) (string, bool) {
	start := fset.Position(fn.Pos()).Offset
	offset := func(p token.Pos) int { return fset.Position(p).Offset - start }
	// The collect statement goes with its newline; each ResolveConcurrently call becomes a panic.
	cuts := []edit{{offset(collect.Pos()), offset(collect.End()) + 1, ""}}
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if stmt, ok := n.(*ast.ExprStmt); ok && callsSelector(stmt, "ResolveConcurrently") {
			cuts = append(cuts, edit{offset(stmt.Pos()), offset(stmt.End()), unreachableSelect})
			return false
		}
		return true
	})
	text := string(applyEdits(src[start:fset.Position(fn.End()).Offset], cuts))
	header := fn.Name.Name + "(ctx context.Context, sel ast.SelectionSet, obj"
	if !strings.Contains(text, header) || !strings.Contains(text, lazyFieldSet) {
		return "", false
	}
	text = strings.Replace(text, header, fn.Name.Name+"_plain(ctx context.Context, fields []graphql.CollectedField, obj", 1)
	text = strings.Replace(text, lazyFieldSet, plainFieldSet, 1)
	return "// " + fn.Name.Name + "_plain is " + fn.Name.Name + " for a selection without concurrent fields.\n" + text, true
}
