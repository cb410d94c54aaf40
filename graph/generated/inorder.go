package generated

import (
	"context"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// This file is written by hand; tools/gqlgen-inorder (run by go generate
// after gqlgen) points the generated list marshallers at marshalSlice and
// writes concurrentFields.

// marshalSlice marshals a list of objects whose selection is sel. gqlgen
// gives every element a goroutine (graphql.MarshalSliceConcurrently) so
// that resolvers under the list run together and their dataloaders batch;
// when sel reaches no field gqlgen resolves concurrently, nothing can batch
// and the elements are marshalled in order on this goroutine, each with the
// same field context and panic recovery gqlgen gives it (the field
// contexts of a list allocated together).
func marshalSlice(ctx context.Context, sel ast.SelectionSet, length int, workerLimit int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	if length <= 1 || selectsConcurrent(sel) {
		return graphql.MarshalSliceConcurrently(ctx, length, workerLimit, omitPanicHandler, marshalElement)
	}
	ret := make(graphql.Array, length)
	contexts, indexes := make([]graphql.FieldContext, length), make([]int, length)
	for i := range length {
		indexes[i] = i
		contexts[i].Index = &indexes[i]
		ret[i] = marshalOne(graphql.WithFieldContext(ctx, &contexts[i]), i, omitPanicHandler, marshalElement)
	}
	return ret
}

// marshalOne marshals element i, turning a panic into a field error and
// null as graphql.MarshalSliceConcurrently does.
func marshalOne(ctx context.Context, i int, omitPanicHandler bool, marshalElement func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(ctx, graphql.Recover(ctx, r))
				m = graphql.Null
			}
		}()
	}
	return marshalElement(ctx, i)
}

// selectsConcurrent reports whether sel, with its fragments, selects a
// field gqlgen resolves concurrently, or uses a directive (such as @defer)
// at any level: then the list keeps gqlgen's goroutines.
func selectsConcurrent(sel ast.SelectionSet) bool {
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			if len(s.Directives) > 0 || fieldConcurrent(s) || selectsConcurrent(s.SelectionSet) {
				return true
			}
		case *ast.InlineFragment:
			if len(s.Directives) > 0 || selectsConcurrent(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if len(s.Directives) > 0 || s.Definition == nil || selectsConcurrent(s.Definition.SelectionSet) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// fieldConcurrent reports whether gqlgen resolves f concurrently. On an
// interface or union, f counts as concurrent if it is on any object type.
func fieldConcurrent(f *ast.Field) bool {
	if f.ObjectDefinition == nil {
		return true
	}
	if f.ObjectDefinition.Kind == ast.Object {
		return concurrentFields[f.ObjectDefinition.Name][f.Name]
	}
	for _, fields := range concurrentFields {
		if fields[f.Name] {
			return true
		}
	}
	return false
}

// direct lets the code tools/gqlgen-inorder rewrote take its direct
// paths: fields marshal their value in place instead of through
// graphql.ResolveField, plain field sets write themselves, collected
// fields are remembered across requests; false sends everything through
// gqlgen's own code (SetDirect).
var direct = func() *atomic.Bool {
	var on atomic.Bool
	on.Store(true)
	return &on
}()

// SetDirect turns the direct paths on or off and returns the previous
// setting. Tests use it to check that both give byte-identical answers.
func SetDirect(on bool) bool {
	return direct.Swap(on)
}
