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
// itself (parse, validation, limits) pass with their code, INVALID when
// they have none; anything else is logged and shown as "internal error"
// with code INTERNAL.
func presentError(log *slog.Logger, obs Observer) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		var we *wardgraph.Error
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			return withLimit(withCode(gqlErr, timeoutMessage(ctx), wardgraph.ELIMIT), "timeout")
		case errors.As(err, &we):
			if we.Err != nil {
				obs.StoreError(we.Code)
				log.Error("graphql: store error", "code", we.Code, "message", we.Message, "err", we.Err)
			}
			return withCode(gqlErr, we.Message, we.Code)
		case gqlErr.Err == nil:
			return withDefaultCode(gqlErr)
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
	return wardgraph.Wrap(context.DeadlineExceeded, wardgraph.ELIMIT, timeoutMessage(ctx))
}

// withLimit names the limit an error reports in extensions.limit.
func withLimit(e *gqlerror.Error, limit string) *gqlerror.Error {
	e.Extensions["limit"] = limit
	return e
}

// withDefaultCode gives an error gqlgen made itself without a code (such as
// "invalid APQ extension data") the code INVALID: they all answer a request
// the server cannot take as sent.
func withDefaultCode(e *gqlerror.Error) *gqlerror.Error {
	if _, ok := e.Extensions["code"]; ok {
		return e
	}
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = wardgraph.EINVALID
	return e
}
