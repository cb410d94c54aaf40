package httpserver

import (
	"fmt"
	"net/http"

	"github.com/wardgraph/wardgraph"
)

// limitInFlight serves at most n requests at once; past that a request is
// refused at once (503, Retry-After: 1) with a LIMIT error naming the cap,
// so a flood costs the server one refusal per request instead of a queue.
func limitInFlight(n int, cfg Config, h http.Handler) http.Handler {
	m := cfg.Metrics
	slots := make(chan struct{}, n)
	msg := fmt.Sprintf("the server is answering its limit of %d requests at once; retry after 1 second", n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case slots <- struct{}{}:
		default:
			w.Header().Set("Retry-After", "1")
			refuse(cfg, w, http.StatusServiceUnavailable, "in_flight", msg)
			return
		}
		m.inFlight(1)
		defer func() {
			m.inFlight(-1)
			<-slots
		}()
		h.ServeHTTP(w, r)
	})
}

// refuse answers a request a limit refused: the LIMIT error in the GraphQL
// error shape, extensions.limit naming the limit, which is also counted
// and logged.
func refuse(cfg Config, w http.ResponseWriter, status int, limit, message string) {
	cfg.Metrics.Refused(limit)
	cfg.Logger.Warn("http: limit hit", "limit", limit, "status", status, "message", message)
	writeErrorExt(w, status, map[string]any{"code": wardgraph.ELIMIT, "limit": limit}, message)
}
