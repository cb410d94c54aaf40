// Package neo4jtest is what the tests that need a real Neo4j share: the
// rule that decides between skipping and failing when there is none, and a
// lock that keeps two test binaries from using one server at once.
package neo4jtest

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// RequireEnv is the environment variable that turns a missing NEO4J_URI
// from a skip into a failure; scripts/test.sh (and so CI) sets it.
const RequireEnv = "WARDGRAPH_REQUIRE_NEO4J"

// Use returns NEO4J_URI for a test that wipes or fills the database, and
// holds an exclusive lock on that server until the test ends: go test runs
// the packages' test binaries in parallel, and Neo4j Community has one
// database. Without NEO4J_URI the test skips, saying why, unless
// WARDGRAPH_REQUIRE_NEO4J=1, where it fails.
func Use(t testing.TB, what string) string {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("NEO4J_URI is not set but %s=1: %s must run on Neo4j (start one with scripts/neo4j-test-server start)", RequireEnv, what)
		}
		t.Skipf("NEO4J_URI is not set: no Neo4j to run %s against (scripts/neo4j-test-server start prints one)", what)
	}
	lock(t, uri)
	return uri
}

// lock takes an flock on a file named after the URI in the temporary
// folder, released when the test ends (or its process dies).
func lock(t testing.TB, uri string) {
	t.Helper()
	h := fnv.New64a()
	h.Write([]byte(uri))
	name := filepath.Join(os.TempDir(), "wardgraph-neo4j-"+strconv.FormatUint(h.Sum64(), 16)+".lock")
	f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		t.Fatalf("lock for the Neo4j at %s: %v", uri, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("lock %s: %v", name, err)
	}
	t.Cleanup(func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}
