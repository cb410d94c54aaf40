package storetest

import (
	"context"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// Run runs the contract suite against the stores open returns. Every
// subtest opens its own store, which must be empty; Run closes it when the
// subtest ends (open must not). Subtests run one after another, so stores
// backed by one database can clear it in open.
func Run(t *testing.T, open func(t *testing.T) wardgraph.Store) {
	s := suite{open: open}
	groups := []struct {
		name string
		fn   func(*testing.T)
	}{
		{"Empty", s.testEmpty},
		{"Save", s.testSave},
		{"SaveInvalid", s.testSaveInvalid},
		{"SaveCopies", s.testSaveCopies},
		{"DataVersion", s.testDataVersion},
		{"Reload", s.testReload},
		{"Replace", s.testReplace},
		{"Plans", s.testPlans},
		{"PlanRoundTrip", s.testPlanRoundTrip},
		{"Wards", s.testWards},
		{"Nodes", s.testNodes},
		{"Catalog", s.testCatalog},
		{"LinkedInitiatives", s.testLinkedInitiatives},
		{"InitiativeFilters", s.testInitiativeFilters},
		{"InitiativeSorts", s.testInitiativeSorts},
		{"InitiativePages", s.testInitiativePages},
		{"FirstZero", s.testFirstZero},
		{"PlanOrder", s.testPlanOrder},
		{"Search", s.testSearch},
		{"Neighborhood", s.testNeighborhood},
		{"NeighborhoodLimit", s.testNeighborhoodLimit},
		{"Paths", s.testPaths},
		{"PathsLimit", s.testPathsLimit},
		{"Concurrency", s.testConcurrency},
	}
	for _, g := range groups {
		t.Run(g.name, g.fn)
	}
}

type suite struct {
	open func(t *testing.T) wardgraph.Store
}

var ctx = context.Background()

// fresh opens an empty store that is closed when t ends.
func (s suite) fresh(t *testing.T) wardgraph.Store {
	t.Helper()
	st := s.open(t)
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return st
}

// loaded opens a store holding the fixtures.
func (s suite) loaded(t *testing.T) wardgraph.Store {
	t.Helper()
	st := s.fresh(t)
	Load(t, st)
	return st
}
