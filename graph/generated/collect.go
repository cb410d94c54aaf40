package generated

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// This file is written by hand; tools/gqlgen-inorder (run by go generate
// after gqlgen) points the generated object marshallers at collectFields.

// maxCollectedDocuments bounds how many query documents keep their
// collected fields; past it, every document's are forgotten at once.
const maxCollectedDocuments = 1024

// collected holds, for each query document (kept alive by being a key,
// so no other selection can ever take its selections' addresses), the
// fields collected from its selection sets; count is its size.
var collected struct {
	docs  sync.Map // *ast.QueryDocument → *documentFields
	count atomic.Int64
}

// documentFields is the fields collected from one document's selection
// sets, for each selection set and list of satisfied types.
type documentFields struct {
	mu     sync.RWMutex
	fields map[collectKey][]graphql.CollectedField
}

// collectKey names a selection set of a document and the types whose
// fields are collected from it (a generated implementors list).
type collectKey struct {
	selection *ast.Selection
	length    int
	satisfies *string
}

// collectFields is graphql.CollectFields, remembered across requests:
// gqlgen collects each selection set's fields again for every request
// (its cache lives in one operation context), which was a tenth of a
// nested plan's time. The fields of a selection set depend on the
// document, the selection and, through @skip, @include and @defer, on the
// variables: a document with any directive is collected per request, by
// gqlgen, as before.
func collectFields(oc *graphql.OperationContext, sel ast.SelectionSet, satisfies []string) []graphql.CollectedField {
	if !direct.Load() || len(sel) == 0 || len(satisfies) == 0 || oc.Doc == nil || strings.IndexByte(oc.RawQuery, '@') >= 0 {
		return graphql.CollectFields(oc, sel, satisfies)
	}
	doc := fieldsOf(oc.Doc)
	key := collectKey{&sel[0], len(sel), &satisfies[0]}
	doc.mu.RLock()
	fields, ok := doc.fields[key]
	doc.mu.RUnlock()
	if ok {
		return fields
	}
	fields = graphql.CollectFields(oc, sel, satisfies)
	doc.mu.Lock()
	doc.fields[key] = fields
	doc.mu.Unlock()
	return fields
}

// fieldsOf returns the collected fields of doc, making them if needed.
func fieldsOf(doc *ast.QueryDocument) *documentFields {
	if f, ok := collected.docs.Load(doc); ok {
		return f.(*documentFields)
	}
	if collected.count.Add(1) > maxCollectedDocuments {
		collected.docs.Clear()
		collected.count.Store(1)
	}
	f, _ := collected.docs.LoadOrStore(doc, &documentFields{fields: make(map[collectKey][]graphql.CollectedField)})
	return f.(*documentFields)
}
