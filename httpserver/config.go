package httpserver

import (
	"log/slog"
	"time"

	"github.com/wardgraph/wardgraph/graph"
)

// Config configures the HTTP handler. A zero field takes its default.
type Config struct {
	// GraphQL holds the GraphQL limits: depth, complexity, page size,
	// introspection, persisted queries (see graph.Config for defaults).
	GraphQL graph.Config

	// AllowedOrigins lists the origins (scheme://host[:port]) whose
	// browser pages may call /graphql cross-origin; "*" allows any.
	//
	// Default: none. Cross-origin calls are refused (no CORS headers are
	// sent) unless origins are listed. GraphiQL at / is served by this
	// server, so it is same-origin and needs no CORS; a default that
	// allows nothing means a page on another site cannot use a visitor's
	// browser (and whatever network it can reach, such as a server bound
	// to localhost) to query the server. List the origins of front-ends
	// you run, e.g. http://localhost:5173 during development.
	AllowedOrigins []string

	// MaxBodyBytes caps a request body (default DefaultMaxBodyBytes);
	// a larger body is refused with 413 and a GraphQL error naming the
	// limit.
	MaxBodyBytes int64

	// Timeout is the time one GraphQL request may take (default
	// DefaultTimeout); past it the request fails with a LIMIT error
	// naming the timeout.
	Timeout time.Duration

	// ReadyTimeout bounds the store ping of GET /readyz (default
	// DefaultReadyTimeout).
	ReadyTimeout time.Duration

	// StoreName names the store in /readyz answers, e.g. "memstore" or
	// "neo4j" (default "store").
	StoreName string

	// Logger receives one line per request and internal errors (default
	// slog.Default()).
	Logger *slog.Logger

	// Hardening holds the limits on connections and clients: requests in
	// flight, a per-client rate, the server's read/write/idle timeouts
	// (see Hardening).
	Hardening Hardening

	// Metrics, when set, counts requests, refusals and store errors and is
	// served at GET /metrics unless MetricsElsewhere (then the caller
	// serves Metrics.Handler() on its own address).
	Metrics          *Metrics
	MetricsElsewhere bool
}

// Defaults of Config.
const (
	DefaultMaxBodyBytes = 1 << 20 // 1 MiB
	DefaultTimeout      = 10 * time.Second
	DefaultReadyTimeout = 2 * time.Second
)

// withDefaults returns c with every zero field set to its default.
func (c Config) withDefaults() Config {
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.ReadyTimeout <= 0 {
		c.ReadyTimeout = DefaultReadyTimeout
	}
	if c.StoreName == "" {
		c.StoreName = "store"
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.GraphQL.Logger == nil {
		c.GraphQL.Logger = c.Logger
	}
	c.Hardening = c.Hardening.withDefaults()
	if c.Metrics != nil && c.GraphQL.Observer == nil {
		c.GraphQL.Observer = c.Metrics
	}
	return c
}
