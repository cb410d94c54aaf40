package graph

import (
	"context"
	"log/slog"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/wardgraph/wardgraph"
)

// Observer hears what the GraphQL layer does, for metrics. Its methods
// must be safe for concurrent use and quick.
type Observer interface {
	// Operation is told about every answered operation: its name ("" when
	// anonymous), its outcome (one of the Outcome constants) and how long
	// it took from the request's start.
	Operation(name, outcome string, took time.Duration)
	// Refused is told about every limit that refused an operation, by the
	// limit's name (extensions.limit: "timeout", "complexity", "aliases", ...).
	Refused(limit string)
	// StoreError is told about every store error shown to a client, by code.
	StoreError(code string)
}

// Outcomes of an operation, as Observer.Operation reports them.
const (
	OutcomeOK      = "ok"      // no errors
	OutcomeRefused = "refused" // a limit refused it (LIMIT, COMPLEXITY_LIMIT_EXCEEDED)
	OutcomeInvalid = "invalid" // a parse, validation or input error
	OutcomeError   = "error"   // any other error (NOT_FOUND, UNAVAILABLE, INTERNAL)
)

type nopObserver struct{}

func (nopObserver) Operation(string, string, time.Duration) {}
func (nopObserver) Refused(string)                          {}
func (nopObserver) StoreError(string)                       {}

// observe is the outermost response middleware: it reports every
// response (errors before execution included).
func observe(obs Observer, log *slog.Logger) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp != nil {
			report(ctx, obs, log, resp)
		}
		return resp
	}
}

// answerTimeout is an operation middleware for the one path that skips
// the response middlewares: gqlgen answers nothing (nil, which transports
// write as "null") when the deadline passed before execution began. It
// answers the LIMIT error naming the timeout instead, and reports it.
func answerTimeout(obs Observer, log *slog.Logger, present graphql.ErrorPresenterFunc) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		h := next(ctx)
		return func(ctx context.Context) *graphql.Response {
			resp := h(ctx)
			if resp != nil || ctx.Err() == nil {
				return resp
			}
			resp = &graphql.Response{Errors: gqlerror.List{present(ctx, timeoutError(ctx))}}
			report(ctx, obs, log, resp)
			return resp
		}
	}
}

// report tells obs the outcome of resp and logs each limit it hit, naming
// the limit and the operation.
func report(ctx context.Context, obs Observer, log *slog.Logger, resp *graphql.Response) {
	name := ""
	if graphql.HasOperationContext(ctx) {
		op := graphql.GetOperationContext(ctx)
		name = op.OperationName
		if name == "" && op.Operation != nil {
			name = op.Operation.Name
		}
	}
	outcome := OutcomeOK
	for _, e := range resp.Errors {
		o, limit := classify(e)
		outcome = worse(outcome, o)
		if limit != "" {
			obs.Refused(limit)
			log.Warn("graphql: limit hit", "limit", limit, "operation", name, "message", e.Message)
		}
	}
	obs.Operation(name, outcome, time.Since(graphql.GetStartTime(ctx)))
}

// classify returns an error's outcome and, for a refusal, the limit's name.
func classify(e *gqlerror.Error) (outcome, limit string) {
	code, _ := e.Extensions["code"].(string)
	switch code {
	case wardgraph.ELIMIT:
		if l, ok := e.Extensions["limit"].(string); ok {
			return OutcomeRefused, l
		}
		return OutcomeRefused, "field"
	case "COMPLEXITY_LIMIT_EXCEEDED":
		return OutcomeRefused, "complexity"
	case wardgraph.EINVALID, "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "PERSISTED_QUERY_NOT_FOUND":
		return OutcomeInvalid, ""
	}
	return OutcomeError, ""
}

// worse returns the outcome to report of two: refused over error over
// invalid over ok.
func worse(a, b string) string {
	if outcomeRank(b) > outcomeRank(a) {
		return b
	}
	return a
}

func outcomeRank(o string) int {
	switch o {
	case OutcomeInvalid:
		return 1
	case OutcomeError:
		return 2
	case OutcomeRefused:
		return 3
	}
	return 0
}
