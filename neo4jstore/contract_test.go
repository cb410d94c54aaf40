package neo4jstore

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/neo4jstore/neo4jtest"
	"github.com/wardgraph/wardgraph/storetest"
)

// TestContract runs the one store contract suite against Neo4j when
// NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) points at
// one; without it, it skips, or fails under WARDGRAPH_REQUIRE_NEO4J=1 (CI).
// Every subtest starts from an empty database: THE DATABASE IS WIPED.
func TestContract(t *testing.T) {
	neo4jtest.Use(t, "the store contract suite")
	cfg := ConfigFromEnv()
	storetest.Run(t, func(t *testing.T) wardgraph.Store {
		ctx := context.Background()
		s, err := Open(ctx, cfg)
		if err != nil {
			t.Fatalf("Open(%s): %v", redactedURI(cfg.URI), err)
		}
		_, err = writeTx(ctx, s, func(run runFunc) ([]*neo4j.Record, error) { return run("wipe_all", nil) })
		if err != nil {
			s.Close()
			t.Fatalf("wiping the database: %v", err)
		}
		return s
	})
}
