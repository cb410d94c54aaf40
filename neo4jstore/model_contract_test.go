package neo4jstore

import (
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/storetest"
)

// TestContractOnModel runs the store contract suite on the Store's Go code
// over modelDB, a model of the Cypher statements (see model_test.go). It
// does not show that Neo4j runs the statements so: TestContract does, where
// NEO4J_URI points at a Neo4j.
func TestContractOnModel(t *testing.T) {
	storetest.Run(t, func(t *testing.T) wardgraph.Store { return newModelStore() })
}
