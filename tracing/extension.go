// Package tracing is wardgraph's OpenTelemetry tracing: a gqlgen handler
// extension (one span per GraphQL operation, a child span per resolver
// field), a span per HTTP request, and the exporters `wardgraph serve
// --trace` offers. Nothing here runs unless serve is given --trace.
package tracing

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// Scope is the instrumentation scope name of every span made here.
const Scope = "github.com/wardgraph/wardgraph/tracing"

// Tracing is a gqlgen handler extension that traces operations and
// resolver fields with a TracerProvider. It never records the query
// document or the variables' values.
type Tracing struct {
	tracer trace.Tracer
}

// New returns the extension tracing with tp.
func New(tp trace.TracerProvider) *Tracing {
	return &Tracing{tracer: tp.Tracer(Scope)}
}

var (
	_ graphql.HandlerExtension    = (*Tracing)(nil)
	_ graphql.ResponseInterceptor = (*Tracing)(nil)
	_ graphql.FieldInterceptor    = (*Tracing)(nil)
)

// ExtensionName names the extension for gqlgen.
func (*Tracing) ExtensionName() string { return "OpenTelemetryTracing" }

// Validate accepts every schema.
func (*Tracing) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse wraps each response (errors before execution
// included, as gqlgen runs response interceptors for them too) in the
// operation span; resolver field spans are its children.
func (t *Tracing) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	name, attrs := operation(ctx)
	ctx, span := t.tracer.Start(ctx, name, trace.WithSpanKind(trace.SpanKindServer), trace.WithAttributes(attrs...))
	defer span.End()
	resp := next(ctx)
	if resp != nil {
		recordErrors(span, resp.Errors)
	}
	if stats := complexity(ctx); stats != nil {
		span.SetAttributes(attribute.Int("graphql.operation.complexity", stats.Complexity))
	}
	return resp
}

// InterceptField gives a resolver field (one that runs our code, through
// a dataloader or the store) a span; fields the parent already holds run
// untraced.
func (t *Tracing) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !fc.IsResolver {
		return next(ctx)
	}
	ctx, span := t.tracer.Start(ctx, fc.Object+"."+fc.Field.Name, trace.WithAttributes(
		attribute.String("graphql.field.name", fc.Field.Name),
		attribute.String("graphql.field.path", fc.Path().String()),
		attribute.String("graphql.field.type", fc.Field.Definition.Type.String()),
	))
	defer span.End()
	res, err := next(ctx)
	if err != nil {
		span.SetStatus(codes.Error, "resolver error")
	}
	return res, err
}

// operation names the operation span ("query NestedPlan", "GraphQL
// Operation" before the document parsed) and gives its attributes.
func operation(ctx context.Context) (string, []attribute.KeyValue) {
	if !graphql.HasOperationContext(ctx) {
		return "GraphQL Operation", nil
	}
	op := graphql.GetOperationContext(ctx)
	if op.Operation == nil {
		return "GraphQL Operation", nil
	}
	kind := string(op.Operation.Operation)
	attrs := []attribute.KeyValue{attribute.String("graphql.operation.type", kind)}
	name := op.Operation.Name
	if name == "" {
		return kind, attrs
	}
	return kind + " " + name, append(attrs, attribute.String("graphql.operation.name", name))
}

// complexity returns the complexity gqlgen's limit extension computed, or
// nil when it did not run (the document was refused before it).
func complexity(ctx context.Context) *extension.ComplexityStats {
	if !graphql.HasOperationContext(ctx) {
		return nil
	}
	return extension.GetComplexityStats(ctx)
}
