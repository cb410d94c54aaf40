package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/wardgraph/wardgraph"
)

// presentError turns a resolver error into the error clients see:
// a *wardgraph.Error gives its Message and extensions.code; a passed
// deadline gives the LIMIT error naming the timeout; errors gqlgen made
// itself (parse, validation, limits) pass unchanged; anything else is
// logged and shown as "internal error" with code INTERNAL.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		var we *wardgraph.Error
		switch {
		case errors.As(err, &we):
			if we.Err != nil {
				log.Error("graphql: store error", "code", we.Code, "message", we.Message, "err", we.Err)
			}
			return withCode(gqlErr, we.Message, we.Code)
		case errors.Is(err, context.DeadlineExceeded):
			return withCode(gqlErr, timeoutMessage(ctx), wardgraph.ELIMIT)
		case gqlErr.Err == nil:
			return gqlErr
		}
		log.Error("graphql: internal error", "path", gqlErr.Path.String(), "err", err)
		return withCode(gqlErr, "internal error", wardgraph.EINTERNAL)
	}
}

func withCode(e *gqlerror.Error, message, code string) *gqlerror.Error {
	out := &gqlerror.Error{Message: message, Path: e.Path, Locations: e.Locations, Rule: e.Rule}
	out.Extensions = map[string]any{"code": code}
	return out
}

// recoverPanic logs a resolver panic and reports an internal error.
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.Error("graphql: panic", "panic", p, "path", graphql.GetPath(ctx).String())
		return wardgraph.Errorf(wardgraph.EINTERNAL, "internal error")
	}
}

type timeoutKey struct{}

// WithTimeout returns ctx with a deadline d from now, remembering d so that
// the error for a request that runs out of time names the limit.
func WithTimeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithValue(ctx, timeoutKey{}, d), d)
}

func timeoutMessage(ctx context.Context) string {
	if d, ok := ctx.Value(timeoutKey{}).(time.Duration); ok {
		return fmt.Sprintf("request timed out after %s (the server's per-request time limit)", d)
	}
	return "request timed out"
}

// timeoutError is the LIMIT error for a request out of time.
func timeoutError(ctx context.Context) error {
	return wardgraph.Errorf(wardgraph.ELIMIT, "%s", timeoutMessage(ctx))
}
