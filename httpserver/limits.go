package httpserver

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph"
)

// limitBody reads at most cfg.MaxBodyBytes of the body by the request's
// deadline (the connection's read deadline is set to it, so a body sent a
// byte at a time is cut off). A larger body is refused with 413, a late
// one with 408, both with a GraphQL error naming the limit; a body that
// cannot be read is 400. No answer quotes the body. Large bodies then pass
// the large-body gate (see gateLarge).
func limitBody(cfg Config, h http.Handler) http.Handler {
	gated := gateLarge(cfg.Hardening.MaxLargeBodies, cfg.Hardening.LargeBodyBytes, cfg, h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Method == http.MethodGet || r.Method == http.MethodOptions {
			h.ServeHTTP(w, r)
			return
		}
		if deadline, ok := r.Context().Deadline(); ok {
			_ = http.NewResponseController(w).SetReadDeadline(deadline) // unsupported only in tests' recorders
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, cfg.MaxBodyBytes))
		var tooBig *http.MaxBytesError
		switch {
		case errors.As(err, &tooBig):
			refuse(cfg, w, http.StatusRequestEntityTooLarge, "body_size",
				fmt.Sprintf("request body exceeds the limit of %d bytes", cfg.MaxBodyBytes))
			return
		case err != nil && (errors.Is(err, os.ErrDeadlineExceeded) || r.Context().Err() != nil):
			refuse(cfg, w, http.StatusRequestTimeout, "timeout",
				fmt.Sprintf("the request body was not received within %s (the server's per-request time limit)", cfg.Timeout))
			return
		case err != nil:
			writeError(w, http.StatusBadRequest, wardgraph.EINVALID, "cannot read the request body")
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		gated(w, r, len(body))
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
	writeErrorExt(w, status, map[string]any{"code": code}, message)
}

// writeErrorExt writes a GraphQL-style error response with extensions.
func writeErrorExt(w http.ResponseWriter, status int, ext map[string]any, message string) {
	type gqlError struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []gqlError{{message, ext}}})
}
