package httpserver

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph"
)

// limitBody reads at most cfg.MaxBodyBytes of the body; a larger body is
// refused with 413 and a GraphQL error naming the limit.
func limitBody(cfg Config, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Method == http.MethodGet || r.Method == http.MethodOptions {
			h.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, cfg.MaxBodyBytes))
		var tooBig *http.MaxBytesError
		switch {
		case errors.As(err, &tooBig):
			writeError(w, http.StatusRequestEntityTooLarge, wardgraph.ELIMIT,
				fmt.Sprintf("request body exceeds the limit of %d bytes", cfg.MaxBodyBytes))
			return
		case err != nil:
			writeError(w, http.StatusBadRequest, wardgraph.EINVALID, "cannot read the request body")
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		h.ServeHTTP(w, r)
	})
}

// withTimeout gives each request a deadline of cfg.Timeout.
func withTimeout(cfg Config, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := graph.WithTimeout(r.Context(), cfg.Timeout)
		defer cancel()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// writeError writes a GraphQL-style error response.
func writeError(w http.ResponseWriter, status int, code, message string) {
	type gqlError struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []gqlError{{message, map[string]any{"code": code}}}})
}
