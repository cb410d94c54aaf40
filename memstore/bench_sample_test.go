package memstore_test

import (
	"context"
	"io/fs"
	"path"
	"strings"
	"sync"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders/page"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/sample"
	"github.com/wardgraph/wardgraph/synth"
)

// The load script's data set (cmd/wardload), SYNTHETIC: the bundled pages
// that have initiatives, cloned by package synth to every ward for ten
// fiscal years from 2016 (240 plans).
const (
	loadFirstYear = 2016
	loadYears     = 10
)

var (
	loadOnce  sync.Once
	loadStore *memstore.Store
	loadHub   string
)

// loadScaled returns a store holding the load script's synthetic set and
// the id of its neighbourhood start: the initiative with the most links in
// the middle year's plan with the most initiatives.
func loadScaled(b *testing.B) (*memstore.Store, string) {
	loadOnce.Do(func() {
		templates, err := samplePlans()
		if err != nil {
			b.Fatal(err)
		}
		plans, err := synth.Generate(templates, loadFirstYear, loadYears)
		if err != nil {
			b.Fatal(err)
		}
		s := memstore.New()
		if _, err := s.SavePlans(context.Background(), plans); err != nil {
			b.Fatal(err)
		}
		loadStore, loadHub = s, synth.Hub(synth.Richest(plans, loadFirstYear+loadYears/2))
	})
	if loadStore == nil {
		b.Fatal("no synthetic data set")
	}
	return loadStore, loadHub
}

// samplePlans parses the bundled pages that have initiatives.
func samplePlans() ([]*wardgraph.Plan, error) {
	entries, err := fs.ReadDir(sample.FS, sample.Dir)
	if err != nil {
		return nil, err
	}
	var out []*wardgraph.Plan
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		data, err := fs.ReadFile(sample.FS, path.Join(sample.Dir, e.Name()))
		if err != nil {
			return nil, err
		}
		p, err := page.Parse(e.Name(), data)
		if err != nil {
			return nil, err
		}
		if len(p.Initiatives()) > 0 {
			out = append(out, p)
		}
	}
	return out, nil
}

// BenchmarkLoadSet runs the load script's search and depth-2 neighbourhood
// against the store directly.
func BenchmarkLoadSet(b *testing.B) {
	s, hub := loadScaled(b)
	ctx := context.Background()
	b.Run("search-子育て", func(b *testing.B) {
		measure(b, func(int) error {
			_, err := s.Search(ctx, wardgraph.SearchQuery{Text: "子育て", First: 20})
			return err
		})
	})
	walks := []struct {
		name, id string
		depth    int
	}{
		{"hub-depth-2", hub, 2},
		{"hub-depth-3", hub, 3}, // truncated
		{"partner-depth-2", "partner/地域社会福祉協議会", 2}, // truncated at the first level
		{"city-depth-3", "osaka", 3},                // truncated
	}
	for _, w := range walks {
		b.Run(w.name, func(b *testing.B) {
			measure(b, func(int) error {
				_, err := s.Neighborhood(ctx, w.id, w.depth)
				return err
			})
		})
	}
}
