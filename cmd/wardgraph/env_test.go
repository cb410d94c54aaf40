package main

import (
	"os"
	"testing"
)

// TestMain runs the command tests without the NEO4J_* variables of the
// environment: scripts/test.sh exports NEO4J_URI for the Neo4j tests, and
// --neo4j defaults to it, which would change what these tests run on.
func TestMain(m *testing.M) {
	for _, v := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"} {
		os.Unsetenv(v)
	}
	os.Exit(m.Run())
}
