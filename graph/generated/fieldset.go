package generated

import (
	"context"
	"io"
	"slices"

	"github.com/99designs/gqlgen/graphql"
)

// This file is written by hand; tools/gqlgen-inorder (run by go generate
// after gqlgen) points the object marshallers of types without concurrent
// fields at newFieldSet.

// fieldSet is an object's marshalled fields, in selection order: what
// graphql.FieldSet is for an object whose fields are all resolved in
// place (no delayed, deferred or concurrent fields), without its
// allocations when written (a map per object, a copy of every field).
type fieldSet struct {
	fields []graphql.CollectedField
	// Values holds each field's marshaller, index for index with fields.
	Values []graphql.Marshaler
	// Invalids counts the non-null fields that came out null.
	Invalids uint32
	// small holds Values when there are few of them (an edge's from, to
	// and type): the set is then one allocation, not two.
	small [smallFieldSet]graphql.Marshaler
}

// smallFieldSet is the most fields a field set holds in itself.
const smallFieldSet = 4

// newFieldSet returns the empty field set of fields.
func newFieldSet(fields []graphql.CollectedField) *fieldSet {
	m := &fieldSet{fields: fields}
	if len(fields) <= smallFieldSet {
		m.Values = m.small[:len(fields)]
	} else {
		m.Values = make([]graphql.Marshaler, len(fields))
	}
	return m
}

// Dispatch has nothing to do: every field was resolved in place.
func (m *fieldSet) Dispatch(context.Context) {}

var (
	openBrace  = []byte{'{'}
	closeBrace = []byte{'}'}
	comma      = []byte{','}
	nameEnd    = []byte{'"', ':'}
	quote      = []byte{'"'}
)

// MarshalGQL writes the object as graphql.FieldSet does: each alias once
// (the first field of that alias), in order. An alias is a GraphQL name
// (letters, digits, underscores), so it needs no escaping.
func (m *fieldSet) MarshalGQL(w io.Writer) {
	if !direct.Load() {
		gq := graphql.NewFieldSet(m.fields)
		copy(gq.Values, m.Values)
		gq.MarshalGQL(w)
		return
	}
	w.Write(openBrace)
	first := true
	for i := range m.fields {
		alias := m.fields[i].Alias
		if aliasBefore(m.fields[:i], alias) {
			continue
		}
		if !first {
			w.Write(comma)
		}
		first = false
		w.Write(quote)
		io.WriteString(w, alias)
		w.Write(nameEnd)
		m.Values[i].MarshalGQL(w)
	}
	w.Write(closeBrace)
}

// aliasBefore reports whether one of fields has the alias.
func aliasBefore(fields []graphql.CollectedField, alias string) bool {
	for i := range fields {
		if fields[i].Alias == alias {
			return true
		}
	}
	return false
}

// deferredGroup is graphql.NewDeferredGroup(ctx) when one of fields is
// deferred (@defer), and otherwise the empty group: only a deferred field
// is ever added to the group, and NewDeferredGroup computes the object's
// path and makes a map for every object it is called for.
func deferredGroup(ctx context.Context, fields []graphql.CollectedField) graphql.DeferredGroup {
	if !direct.Load() || slices.ContainsFunc(fields, graphql.CollectedField.IsDeferred) {
		return graphql.NewDeferredGroup(ctx)
	}
	return graphql.DeferredGroup{}
}

// directRecover turns a panic under an object field that took its direct
// path into a field error and null, as graphql.ResolveField does; ctx
// holds the field's context.
func directRecover(ctx context.Context, oc *graphql.OperationContext, ret *graphql.Marshaler) {
	if r := recover(); r != nil {
		oc.Error(ctx, oc.Recover(ctx, r))
		*ret = graphql.Null
	}
}

// plainSelection reports whether fields, collected for an object of
// typeName, include none of the fields gqlgen resolves concurrently on
// it: then its plain marshaller serves it.
func plainSelection(fields []graphql.CollectedField, typeName string) bool {
	if !direct.Load() {
		return false
	}
	concurrent := concurrentFields[typeName]
	for i := range fields {
		if concurrent[fields[i].Name] {
			return false
		}
	}
	return true
}
