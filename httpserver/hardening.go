package httpserver

import (
	"net/http"
	"runtime"
	"time"
)

// Hardening holds the limits that protect the server from its clients. A
// zero field takes its default.
type Hardening struct {
	// MaxInFlight caps the GraphQL requests being served at once (default
	// DefaultMaxInFlight); past it a request is refused at once with 503,
	// Retry-After and a LIMIT error.
	MaxInFlight int
	// RatePerClient, when above zero, is the steady number of GraphQL
	// requests per second one client (remote IP) may make, with bursts of
	// RateBurst (default twice the rate, at least 1); past it a request
	// is refused with 429, Retry-After and a LIMIT error. Off by default:
	// turn it on for a public endpoint (behind a proxy every client has the
	// proxy's address, so limit there instead).
	RatePerClient float64
	RateBurst     int
	// ReadHeaderTimeout bounds reading a request's headers (default
	// DefaultReadHeaderTimeout). The body is read within the request's
	// Timeout, from the handler.
	ReadHeaderTimeout time.Duration
	// IdleTimeout bounds how long a kept-alive connection may wait for its
	// next request (default DefaultIdleTimeout).
	IdleTimeout time.Duration
	// MaxHeaderBytes caps a request's headers (default DefaultMaxHeaderBytes).
	MaxHeaderBytes int
	// LargeBodyBytes and MaxLargeBodies: at most MaxLargeBodies requests
	// whose body is over LargeBodyBytes are served at once (defaults
	// DefaultLargeBodyBytes and half the CPUs, at least 1); the others wait
	// until their deadline, then get 503 and LIMIT large_body.
	LargeBodyBytes int
	MaxLargeBodies int
}

// Defaults of Hardening.
const (
	DefaultMaxInFlight       = 64
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultIdleTimeout       = 2 * time.Minute
	DefaultMaxHeaderBytes    = 64 << 10
	DefaultLargeBodyBytes    = 16 << 10
	// slack is the time past the request's Timeout the server gives a
	// connection to finish reading (ReadTimeout) and to write the answer
	// (WriteTimeout); the handler itself answers at Timeout.
	slack = 5 * time.Second
)

func (h Hardening) withDefaults() Hardening {
	if h.MaxInFlight <= 0 {
		h.MaxInFlight = DefaultMaxInFlight
	}
	if h.RatePerClient > 0 && h.RateBurst <= 0 {
		h.RateBurst = max(1, int(2*h.RatePerClient))
	}
	if h.ReadHeaderTimeout <= 0 {
		h.ReadHeaderTimeout = DefaultReadHeaderTimeout
	}
	if h.IdleTimeout <= 0 {
		h.IdleTimeout = DefaultIdleTimeout
	}
	if h.MaxHeaderBytes <= 0 {
		h.MaxHeaderBytes = DefaultMaxHeaderBytes
	}
	if h.LargeBodyBytes <= 0 {
		h.LargeBodyBytes = DefaultLargeBodyBytes
	}
	if h.MaxLargeBodies <= 0 {
		h.MaxLargeBodies = max(1, runtime.NumCPU()/2)
	}
	return h
}

// Server returns the *http.Server to run handler (made by New with cfg)
// on: headers within ReadHeaderTimeout, the whole request within the
// request Timeout plus slack, the answer written within Timeout plus
// slack, idle connections closed after IdleTimeout.
func Server(handler http.Handler, cfg Config) *http.Server {
	cfg = cfg.withDefaults()
	h := cfg.Hardening
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: h.ReadHeaderTimeout,
		ReadTimeout:       h.ReadHeaderTimeout + cfg.Timeout + slack,
		WriteTimeout:      h.ReadHeaderTimeout + cfg.Timeout + slack,
		IdleTimeout:       h.IdleTimeout,
		MaxHeaderBytes:    h.MaxHeaderBytes,
	}
}

// harden wraps the GraphQL handler in the limits, outermost first: the
// per-client rate (when on), the in-flight cap, the deadline (which starts
// before the body is read) and the body limit; metrics see every answer.
func harden(cfg Config, gql http.Handler) http.Handler {
	h := limitInFlight(cfg.Hardening.MaxInFlight, cfg, withTimeout(cfg, limitBody(cfg, gql)))
	if cfg.Hardening.RatePerClient > 0 {
		h = limitRate(cfg.Hardening.RatePerClient, cfg.Hardening.RateBurst, cfg, h)
	}
	return cfg.Metrics.instrument("/graphql", h)
}
