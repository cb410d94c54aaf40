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
// sets, for each selection set and list of satisfied types, and the
// arguments of its fields that use no variables, and its answer's size.
type documentFields struct {
	mu     sync.RWMutex
	fields map[collectKey][]graphql.CollectedField
	args   map[*ast.Field]map[string]any // see knownArgs
	// answerSize is the size of the document's last answer.
	answerSize atomic.Int64
	// directives is whether the document's text has any directive: then
	// its collected fields may depend on the variables.
	directives bool
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
	if !direct.Load() || len(sel) == 0 || len(satisfies) == 0 || oc.Doc == nil {
		return graphql.CollectFields(oc, sel, satisfies)
	}
	doc := fieldsOf(oc)
	if doc.directives {
		return graphql.CollectFields(oc, sel, satisfies)
	}
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

// fieldsOf returns what is remembered of the operation's document
// (oc.Doc, not nil), making it if needed.
func fieldsOf(oc *graphql.OperationContext) *documentFields {
	doc := oc.Doc
	if f, ok := collected.docs.Load(doc); ok {
		return f.(*documentFields)
	}
	if collected.count.Add(1) > maxCollectedDocuments {
		collected.docs.Clear()
		collected.count.Store(1)
	}
	f, _ := collected.docs.LoadOrStore(doc, &documentFields{
		fields:     make(map[collectKey][]graphql.CollectedField),
		args:       make(map[*ast.Field]map[string]any),
		directives: strings.IndexByte(oc.RawQuery, '@') >= 0,
	})
	return f.(*documentFields)
}

// knownArgs returns the arguments of field remembered for the document:
// those of a field whose arguments use no variables, once its field
// context has read them (rememberArgs).
func knownArgs(oc *graphql.OperationContext, field graphql.CollectedField) (map[string]any, bool) {
	if oc.Doc == nil {
		return nil, false
	}
	doc := fieldsOf(oc)
	doc.mu.RLock()
	args, ok := doc.args[field.Field]
	doc.mu.RUnlock()
	return args, ok
}

// rememberArgs keeps the arguments a field context read for a field
// whose arguments use no variables, for every request of the document.
// Nothing changes the map once kept: field code only reads arguments.
func rememberArgs(oc *graphql.OperationContext, field graphql.CollectedField, args map[string]any) {
	if oc.Doc == nil || usesVariables(field.Arguments) {
		return
	}
	doc := fieldsOf(oc)
	doc.mu.Lock()
	doc.args[field.Field] = args
	doc.mu.Unlock()
}

// usesVariables reports whether one of args refers to a variable.
func usesVariables(args ast.ArgumentList) bool {
	for _, a := range args {
		if valueUsesVariables(a.Value) {
			return true
		}
	}
	return false
}

// valueUsesVariables reports whether v is or holds a variable.
func valueUsesVariables(v *ast.Value) bool {
	if v == nil {
		return false
	}
	if v.Kind == ast.Variable {
		return true
	}
	for _, c := range v.Children {
		if valueUsesVariables(c.Value) {
			return true
		}
	}
	return false
}

// responseSize is how large the buffer of an answer to the operation's
// document is made at first: its last answer's size and an eighth.
func responseSize(oc *graphql.OperationContext) int {
	if oc.Doc == nil || !direct.Load() {
		return 0
	}
	n := fieldsOf(oc).answerSize.Load()
	return int(n + n/8)
}

// rememberResponseSize keeps the size of an answer to the operation's
// document.
func rememberResponseSize(oc *graphql.OperationContext, n int) {
	if oc.Doc != nil {
		fieldsOf(oc).answerSize.Store(int64(n))
	}
}
