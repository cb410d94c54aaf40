package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
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
	for _, p := range plans {
		if _, err := s.SavePlan(ctx, p); err != nil {
			return nil, nil, err
		}
	}
	return s, plans, nil
}

func handler(s wardgraph.Store) http.Handler {
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	return httpserver.New(s, httpserver.Config{Logger: quiet, GraphQL: graph.Config{Logger: quiet}})
}
