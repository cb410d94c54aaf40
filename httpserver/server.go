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

// withCORS applies the CORS policy. Without allowed origins no CORS
// headers are ever sent, so browsers refuse cross-origin calls.
func withCORS(cfg Config, h http.Handler) http.Handler {
	if len(cfg.AllowedOrigins) == 0 {
		return h
	}
	return cors.New(cors.Options{
		AllowedOrigins: cfg.AllowedOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Accept", "Authorization", "Apollo-Require-Preflight"},
		MaxAge:         600,
	}).Handler(h)
}
