package memstore

import (
	"context"
	"slices"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/storetest"
)

// TestNeighborhoodEdgeOrderIsSortEdges: the store's own edge sort gives
// exactly SortEdges' order.
func TestNeighborhoodEdgeOrderIsSortEdges(t *testing.T) {
	s := New()
	storetest.Load(t, s)
	for _, id := range []string{"osaka", "partner/地域活動協議会", storetest.Nishi2017} {
		sg, err := s.Neighborhood(context.Background(), id, wardgraph.MaxDepth)
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(sg.Edges)
		slices.Reverse(want)
		wardgraph.SortEdges(want)
		if len(sg.Edges) < 10 || !slices.Equal(sg.Edges, want) {
			t.Errorf("%s: %d edges not in SortEdges order", id, len(sg.Edges))
		}
	}
}
