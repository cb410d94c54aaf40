package httpserver

import (
	"fmt"
	"net/http"

	"github.com/wardgraph/wardgraph"
)

// limitInFlight serves at most n requests at once; past that a request is
// refused at once (503, Retry-After: 1) with a LIMIT error naming the cap,
// so a flood costs the server one refusal per request instead of a queue.
func limitInFlight(n int, m *Metrics, h http.Handler) http.Handler {
	slots := make(chan struct{}, n)
	msg := fmt.Sprintf("the server is answering its limit of %d requests at once; retry after 1 second", n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case slots <- struct{}{}:
		default:
			m.Refused("in_flight")
			w.Header().Set("Retry-After", "1")
			writeLimit(w, http.StatusServiceUnavailable, "in_flight", msg)
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

// writeLimit writes the LIMIT error of the named limit in the GraphQL
// error shape, extensions.limit naming it.
func writeLimit(w http.ResponseWriter, status int, limit, message string) {
	writeErrorExt(w, status, map[string]any{"code": wardgraph.ELIMIT, "limit": limit}, message)
}
