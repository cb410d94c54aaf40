package tracing

import (
	"context"
	"io"

	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/wardgraph/wardgraph"
)

// Exporters names the values of `serve --trace`.
const Exporters = "stdout"

// Start returns the extension for the exporter named kind ("" or "off":
// nil, no tracing at all) and the function that flushes and stops it.
// "stdout" writes every span as JSON to w, in batches.
func Start(kind string, w io.Writer) (*Tracing, func(context.Context) error, error) {
	switch kind {
	case "", "off":
		return nil, func(context.Context) error { return nil }, nil
	case "stdout":
		exp, err := stdouttrace.New(stdouttrace.WithWriter(w))
		if err != nil {
			return nil, nil, wardgraph.Wrap(err, wardgraph.EINTERNAL, "cannot start the stdout trace exporter")
		}
		tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
		return New(tp), tp.Shutdown, nil
	}
	return nil, nil, wardgraph.Errorf(wardgraph.EINVALID, "--trace %q: unknown exporter (give %s, or leave it out for no tracing)", kind, Exporters)
}
