package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/synth"
	"github.com/wardgraph/wardgraph/synth/templates"
)

type loadConfig struct {
	FirstYear, Years         int
	Duration                 time.Duration
	Concurrency, MaxRequests int
}

// buildStore parses the bundled pages, uses those with initiatives as
// templates, and saves the synthetic set into a fresh embedded store.
func buildStore(ctx context.Context, cfg loadConfig) (wardgraph.Store, []*wardgraph.Plan, error) {
	tpl, err := templates.FromSample()
	if err != nil {
		return nil, nil, err
	}
	plans, err := synth.Generate(tpl, cfg.FirstYear, cfg.Years)
	if err != nil {
		return nil, nil, err
	}
	s := memstore.New()
	began := time.Now()
	for _, p := range plans {
		if _, err := s.SavePlan(ctx, p); err != nil {
			return nil, nil, err
		}
	}
	saveTime = time.Since(began)
	return s, plans, nil
}

// saveTime is how long buildStore took to save the plans.
var saveTime time.Duration

// memory reports the live heap after a collection and the process's
// resident set (Linux).
func memory() string {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rss := "?"
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "VmRSS:") {
				rss = strings.TrimSpace(strings.TrimPrefix(line, "VmRSS:"))
			}
		}
	}
	return fmt.Sprintf("live heap %d MiB, RSS %s", ms.HeapAlloc>>20, rss)
}

func handler(s wardgraph.Store) http.Handler {
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	return httpserver.New(s, httpserver.Config{Logger: quiet, GraphQL: graph.Config{Logger: quiet}})
}
