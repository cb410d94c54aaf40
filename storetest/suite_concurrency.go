package storetest

import (
	"slices"
	"sync"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// testConcurrency: while a writer saves two versions of a plan in turn,
// readers see one version or the other, never a mix. Run it with -race.
func (s suite) testConcurrency(t *testing.T) {
	st := s.loaded(t)
	versions := []*wardgraph.Plan{Fixture(Nishi2017), changedNishi2017()}
	const writes = 20
	var wg sync.WaitGroup
	done := make(chan struct{})
	wg.Go(func() {
		defer close(done)
		for i := range writes {
			if _, err := st.SavePlan(ctx, versions[i%2]); err != nil {
				t.Errorf("SavePlan: %v", err)
				return
			}
		}
	})
	for range 4 {
		wg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
					readOneVersion(t, st)
				}
			}
		})
	}
	wg.Wait()
}

// readOneVersion reads Nishi 2017 twice and checks that each answer is the
// one of a whole version.
func readOneVersion(t *testing.T, st wardgraph.Store) {
	wantInits := [][]string{{n17a, n17b, n17c, n17d, n17e}, {n17a, initiative(Nishi2017, "1-1-3"), n17c, n17d, n17e}}
	wantNeighbours := []int{12, 11} // the changed version has one reform item less
	filter := wardgraph.InitiativeFilter{WardIDs: []string{"osaka/nishi"}, FiscalYear: 2017}
	page, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{First: everything, Filter: filter})
	if err != nil {
		t.Errorf("Initiatives: %v", err)
		return
	}
	if ids := refIDs(t, page.Items); !slices.Equal(ids, wantInits[0]) && !slices.Equal(ids, wantInits[1]) {
		t.Errorf("reader saw initiatives %v", ids)
	}
	sg, err := st.Neighborhood(ctx, Nishi2017, 1)
	if err != nil || !slices.Contains(wantNeighbours, len(sg.Nodes)) {
		t.Errorf("reader saw a neighbourhood of %d nodes (err %v)", len(sg.Nodes), err)
	}
}
