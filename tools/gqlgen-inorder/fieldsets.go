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
	type site struct {
		name string
		at   int
	}
	var sites []site
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Recv == nil || fn.Body == nil || !hasParam(fn, "obj") || !hasParam(fn, "sel") || callsSelector(fn.Body, "ResolveConcurrently") || callsSelector(fn.Body, "Concurrently") {
			continue
		}
		start, end := fset.Position(fn.Body.Pos()).Offset, fset.Position(fn.Body.End()).Offset
		if i := bytes.Index(src[start:end], []byte(gqlgenFieldSet)); i >= 0 {
			sites = append(sites, site{fn.Name.Name, start + i})
		}
	}
	sort.Slice(sites, func(i, j int) bool { return sites[i].at > sites[j].at })
	out := bytes.Clone(src)
	names := make([]string, 0, len(sites))
	for _, s := range sites {
		out = append(out[:s.at], append([]byte(plainFieldSet), out[s.at+len(gqlgenFieldSet):]...)...)
		names = append(names, s.name)
	}
	sort.Strings(names)
	return bytes.ReplaceAll(out, []byte(gqlgenGroup), []byte(lazyGroup)), names
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
	type edit struct {
		at      int
		remove  int
		content string
	}
	var edits []edit
	var names []string
	done := map[string]bool{}
	for _, decl := range file.Decls {
		if fn, ok := decl.(*ast.FuncDecl); ok {
			done[strings.TrimSuffix(fn.Name.Name, "_plain")] = strings.HasSuffix(fn.Name.Name, "_plain")
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
		end := fset.Position(collect.End()).Offset
		edits = append(edits, edit{at: end, content: fmt.Sprintf(plainVariantCall, typeName, fn.Name.Name)},
			edit{at: fset.Position(fn.End()).Offset, content: "\n\n" + variant})
		names = append(names, fn.Name.Name)
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].at > edits[j].at })
	out := bytes.Clone(src)
	for _, e := range edits {
		out = append(out[:e.at], append([]byte(e.content), out[e.at+e.remove:]...)...)
	}
	sort.Strings(names)
	return out, names
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
	body := bytes.Clone(src[start:fset.Position(fn.End()).Offset])
	type cut struct{ from, to int }
	cuts := []cut{{fset.Position(collect.Pos()).Offset - start, fset.Position(collect.End()).Offset - start + 1}}
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if stmt, ok := n.(*ast.ExprStmt); ok && callsSelector(stmt, "ResolveConcurrently") {
			cuts = append(cuts, cut{fset.Position(stmt.Pos()).Offset - start, fset.Position(stmt.End()).Offset - start})
			return false
		}
		return true
	})
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].from > cuts[j].from })
	for i, c := range cuts {
		repl := unreachableSelect
		if i == len(cuts)-1 {
			repl = "" // the collect statement, which comes first
		}
		body = append(body[:c.from], append([]byte(repl), body[c.to:]...)...)
	}
	text := string(body)
	header := fn.Name.Name + "(ctx context.Context, sel ast.SelectionSet, obj"
	if !strings.Contains(text, header) || !strings.Contains(text, lazyFieldSet) {
		return "", false
	}
	text = strings.Replace(text, header, fn.Name.Name+"_plain(ctx context.Context, fields []graphql.CollectedField, obj", 1)
	text = strings.Replace(text, lazyFieldSet, plainFieldSet, 1)
	return "// " + fn.Name.Name + "_plain is " + fn.Name.Name + " for a selection without concurrent fields.\n" + text, true
}
