package httpserver

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/wardgraph/wardgraph"
)

// healthz answers 200 "ok" while the process is up.
func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, "ok\n")
}

// readyz pings the store with a short timeout: 200 when it answers, 503
// otherwise, with a JSON body naming the store.
func readyz(store wardgraph.Store, cfg Config) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), cfg.ReadyTimeout)
		defer cancel()
		body := map[string]any{"store": cfg.StoreName, "ready": true}
		status := http.StatusOK
		if err := store.Ping(ctx); err != nil {
			cfg.Logger.Warn("readyz: store not ready", "store", cfg.StoreName, "err", err)
			status = http.StatusServiceUnavailable
			body["ready"] = false
			body["error"] = wardgraph.ErrorMessage(err)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(body)
	})
}
