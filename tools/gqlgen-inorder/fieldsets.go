package main

import (
	"bytes"
	"go/ast"
	"go/token"
	"sort"
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
