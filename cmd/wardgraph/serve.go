package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/tracing"
)

// serve runs the GraphQL server until ctx is cancelled (SIGINT, SIGTERM).
func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on: this machine only by default; :8080 listens on every interface (reachable from the network)")
	origins := fs.String("cors-origins", "", "comma-separated origins allowed to call /graphql from a browser, \"*\" for any (default none: cross-origin calls refused)")
	introspection := fs.Bool("introspection", true, "answer introspection queries (GraphiQL's docs need them; turn off on a public endpoint)")
	timeout := fs.Duration("timeout", 0, "per-request timeout (default 10s)")
	cacheMaxAge := fs.Duration("cache-max-age", graph.DefaultCacheMaxAge, "Cache-Control max-age of GET /graphql answers, which carry an ETag and answer 304 to If-None-Match (0: no cache headers)")
	traceTo := fs.String("trace", "", "export OpenTelemetry traces (a span per request, operation and resolver field): \"stdout\" writes them as JSON to standard output (default none: no tracing)")
	metricsAddr := fs.String("metrics-addr", "", "where to serve Prometheus metrics: empty for /metrics on --addr, host:port for a listener of their own, \"off\" for none")
	var hard httpserver.Hardening
	fs.IntVar(&hard.MaxInFlight, "max-in-flight", 0, "GraphQL requests served at once; past it 503 (default 64)")
	fs.Float64Var(&hard.RatePerClient, "rate-limit", 0, "GraphQL requests a second per client IP; past it 429 (default 0: off)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := sf.check(); err != nil {
		return err
	}
	tracer, stopTracing, err := tracing.Start(*traceTo, stdout)
	if err != nil {
		return err
	}
	defer stopTracing(context.Background())
	tuneGC()
	store, err := sf.open(ctx, stderr)
	if err != nil {
		return err
	}
	if sf.data != "" {
		r := newReloadable(store)
		reloadOnHangup(ctx, r, sf, stderr)
		store = r
	}
	defer store.Close()
	cfg := httpserver.Config{AllowedOrigins: splitList(*origins), Timeout: *timeout, StoreName: sf.name(),
		GraphQL: graph.Config{Introspection: *introspection, CacheMaxAge: cacheAge(*cacheMaxAge)}, Logger: slog.New(slog.NewTextHandler(stderr, nil)), Hardening: hard}
	if *metricsAddr != "off" {
		cfg.Metrics, cfg.MetricsElsewhere = httpserver.NewMetrics(store), *metricsAddr != ""
	}
	if cfg.MetricsElsewhere {
		go serveMetrics(ctx, *metricsAddr, cfg, stderr)
	}
	if tracer != nil {
		cfg.GraphQL.Extensions = append(cfg.GraphQL.Extensions, tracer)
	}
	h := httpserver.New(store, cfg)
	if tracer != nil {
		h = tracer.Handler(h)
	}
	return listenAndServe(ctx, *addr, h, cfg, store, stdout)
}

// serveMetrics serves /metrics alone on addr until ctx is cancelled.
func serveMetrics(ctx context.Context, addr string, cfg httpserver.Config, stderr io.Writer) {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", cfg.Metrics.Handler())
	if err := listenAndServe(ctx, addr, mux, cfg, nil, io.Discard); err != nil {
		fmt.Fprintln(stderr, "wardgraph: metrics:", wardgraph.ErrorMessage(err))
	}
}

func listenAndServe(ctx context.Context, addr string, h http.Handler, cfg httpserver.Config, store wardgraph.Store, stdout io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return wardgraph.Wrap(err, wardgraph.EINVALID, fmt.Sprintf("cannot listen on %s: %s", addr, listenReason(err)))
	}
	if store != nil {
		plans, _ := store.Plans(ctx, wardgraph.PlanFilter{})
		fmt.Fprintf(stdout, "wardgraph: %s; explorer at http://%s/ , GraphiQL at /graphiql, GraphQL at /graphql\n", loaders.Count(len(plans), "plan"), displayAddr(ln.Addr()))
	}
	srv := httpserver.Server(h, cfg)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// cacheAge maps the --cache-max-age flag to graph.Config.CacheMaxAge, where
// 0 means the default and a negative value turns caching off.
func cacheAge(flag time.Duration) time.Duration {
	if flag <= 0 {
		return -1
	}
	return flag
}

func displayAddr(a net.Addr) string {
	s := a.String()
	if strings.HasPrefix(s, "[::]:") || strings.HasPrefix(s, "0.0.0.0:") {
		return "localhost" + s[strings.LastIndex(s, ":"):]
	}
	return s
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// listenReason says in words why an address cannot be listened on.
func listenReason(err error) string {
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return "the address is in use (another server listens there; choose another port with --addr)"
	case errors.Is(err, syscall.EACCES), errors.Is(err, os.ErrPermission):
		return "permission denied (ports below 1024 need privileges; choose a port such as 8080)"
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return "no interface of this machine has that address"
	case errors.As(err, &dns):
		return "unknown host " + strconv.Quote(dns.Name)
	}
	var addrErr *net.AddrError
	if errors.As(err, &addrErr) {
		return addrErr.Err + " (give HOST:PORT, e.g. 127.0.0.1:8080 or :8080)"
	}
	return "the address is not one to listen on (give HOST:PORT, e.g. 127.0.0.1:8080 or :8080)"
}
