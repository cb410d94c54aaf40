package graph

import (
	"context"
	"fmt"
	"time"

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
	w := &shapeWalker{fragments: opCtx.Doc.Fragments, depths: map[string]int{}}
	depth := w.depth(op.SelectionSet)
	if w.introspects && !l.introspection {
		return limitError("introspection", "introspection is disabled on this server")
	}
	if depth > l.maxDepth {
		return limitError("depth", fmt.Sprintf("query depth %d exceeds the maximum depth of %d", depth, l.maxDepth))
	}
	return nil
}

// limitError is the LIMIT error of the named limit; extensions.limit names
// it for clients, metrics and logs.
func limitError(limit, msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": wardgraph.ELIMIT, "limit": limit}}
}

// shapeWalker measures the deepest field nesting of a selection set,
// following fragments. Each fragment's own depth is worked out once and
// remembered, so the walk is linear in the document even when fragments
// spread each other many times over (a fragment bomb); a cycle counts as
// nothing (validation has refused cycles before this runs).
type shapeWalker struct {
	fragments   ast.FragmentDefinitionList
	depths      map[string]int
	introspects bool
}

// depth returns the deepest field nesting in set: 1 for a set of leaves.
func (w *shapeWalker) depth(set ast.SelectionSet) int {
	d := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			d = max(d, w.field(s))
		case *ast.InlineFragment:
			d = max(d, w.depth(s.SelectionSet))
		case *ast.FragmentSpread:
			d = max(d, w.spread(s.Name))
		}
	}
	return d
}

func (w *shapeWalker) field(f *ast.Field) int {
	if f.Name == "__schema" || f.Name == "__type" {
		w.introspects = true
		return 0 // introspection is bounded by the schema, not counted
	}
	return 1 + w.depth(f.SelectionSet)
}

func (w *shapeWalker) spread(name string) int {
	if d, ok := w.depths[name]; ok {
		return d
	}
	w.depths[name] = 0 // a cycle back here counts as nothing
	def := w.fragments.ForName(name)
	if def == nil {
		return 0
	}
	d := w.depth(def.SelectionSet)
	w.depths[name] = d
	return d
}

// checkDeadline is a root-field middleware that starts no root field once
// the request's time is up, with the LIMIT error naming the timeout.
func checkDeadline(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	if expired(ctx) {
		graphql.AddError(ctx, timeoutError(ctx))
		return graphql.Null
	}
	return next(ctx)
}

// expired reports whether ctx is done or its deadline has passed: the
// deadline's timer may not have cancelled ctx yet when the time is up.
func expired(ctx context.Context) bool {
	if ctx.Err() != nil {
		return true
	}
	deadline, ok := ctx.Deadline()
	return ok && !time.Now().Before(deadline)
}

// timedOut replaces the response of a request that ran out of time, whose
// data may be partial, with the LIMIT error naming the timeout. Checking once
// per response instead of once per field keeps the limit off the cost of
// every field.
func timedOut(present graphql.ErrorPresenterFunc) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp == nil || !expired(ctx) {
			return resp
		}
		return &graphql.Response{Errors: gqlerror.List{present(ctx, timeoutError(ctx))}}
	}
}
