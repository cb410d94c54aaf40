package memstore

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// TestNeighborhoodMatchesReference builds random graphs (with hubs, self
// links, links in both directions and links removed again) straight into
// the store's indexes and checks every neighbourhood against a plain
// reference: wardgraph.Walk over all edges, then every edge between the
// chosen nodes in SortEdges order. It also checks the adjacency indexes.
func TestNeighborhoodMatchesReference(t *testing.T) {
	truncatedAt := map[int]int{} // depth -> truncated walks
	for seed := uint64(1); seed <= 30; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		s := randomStore(rng, 20+rng.IntN(1500), 2+rng.IntN(8))
		checkAdjacency(t, s)
		for i := range 20 {
			start, depth := fmt.Sprintf("n%04d", rng.IntN(len(s.nodes))), rng.IntN(wardgraph.MaxDepth+1)
			if i < wardgraph.MaxDepth {
				start, depth = "n0000", i+1 // a hub
			}
			got, err := s.Neighborhood(context.Background(), start, depth)
			if err != nil {
				t.Fatal(err)
			}
			if got.Truncated {
				truncatedAt[depth]++
			}
			if want := referenceNeighborhood(t, s, start, depth); !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d: Neighborhood(%s, %d): %d nodes %d edges %v, want %d nodes %d edges %v",
					seed, start, depth, len(got.Nodes), len(got.Edges), got.Truncated, len(want.Nodes), len(want.Edges), want.Truncated)
			}
		}
	}
	t.Logf("walks truncated by depth: %v", truncatedAt)
	if truncatedAt[1] == 0 || truncatedAt[2] == 0 || truncatedAt[3] == 0 { // depth 1: a hub's first level
		t.Errorf("walks truncated by depth: %v; want some at every depth", truncatedAt)
	}
}

// randomStore returns a store of n nodes (a few of them hubs linked to
// most others) and about n*deg links, some added twice and some dropped.
func randomStore(rng *rand.Rand, n, deg int) *Store {
	s := New()
	id := func(i int) string { return fmt.Sprintf("n%04d", i) }
	for i := range n {
		s.addNode(wardgraph.GraphNode{ID: id(i), Label: "Initiative", Name: id(i)})
	}
	types := []string{wardgraph.RelInvolves, wardgraph.RelAbout, wardgraph.RelServes}
	var added []wardgraph.GraphEdge
	for range n * deg {
		from, to := rng.IntN(n), rng.IntN(n)
		if rng.IntN(3) == 0 {
			to = rng.IntN(3) // hubs
		}
		e := wardgraph.GraphEdge{From: id(from), To: id(to), Type: types[rng.IntN(len(types))]}
		s.addEdge(e)
		added = append(added, e)
	}
	for _, e := range added {
		if rng.IntN(3) == 0 {
			s.dropEdge(e)
		}
	}
	return s
}

