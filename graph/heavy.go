package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// heavyGate lets at most cap(slots) operations of complexity cost or more
// run at once. The others wait for a turn until their deadline: waiting
// takes no CPU, so many clients of the costliest query cannot take the
// whole machine, or its memory, from cheap queries, which never wait.
type heavyGate struct {
	cost  int
	slots chan struct{}
}

func newHeavyGate(cost, n int) *heavyGate {
	return &heavyGate{cost: cost, slots: make(chan struct{}, n)}
}

// around is a response middleware, inside which the operation executes:
// a heavy operation executes only holding a slot. An operation the
// complexity limit refused (complexity over its limit) executes nothing
// and does not wait.
func (g *heavyGate) around(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx) // an error before any operation (an undecodable body)
	}
	stats := extension.GetComplexityStats(ctx)
	if stats == nil || stats.Complexity < g.cost || stats.Complexity > stats.ComplexityLimit {
		return next(ctx)
	}
	if err := g.wait(ctx, stats.Complexity); err != nil {
		return &graphql.Response{Errors: gqlerror.List{err}}
	}
	defer func() { <-g.slots }()
	return next(ctx)
}

// wait takes a slot, or gives up at the request's deadline with the LIMIT
// error naming the heavy-query limit.
func (g *heavyGate) wait(ctx context.Context, cost int) *gqlerror.Error {
	start := time.Now()
	select {
	case g.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
	}
	return limitError("heavy", fmt.Sprintf("the server is busy: this query costs %d (heavy from %d), at most %d heavy queries run at once, and none finished in the %s this request waited; try again later",
		cost, g.cost, cap(g.slots), time.Since(start).Round(time.Millisecond)))
}
