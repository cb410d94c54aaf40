// Package httpserver is wardgraph's HTTP handler: GraphQL at /graphql
// (POST and GET), the explorer at / (explorer.go), GraphiQL at /graphiql,
// GET /healthz and GET /readyz, with CORS, a request body limit, a
// per-request timeout and minimal request logging.
package httpserver

import (
	"net/http"

	"github.com/rs/cors"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph"
)

// New returns the HTTP handler serving store with cfg.
//
// The explorer (/ and its views) and GraphiQL (/graphiql) are served from
// the build embedded in package web: nothing comes from another host.
// GraphiQL's schema explorer needs introspection (cfg.GraphQL.Introspection).
func New(store wardgraph.Store, cfg Config) http.Handler {
	cfg = cfg.withDefaults()
	mux := http.NewServeMux()
	mux.Handle("/graphql", withCORS(cfg, harden(cfg, graph.NewServer(store, cfg.GraphQL))))
	if cfg.Metrics != nil && !cfg.MetricsElsewhere {
		mux.Handle("GET /metrics", cfg.Metrics.Handler())
	}
	routeExplorer(mux)
	mux.HandleFunc("GET /healthz", healthz)
	mux.Handle("GET /readyz", readyz(store, cfg))
	return logRequests(cfg.Logger, mux)
}

// withCORS applies the CORS policy: the allowed origins get CORS headers on
// requests and preflights; any other origin (every one, by default) gets
// none, and its preflight an empty 204 the browser refuses, not an error
// of the GraphQL transport. Preflights allow the headers GraphQL clients
// send (CORSHeaders); answers expose ETag and Retry-After to the allowed
// origins' scripts (conditional GETs, backing off past a limit).
func withCORS(cfg Config, h http.Handler) http.Handler {
	opts := cors.Options{
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: CORSHeaders,
		ExposedHeaders: []string{"ETag", "Retry-After"},
		MaxAge:         600,
	}
	if len(cfg.AllowedOrigins) == 0 {
		opts.AllowOriginFunc = func(string) bool { return false }
	} else {
		opts.AllowedOrigins = cfg.AllowedOrigins
	}
	return cors.New(opts).Handler(h)
}

// CORSHeaders are the request headers a browser may send cross-origin:
// content negotiation, credentials, and those of Apollo Client and Apollo's
// CSRF prevention.
var CORSHeaders = []string{"Content-Type", "Accept", "Authorization", "Apollo-Require-Preflight",
	"Apollographql-Client-Name", "Apollographql-Client-Version", "X-Apollo-Operation-Name"}
