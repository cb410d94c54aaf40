package tracing_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	gqlgraph "github.com/99designs/gqlgen/graphql"
	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
	"github.com/wardgraph/wardgraph/tracing"
)

const planQuery = `query NishiPlan($ward: String!) { plan(ward: $ward, fiscalYear: 2017) { id title ward { name city { name } plans { id } } goal { text } } }`

// traced returns the real HTTP handler over the fixtures, traced into a
// span recorder when tr is true.
func traced(t *testing.T, on bool) (http.Handler, *tracetest.SpanRecorder) {
	t.Helper()
	s := memstore.New()
	storetest.Load(t, s)
	rec := tracetest.NewSpanRecorder()
	cfg := httpserver.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if !on {
		return httpserver.New(s, cfg), rec
	}
	tr := tracing.New(sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec)))
	cfg.GraphQL = graph.Config{Extensions: []gqlgraph.HandlerExtension{tr}}
	return tr.Handler(httpserver.New(s, cfg)), rec
}

// post sends a GraphQL query with variables and returns the body.
func post(t *testing.T, h http.Handler, query string, vars map[string]any) string {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w.Body.String()
}

// byName indexes ended spans by name.
func byName(rec *tracetest.SpanRecorder) map[string]sdktrace.ReadOnlySpan {
	out := map[string]sdktrace.ReadOnlySpan{}
	for _, s := range rec.Ended() {
		out[s.Name()] = s
	}
	return out
}

func attr(s sdktrace.ReadOnlySpan, key string) attribute.Value {
	for _, kv := range s.Attributes() {
		if string(kv.Key) == key {
			return kv.Value
		}
	}
	return attribute.Value{}
}

func TestOperationAndResolverSpans(t *testing.T) {
	h, rec := traced(t, true)
	if got := post(t, h, planQuery, map[string]any{"ward": "Nishi"}); strings.Contains(got, `"errors"`) {
		t.Fatalf("query failed: %s", got)
	}
	spans := byName(rec)
	op, ok := spans["query NishiPlan"]
	if !ok {
		t.Fatalf("no operation span; spans: %v", names(rec))
	}
	if got := attr(op, "graphql.operation.name").AsString(); got != "NishiPlan" {
		t.Errorf("graphql.operation.name = %q, want NishiPlan", got)
	}
	if got := attr(op, "graphql.operation.complexity").AsInt64(); got <= 0 {
		t.Errorf("graphql.operation.complexity = %d, want > 0", got)
	}
	httpSpan := spans["POST /graphql"]
	if httpSpan == nil || op.Parent().SpanID() != httpSpan.SpanContext().SpanID() {
		t.Errorf("operation span's parent is not the HTTP span")
	}
	for _, field := range []string{"Query.plan", "Ward.plans"} {
		s, ok := spans[field]
		if !ok {
			t.Errorf("no span for resolver field %s; spans: %v", field, names(rec))
			continue
		}
		if s.SpanContext().TraceID() != op.SpanContext().TraceID() {
			t.Errorf("%s is not in the operation's trace", field)
		}
	}
	for _, trivial := range []string{"Plan.id", "Plan.title", "Ward.name", "Plan.goal", "Ward.city"} {
		if _, ok := spans[trivial]; ok {
			t.Errorf("field %s, which its parent holds, has a span", trivial)
		}
	}
	for _, kv := range op.Attributes() {
		if strings.Contains(kv.Value.Emit(), "Nishi\"") || kv.Value.Emit() == "Nishi" {
			t.Errorf("attribute %s carries a variable's value: %s", kv.Key, kv.Value.Emit())
		}
	}
}

func TestErrorRecordedWithCode(t *testing.T) {
	tests := []struct {
		name, query, code string
	}{
		{"store error", `query Lost { plan(ward: "Atlantis", fiscalYear: 2017) { id } }`, "NOT_FOUND"},
		{"refused before execution", `query Bad { plan(ward: 1) { id } }`, "GRAPHQL_VALIDATION_FAILED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, rec := traced(t, true)
			post(t, h, tt.query, nil)
			var op sdktrace.ReadOnlySpan
			for _, s := range rec.Ended() {
				if attr(s, "graphql.operation.type").AsString() == "query" || strings.HasPrefix(s.Name(), "GraphQL") {
					op = s
				}
			}
			if op == nil {
				t.Fatalf("no operation span; spans: %v", names(rec))
			}
			if op.Status().Code != codes.Error || op.Status().Description != tt.code {
				t.Errorf("status = %v %q, want Error %q", op.Status().Code, op.Status().Description, tt.code)
			}
			var codesSeen []string
			for _, ev := range op.Events() {
				for _, kv := range ev.Attributes {
					if kv.Key == "graphql.error.code" {
						codesSeen = append(codesSeen, kv.Value.AsString())
					}
				}
			}
			if len(codesSeen) == 0 || codesSeen[0] != tt.code {
				t.Errorf("error events' codes = %v, want [%s]", codesSeen, tt.code)
			}
		})
	}
}

func TestOffMakesNoSpans(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec)))
	defer otel.SetTracerProvider(prev)
	h, _ := traced(t, false)
	post(t, h, planQuery, map[string]any{"ward": "Nishi"})
	if n := len(rec.Ended()); n != 0 {
		t.Errorf("tracing off recorded %d spans: %v", n, names(rec))
	}
	for _, kind := range []string{"", "off"} {
		tr, stop, err := tracing.Start(kind, io.Discard)
		if tr != nil || err != nil {
			t.Errorf("Start(%q) = %v, %v; want no extension", kind, tr, err)
		}
		if err := stop(context.Background()); err != nil {
			t.Errorf("stop: %v", err)
		}
	}
}

func TestStartStdout(t *testing.T) {
	var out bytes.Buffer
	tr, stop, err := tracing.Start("stdout", &out)
	if err != nil || tr == nil {
		t.Fatalf("Start(stdout) = %v, %v", tr, err)
	}
	s := memstore.New()
	storetest.Load(t, s)
	cfg := httpserver.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), GraphQL: graph.Config{Extensions: []gqlgraph.HandlerExtension{tr}}}
	post(t, tr.Handler(httpserver.New(s, cfg)), planQuery, map[string]any{"ward": "Nishi"})
	if err := stop(context.Background()); err != nil {
		t.Fatalf("stop: %v", err)
	}
	if !strings.Contains(out.String(), `"Name":"query NishiPlan"`) {
		t.Errorf("stdout export lacks the operation span:\n%.500s", out.String())
	}
}

func TestStartUnknown(t *testing.T) {
	_, _, err := tracing.Start("jaeger", io.Discard)
	if err == nil || !strings.Contains(err.Error(), `--trace "jaeger"`) {
		t.Errorf("Start(jaeger) error = %v, want one naming the flag and value", err)
	}
}

func names(rec *tracetest.SpanRecorder) []string {
	var out []string
	for _, s := range rec.Ended() {
		out = append(out, s.Name())
	}
	return out
}
