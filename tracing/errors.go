package tracing

import (
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

// recordErrors records each error of a response on span as an exception
// event with its extensions.code (graphql.error.code) and path, and marks
// the span failed with the first error's code. The messages are the ones
// clients see (the error presenter already ran), so internals stay out.
func recordErrors(span trace.Span, errs gqlerror.List) {
	if len(errs) == 0 {
		return
	}
	for _, e := range errs {
		span.RecordError(e, trace.WithAttributes(
			attribute.String("graphql.error.code", errorCode(e)),
			attribute.String("graphql.error.path", e.Path.String()),
		))
	}
	span.SetAttributes(attribute.Int("graphql.error.count", len(errs)))
	span.SetStatus(codes.Error, errorCode(errs[0]))
}

// errorCode returns e's extensions.code, or "" when it has none.
func errorCode(e *gqlerror.Error) string {
	c, _ := e.Extensions["code"].(string)
	return c
}