func referenceNeighborhood(t *testing.T, s *Store, start string, depth int) wardgraph.Subgraph {
	var all []wardgraph.GraphEdge
	for _, r := range s.edges {
		all = append(all, r.edge)
	}
	ids, truncated, err := wardgraph.Walk(start, depth, func(frontier []string) ([]string, error) {
		in := map[string]bool{}
		for _, n := range frontier {
			in[n] = true
		}
		var out []string
		for _, e := range all {
			if in[e.From] {
				out = append(out, e.To)
			}
			if in[e.To] {
				out = append(out, e.From)
			}
		}
		return out, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	sg := wardgraph.Subgraph{Edges: []wardgraph.GraphEdge{}, Truncated: truncated}
	for _, id := range ids {
		sg.Nodes = append(sg.Nodes, s.nodes[id].node)
	}
	for _, e := range all {
		if _, ok := slices.BinarySearch(ids, e.From); ok {
			if _, ok := slices.BinarySearch(ids, e.To); ok {
				sg.Edges = append(sg.Edges, e)
			}
		}
	}
	wardgraph.SortEdges(sg.Edges)
	return sg
}

// checkAdjacency checks that every edge sits in its ends' adjacency lists
// at the positions it records, and nothing else does.
func checkAdjacency(t *testing.T, s *Store) {
	t.Helper()
	entries := 0
	for id, a := range s.adj {
		if a.degree() == 0 {
			t.Errorf("%s: empty adjacency kept", id)
		}
		entries += a.degree()
	}
	want := 0
	for k, r := range s.edges {
		want += 2
		if k.from == k.to {
			want--
		}
		if from := s.adj[k.from]; from == nil || r.outAt >= len(from.out) || from.out[r.outAt] != r {
			t.Fatalf("edge %v not at out[%d] of %s", k, r.outAt, k.from)
		}
		if to := s.adj[k.to]; k.from != k.to && (to == nil || r.inAt >= len(to.in) || to.in[r.inAt] != r) {
			t.Fatalf("edge %v not at in[%d] of %s", k, r.inAt, k.to)
		}
	}
	if entries != want {
		t.Errorf("adjacency holds %d entries, want %d", entries, want)
	}
}

// TestNeighborhoodAtTheLimit: a hub whose leaves, each linked twice, just
// fill, exactly fill or overfill a neighbourhood.
func TestNeighborhoodAtTheLimit(t *testing.T) {
	for _, leaves := range []int{wardgraph.MaxNeighborhoodNodes - 2, wardgraph.MaxNeighborhoodNodes - 1, wardgraph.MaxNeighborhoodNodes} {
		s := New()
		s.addNode(wardgraph.GraphNode{ID: "hub", Label: "Partner", Name: "hub"})
		for i := range leaves {
			id := fmt.Sprintf("leaf%04d", i)
			s.addNode(wardgraph.GraphNode{ID: id, Label: "Initiative", Name: id})
			s.addEdge(wardgraph.GraphEdge{From: id, To: "hub", Type: wardgraph.RelInvolves})
			s.addEdge(wardgraph.GraphEdge{From: id, To: "hub", Type: wardgraph.RelAbout})
		}
		got, err := s.Neighborhood(context.Background(), "hub", 1)
		if err != nil {
			t.Fatal(err)
		}
		want := referenceNeighborhood(t, s, "hub", 1)
		if !reflect.DeepEqual(got, want) || got.Truncated != (leaves+1 > wardgraph.MaxNeighborhoodNodes) {
			t.Errorf("%d leaves: %d nodes, truncated %v; want %d nodes, truncated %v", leaves, len(got.Nodes), got.Truncated, len(want.Nodes), want.Truncated)
		}
	}
}

// TestNeighborhoodAfterChange walks a random graph (so the nodes' sorted
// neighbour lists are worked out), then adds and drops links, and checks
// that the next walks see the change.
func TestNeighborhoodAfterChange(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	s := randomStore(rng, 400, 4)
	check := func(when string) {
		t.Helper()
		for _, start := range []string{"n0000", "n0001", "n0100", "n0399"} {
			for depth := 1; depth <= wardgraph.MaxDepth; depth++ {
				got, err := s.Neighborhood(context.Background(), start, depth)
				if err != nil {
					t.Fatal(err)
				}
				if want := referenceNeighborhood(t, s, start, depth); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: Neighborhood(%s, %d): %d nodes, want %d", when, start, depth, len(got.Nodes), len(want.Nodes))
				}
			}
		}
	}
	check("before")
	for i := range 400 {
		s.addEdge(wardgraph.GraphEdge{From: fmt.Sprintf("n%04d", 399-i), To: fmt.Sprintf("n%04d", 100+i%50), Type: wardgraph.RelAbout})
	}
	check("after adding links")
	for _, r := range s.edges {
		if r.edge.To == "n0001" || r.edge.From == "n0100" || rng.IntN(4) == 0 {
			s.dropEdge(r.edge)
		}
	}
	checkAdjacency(t, s)
	check("after dropping links")
}
