package graph_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
)

// testLoaderWait is the dataloader wait of the batching tests.
const testLoaderWait = 50 * time.Millisecond

// scaledStore returns a memstore holding n plans cloned from the fictional
// fixtures (synthetic): ward after ward, 24 plans a fiscal year from 2010,
// each year's plans cloned from one fixture in turn (2010 from Nishi 2017,
// 2011 from Nishi 2018, 2012 from Taisho 2017, 2013 from the Taisho draft,
// then again).
func scaledStore(t testing.TB, n int) wardgraph.Store {
	t.Helper()
	s := memstore.New()
	wards := wardgraph.KnownWards()
	fixtures := storetest.Fixtures()
	for i := range n {
		year := i / len(wards)
		p := storetest.Fixture(fixtures[year%len(fixtures)].ID)
		p.Ward = wards[i%len(wards)]
		p.FiscalYear = 2010 + year
		p.AssignIDs()
		if _, err := s.SavePlan(context.Background(), p); err != nil {
			t.Fatalf("SavePlan(%s): %v", p.ID, err)
		}
	}
	return s
}

// fiveLevels walks wards → plans → issues → strategies → initiatives →
// partners → the partners' initiatives across every plan.
const fiveLevels = `{ wards { name plans { id issues { number strategies { code initiatives { code budgetYen
  partners { name initiatives(first: 5) { totalCount nodes { id plan { fiscalYear } } } } } } } } } }`

// TestStoreCallsDoNotGrowWithPlans is the N+1 test: the number of store
// calls for a five-level query is a small constant (Wards, one batch of
// plans by ward, one batch of linked initiatives), the same for 10 and for
// 40 plans. A dataloader batches the keys that arrive within its wait;
// the test gives it a generous one (testLoaderWait) so that a busy machine
// cannot split a batch.
func TestStoreCallsDoNotGrowWithPlans(t *testing.T) {
	const bound = 3
	counts := map[int]int{}
	for _, n := range []int{10, 40} {
		store := newCountingStore(scaledStore(t, n))
		cfg := httpserver.Config{GraphQL: graph.Config{MaxComplexity: 1 << 30, LoaderWait: testLoaderWait}}
		h := newHandler(store, cfg)
		var d struct {
			Wards []struct {
				Plans []struct {
					Issues []struct {
						Strategies []struct {
							Initiatives []struct {
								Partners []json.RawMessage
							}
						}
					}
				}
			}
		}
		mustQuery(t, h, fiveLevels, nil, &d)
		plans, partners := 0, 0
		for _, w := range d.Wards {
			plans += len(w.Plans)
			for _, p := range w.Plans {
				for _, is := range p.Issues {
					for _, st := range is.Strategies {
						for _, in := range st.Initiatives {
							partners += len(in.Partners)
						}
					}
				}
			}
		}
		calls, by := store.total()
		t.Logf("%d plans, %d partner links: %d store calls %v", plans, partners, calls, by)
		if plans != n || partners < n {
			t.Fatalf("the query saw %d plans and %d partner links, want %d plans and at least as many links", plans, partners, n)
		}
		if calls > bound {
			t.Errorf("%d plans took %d store calls %v, want at most %d", n, calls, by, bound)
		}
		counts[n] = calls
	}
	if counts[10] != counts[40] {
		t.Errorf("store calls grow with plans: %d for 10 plans, %d for 40", counts[10], counts[40])
	}
}

// TestNodesBatch checks that several node lookups share one batch per
// loader: plan parts of two plans, and shared nodes.
func TestNodesBatch(t *testing.T) {
	store := newCountingStore(fixtureStore(t))
	h := newHandler(store, httpserver.Config{GraphQL: graph.Config{LoaderWait: testLoaderWait}})
	var d struct{ Nodes []*struct{ ID string } }
	mustQuery(t, h, `{ nodes(ids: ["osaka/nishi/2017/issue/1", "osaka/taisho/2017/goal", "osaka/nishi/2017/mission/1",
		"partner/町会", "topic/防災", "osaka/nishi"]) { id } }`, nil, &d)
	calls, by := store.total()
	if len(d.Nodes) != 6 || d.Nodes[4] == nil || d.Nodes[4].ID != "topic/防災" {
		t.Fatalf("nodes = %+v", d.Nodes)
	}
	if by["Plans"] != 1 || by["Nodes"] != 1 || calls != 2 {
		t.Errorf("store calls %v, want one Plans and one Nodes batch", by)
	}
}
