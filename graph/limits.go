package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/wardgraph/wardgraph"
)

// shapeLimit refuses operations nested deeper than a maximum and, when
// introspection is off, operations that select __schema or __type. It runs
// on the validated operation, before anything is resolved.
type shapeLimit struct {
	maxDepth      int
	introspection bool
}

var _ interface {
	graphql.OperationContextMutator
	graphql.HandlerExtension
} = shapeLimit{}

// ExtensionName names the extension.
func (shapeLimit) ExtensionName() string { return "ShapeLimit" }

// Validate accepts any schema.
func (shapeLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext checks the operation's depth and introspection.
func (l shapeLimit) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	op := opCtx.Doc.Operations.ForName(opCtx.OperationName)
	if op == nil {
		return nil
	}
	w := &shapeWalker{fragments: opCtx.Doc.Fragments, seen: map[string]bool{}}
	w.walk(op.SelectionSet, 1)
	if w.introspects && !l.introspection {
		return limitError("introspection is disabled on this server")
	}
	if w.depth > l.maxDepth {
		return limitError(fmt.Sprintf("query depth %d exceeds the maximum depth of %d", w.depth, l.maxDepth))
	}
	return nil
}

func limitError(msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": wardgraph.ELIMIT}}
}

// shapeWalker measures the deepest field nesting of a selection set,
// following fragments (each spread at most once per path, so cycles end).
type shapeWalker struct {
	fragments   ast.FragmentDefinitionList
	seen        map[string]bool
	depth       int
	introspects bool
}

func (w *shapeWalker) walk(set ast.SelectionSet, depth int) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			w.field(s, depth)
		case *ast.InlineFragment:
			w.walk(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			w.spread(s, depth)
		}
	}
}

func (w *shapeWalker) field(f *ast.Field, depth int) {
	if f.Name == "__schema" || f.Name == "__type" {
		w.introspects = true
		return // introspection is bounded by the schema, not counted
	}
	w.depth = max(w.depth, depth)
	w.walk(f.SelectionSet, depth+1)
}

func (w *shapeWalker) spread(s *ast.FragmentSpread, depth int) {
	if w.seen[s.Name] {
		return
	}
	def := w.fragments.ForName(s.Name)
	if def == nil {
		return
	}
	w.seen[s.Name] = true
	w.walk(def.SelectionSet, depth)
	w.seen[s.Name] = false
}

// checkDeadline is a root-field middleware that starts no root field once
// the request's time is up, with the LIMIT error naming the timeout.
func checkDeadline(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	if ctx.Err() != nil {
		graphql.AddError(ctx, timeoutError(ctx))
		return graphql.Null
	}
	return next(ctx)
}

// timedOut replaces the response of a request that ran out of time, whose
// data may be partial, with the LIMIT error naming the timeout. Checking once
// per response instead of once per field keeps the limit off the cost of
// every field.
func timedOut(present graphql.ErrorPresenterFunc) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp == nil || ctx.Err() == nil {
			return resp
		}
		return &graphql.Response{Errors: gqlerror.List{present(ctx, timeoutError(ctx))}}
	}
}
