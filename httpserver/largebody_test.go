package httpserver

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestGateLarge checks that large bodies are served one at a time past the
// gate's size (a second waits, then is refused with LIMIT large_body when
// its deadline ends) while small bodies pass beside them.
func TestGateLarge(t *testing.T) {
	release, entered := make(chan struct{}), make(chan struct{}, 4)
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		<-release
	})
	cfg := Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}.withDefaults()
	gated := gateLarge(1, 10, cfg, slow)
	serve := func(ctx context.Context, n int) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		gated(rec, httptest.NewRequest(http.MethodPost, "/graphql", nil).WithContext(ctx), n)
		return rec
	}
	done := make(chan struct{})
	go func() { serve(context.Background(), 11); close(done) }() // holds the one slot
	<-entered
	go serve(context.Background(), 10) // small: not gated
	select {
	case <-entered:
	case <-time.After(5 * time.Second):
		t.Fatal("a small body waited behind a large one")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	rec := serve(ctx, 11)
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), `"large_body"`) || rec.Header().Get("Retry-After") == "" {
		t.Errorf("second large body: %d %s, Retry-After %q", rec.Code, rec.Body, rec.Header().Get("Retry-After"))
	}
	close(release)
	<-done
}
