// Command gqlgen-inorder runs after gqlgen (go generate ./graph): it lets
// the generated list marshallers run in order when nothing under the list
// needs a goroutine.
//
// gqlgen marshals every list of objects with graphql.MarshalSliceConcurrently,
// one goroutine per element, so that resolvers under the list (dataloaders)
// are called together and batch. When the query selects no resolver field
// under the list, the goroutines only cost time. This command
//
//   - rewrites each call of graphql.MarshalSliceConcurrently in
//     generated.go into marshalSlice(ctx, sel, ...) (graph/generated/inorder.go),
//     which looks at the selection at run time and marshals in order unless
//     it reaches a field gqlgen resolves concurrently;
//   - writes concurrent_fields.go: for each object type, the fields gqlgen
//     resolves concurrently (those whose case in the type's generated
//     marshaller calls ResolveConcurrently: resolvers and methods taking a
//     context);
//   - gives every field whose value the parent holds (a struct field or a
//     context-free method, no arguments, no directives; a scalar or enum
//     that cannot marshal to null, or an object or list) a direct path that
//     marshals the value in place, before gqlgen's graphql.ResolveField
//     call, which then serves only a nil of a non-null pointer or list (see
//     direct.go). ResolveField costs four closures, a boxed value and the
//     field middleware chain per field, and a leaf's field context and
//     context value too (an object field keeps its own, for the paths of
//     errors below it); SetDirect(false) in inorder.go turns it off;
//   - gives the object marshallers of types without concurrent fields a
//     plain field set (graph/generated/fieldset.go) and no deferred group,
//     which they never use (see fieldsets.go);
//   - points the object marshallers' graphql.CollectFields calls at
//     collectFields (graph/generated/collect.go), which remembers a
//     document's collected fields across requests;
//   - adds to each object marshaller of a type with concurrent fields a
//     plain variant, used when the query selects none of them (see
//     plainVariants in fieldsets.go);
//   - sizes the buffer the query's answer is written into by the size of
//     the document's last answer (responseSize in collect.go), instead of
//     growing it from nothing by doubling.
//
// It is idempotent and fails if a call it must rewrite is not in a function
// with a selection set parameter named sel.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// The calls rewritten by plain text: gqlgen's list marshalling and field
// collection.
const (
	concurrentCall = "graphql.MarshalSliceConcurrently(ctx, "
	collectCall    = "graphql.CollectFields(ec.OperationContext, sel, "
	answerBuffer   = "var buf bytes.Buffer\n\t\t\tdata.MarshalGQL(&buf)\n"
	sizedBuffer    = "var buf bytes.Buffer\n\t\t\tbuf.Grow(responseSize(ec.OperationContext))\n\t\t\tdata.MarshalGQL(&buf)\n" +
		"\t\t\trememberResponseSize(ec.OperationContext, buf.Len())\n"
)

// sizedResponse rewrites the query answer's buffer (once in Exec) into a
// sized one; a second run finds it sized and changes nothing.
func sizedResponse(src []byte) ([]byte, error) {
	if bytes.Count(src, []byte(sizedBuffer)) == 1 {
		return src, nil
	}
	if n := bytes.Count(src, []byte(answerBuffer)); n != 1 {
		return nil, fmt.Errorf("the query answer's buffer is written %d times, not once", n)
	}
	return bytes.Replace(src, []byte(answerBuffer), []byte(sizedBuffer), 1), nil
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gqlgen-inorder path/to/generated.go")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen-inorder:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, src, 0)
	if err != nil {
		return err
	}
	if err := checkCallSites(file); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	direct, _ := directFields(src, fset, file)
	if file, err = parser.ParseFile(fset, path, direct, 0); err != nil {
		return err
	}
	plain, _ := plainFieldSets(direct, fset, file)
	if file, err = parser.ParseFile(fset, path, plain, 0); err != nil {
		return err
	}
	plain, _ = plainVariants(plain, fset, file)
	rewritten := bytes.ReplaceAll(plain, []byte(concurrentCall), []byte("marshalSlice(ctx, sel, "))
	rewritten = bytes.ReplaceAll(rewritten, []byte(collectCall), []byte("collectFields(ec.OperationContext, sel, "))
	if rewritten, err = sizedResponse(rewritten); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if rewritten, err = format.Source(rewritten); err != nil {
		return fmt.Errorf("%s: the rewritten code: %w", path, err)
	}
	if !bytes.Equal(rewritten, src) {
		if err := os.WriteFile(path, rewritten, 0o644); err != nil {
			return err
		}
	}
	table, err := fieldTable(file)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(filepath.Dir(path), "concurrent_fields.go"), table, 0o644)
}

// checkCallSites makes sure every MarshalSliceConcurrently call is in a
// function with a parameter sel, so the rewritten call compiles and means
// the list's own selection.
func checkCallSites(file *ast.File) error {
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil {
			continue
		}
		var bad error
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if isCall(n, "graphql", "MarshalSliceConcurrently") && !hasParam(fn, "sel") {
				bad = fmt.Errorf("%s calls MarshalSliceConcurrently without a sel parameter", fn.Name.Name)
			}
			return bad == nil
		})
		if bad != nil {
			return bad
		}
	}
	return nil
}

// fieldTable renders concurrent_fields.go from the object marshallers
// (methods named _Type whose switch cases call ResolveConcurrently).
func fieldTable(file *ast.File) ([]byte, error) {
	fields := map[string][]string{}
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Recv == nil || fn.Body == nil || !strings.HasPrefix(fn.Name.Name, "_") || !hasParam(fn, "obj") {
			continue
		}
		typeName := strings.TrimPrefix(fn.Name.Name, "_")
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			cc, ok := n.(*ast.CaseClause)
			if !ok || !callsSelector(cc, "ResolveConcurrently") {
				return true
			}
			for _, e := range cc.List {
				if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					name, _ := strconv.Unquote(lit.Value)
					fields[typeName] = append(fields[typeName], name)
				}
			}
			return false
		})
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by tools/gqlgen-inorder; DO NOT EDIT.\n\npackage generated\n\n")
	b.WriteString("// concurrentFields lists, for each object type, the fields gqlgen\n// resolves concurrently (resolvers and methods taking a context).\n")
	b.WriteString("var concurrentFields = map[string]map[string]bool{\n")
	types := make([]string, 0, len(fields))
	for t := range fields {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		sort.Strings(fields[t])
		fmt.Fprintf(&b, "\t%q: {", t)
		for i, f := range fields[t] {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q: true", f)
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// isCall reports whether n calls pkg.name.
func isCall(n ast.Node, pkg, name string) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == pkg
}

// callsSelector reports whether n contains a call of some x.name.
func callsSelector(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if call, ok := m.(*ast.CallExpr); ok {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == name {
				found = true
			}
		}
		return !found
	})
	return found
}

// hasParam reports whether fn has a parameter called name.
func hasParam(fn *ast.FuncDecl, name string) bool {
	for _, f := range fn.Type.Params.List {
		for _, n := range f.Names {
			if n.Name == name {
				return true
			}
		}
	}
	return false
}
