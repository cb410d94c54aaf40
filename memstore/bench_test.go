package memstore_test

import (
	"context"
	"sync"
	"testing"
	"time"

	wardgraph "github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
	"github.com/wardgraph/wardgraph/synth"
)

// The benchmarks run on a SYNTHETIC data set: the fictional fixtures cloned
// by package synth to every ward of the registry for ten fiscal years (240
// plans), marked synthetic in their titles.
const (
	benchFirstYear = 2013
	benchYears     = 10
)

var (
	benchOnce  sync.Once
	benchPlans []*wardgraph.Plan
	benchStore *memstore.Store
)

// measure runs op b.N times and reports, beside the wall time, the CPU
// time per op: on a machine shared with other work the wall time counts
// waiting for a CPU, the CPU time does not.
func measure(b *testing.B, op func(i int) error) {
	b.ReportAllocs()
	start := cpuTime()
	for i := 0; b.Loop(); i++ {
		if err := op(i); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-start)/time.Nanosecond)/float64(b.N), "cpu-ns/op")
}

// scaled returns the synthetic plans and a store holding them, built once.
func scaled(b *testing.B) ([]*wardgraph.Plan, *memstore.Store) {
	benchOnce.Do(func() {
		plans, err := synth.Generate(storetest.Fixtures(), benchFirstYear, benchYears)
		if err != nil {
			b.Fatal(err)
		}
		s := memstore.New()
		if _, err := s.SavePlans(context.Background(), plans); err != nil {
			b.Fatal(err)
		}
		benchPlans, benchStore = plans, s
	})
	if benchStore == nil {
		b.Fatal("no synthetic data set")
	}
	return benchPlans, benchStore
}

// BenchmarkSavePlan replaces one plan of the 240 (its graph projection,
// indexes and the swap).
func BenchmarkSavePlan(b *testing.B) {
	plans, s := scaled(b)
	ctx := context.Background()
	measure(b, func(i int) error {
		_, err := s.SavePlan(ctx, plans[i%len(plans)])
		return err
	})
}

// BenchmarkLoadScaled saves all 240 plans into an empty store.
func BenchmarkLoadScaled(b *testing.B) {
	plans, _ := scaled(b)
	ctx := context.Background()
	measure(b, func(int) error {
		_, err := memstore.New().SavePlans(ctx, plans)
		return err
	})
}

func BenchmarkInitiatives(b *testing.B) {
	_, s := scaled(b)
	tests := []struct {
		name string
		q    wardgraph.InitiativeQuery
	}{
		{"first20", wardgraph.InitiativeQuery{First: 20}},
		{"ward-year", wardgraph.InitiativeQuery{First: 20, Filter: wardgraph.InitiativeFilter{WardIDs: []string{"osaka/nishi"}, FiscalYear: 2017}}},
		{"partner-by-budget", wardgraph.InitiativeQuery{Filter: wardgraph.InitiativeFilter{Partner: "地域"}, Sort: wardgraph.SortByBudget, Desc: true, First: 20}},
		{"text", wardgraph.InitiativeQuery{Filter: wardgraph.InitiativeFilter{Text: "見守り"}, First: 20}},
	}
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			measure(b, func(int) error {
				_, err := s.Initiatives(context.Background(), tt.q)
				return err
			})
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	_, s := scaled(b)
	for _, q := range []string{"見守り", "地域 防災", "ict", "の"} {
		b.Run(q, func(b *testing.B) {
			measure(b, func(int) error {
				_, err := s.Search(context.Background(), wardgraph.SearchQuery{First: 20, Text: q})
				return err
			})
		})
	}
}

func BenchmarkNeighborhood(b *testing.B) {
	_, s := scaled(b)
	tests := []struct {
		name, id string
		depth    int
	}{
		{"plan-1", "osaka/nishi/2017", 1},
		{"plan-2", "osaka/nishi/2017", 2},
		{"initiative-2", "osaka/nishi/2017/initiative/2-1-1", 2},
		{"partner-1", "partner/民生委員・児童委員", 1},
	}
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			measure(b, func(int) error {
				_, err := s.Neighborhood(context.Background(), tt.id, tt.depth)
				return err
			})
		})
	}
}

func BenchmarkPaths(b *testing.B) {
	_, s := scaled(b)
	measure(b, func(int) error {
		_, err := s.Paths(context.Background(), "osaka/nishi/2017/initiative/1-1-1", "osaka/taisho/2017/initiative/1-1-1", 4)
		return err
	})
}
