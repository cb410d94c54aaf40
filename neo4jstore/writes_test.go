package neo4jstore

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/neo4jstore/neo4jtest"
	"github.com/wardgraph/wardgraph/storetest"
	"github.com/wardgraph/wardgraph/synth"
)

// openWiped opens the store on the Neo4j of NEO4J_URI with an empty
// database, holding the server's test lock.
func openWiped(t testing.TB, what string) (*Store, string) {
	uri := neo4jtest.Use(t, what)
	neo4jtest.Wipe(t, uri)
	s, err := Open(context.Background(), ConfigFromEnv())
	if err != nil {
		t.Fatalf("Open(%s): %v", redactedURI(uri), err)
	}
	t.Cleanup(func() { s.Close() })
	return s, uri
}

func saveAll(t testing.TB, s *Store, plans []*wardgraph.Plan) {
	for _, p := range plans {
		if _, err := s.SavePlan(context.Background(), p); err != nil {
			t.Fatalf("SavePlan(%s): %v", p.ID, err)
		}
	}
}

// withoutLastInitiative returns a copy of p whose last strategy lost its
// last initiative.
func withoutLastInitiative(t *testing.T, p *wardgraph.Plan) *wardgraph.Plan {
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var c wardgraph.Plan
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	for i := len(c.Issues) - 1; i >= 0; i-- {
		for j := len(c.Issues[i].Strategies) - 1; j >= 0; j-- {
			if st := &c.Issues[i].Strategies[j]; len(st.Initiatives) > 0 {
				st.Initiatives = st.Initiatives[:len(st.Initiatives)-1]
				return &c
			}
		}
	}
	t.Fatalf("plan %s has no initiative", p.ID)
	return nil
}

// TestSavesOnNeo4j: saving the same plans again changes no count of nodes
// or relationships; replacing a plan by a smaller version removes its
// nodes that went (no orphans) and keeps the shared ones, so that saving
// the first version again gives the first counts back.
func TestSavesOnNeo4j(t *testing.T) {
	s, uri := openWiped(t, "the idempotence test of saves")
	plans := append(samplePlans(t), storetest.Fixtures()...)
	saveAll(t, s, plans)
	n1, r1 := neo4jtest.Counts(t, uri)
	saveAll(t, s, plans)
	if n, r := neo4jtest.Counts(t, uri); n != n1 || r != r1 {
		t.Errorf("saving again: %d nodes, %d relationships; first %d, %d", n, r, n1, r1)
	}
	full := storetest.Fixture(storetest.Nishi2017)
	saveAll(t, s, []*wardgraph.Plan{withoutLastInitiative(t, full)})
	n2, r2 := neo4jtest.Counts(t, uri)
	if n2 >= n1 || r2 >= r1 {
		t.Errorf("replaced by a smaller plan: %d nodes, %d relationships; before %d, %d", n2, r2, n1, r1)
	}
	saveAll(t, s, []*wardgraph.Plan{full})
	if n, r := neo4jtest.Counts(t, uri); n != n1 || r != r1 {
		t.Errorf("the first version again: %d nodes, %d relationships; want %d, %d", n, r, n1, r1)
	}
	t.Logf("%d plans: %d nodes, %d relationships; without one initiative: %d, %d", len(plans), n1, r1, n2, r2)
}

// BenchmarkSaveSynthetic240 saves the synthetic set (24 wards × 10 years
// from the bundled sample, as cmd/wardload builds it) into an empty Neo4j:
// what `wardgraph load --neo4j` does after parsing. Run it once:
// go test -run '^$' -bench SaveSynthetic240 -benchtime 1x ./neo4jstore/
func BenchmarkSaveSynthetic240(b *testing.B) {
	var templates []*wardgraph.Plan
	for _, p := range samplePlans(b) {
		if len(p.Initiatives()) > 0 {
			templates = append(templates, p)
		}
	}
	plans, err := synth.Generate(templates, 2016, 10)
	if err != nil {
		b.Fatal(err)
	}
	s, uri := openWiped(b, "the synthetic load benchmark")
	for b.Loop() {
		saveAll(b, s, plans)
	}
	n, r := neo4jtest.Counts(b, uri)
	b.ReportMetric(float64(len(plans)), "plans")
	b.ReportMetric(float64(n), "nodes")
	b.ReportMetric(float64(r), "rels")
}

// TestRoutingScheme: with a neo4j:// URI the driver takes the routing table
// from the server (tools/neo4j-server advertises its own Bolt address),
// sends saves to a writer and reads to a reader, and the shared bookmark
// manager makes a read right after a save in this process see it. One
// server plays every role here; a real cluster is not tested.
func TestRoutingScheme(t *testing.T) {
	uri := neo4jtest.Use(t, "the routing scheme test")
	neo4jtest.Wipe(t, uri)
	cfg := ConfigFromEnv()
	rest, ok := strings.CutPrefix(cfg.URI, "bolt://")
	if !ok {
		t.Skipf("NEO4J_URI %s is not bolt://: the routing variant of it is not known", redactedURI(cfg.URI))
	}
	cfg.URI = "neo4j://" + rest
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open(%s): %v", cfg.URI, err)
	}
	defer s.Close()
	for _, p := range storetest.Fixtures() {
		if _, err := s.SavePlan(context.Background(), p); err != nil {
			t.Fatalf("SavePlan(%s) over %s: %v", p.ID, cfg.URI, err)
		}
		got, err := s.Plans(context.Background(), wardgraph.PlanFilter{IDs: []string{p.ID}})
		if err != nil || !slices.ContainsFunc(got, func(q *wardgraph.Plan) bool { return q.ID == p.ID }) {
			t.Errorf("read after saving %s over %s: %d plans, %v", p.ID, cfg.URI, len(got), err)
		}
	}
}
