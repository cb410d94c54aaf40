// Package neo4jtest is what the tests that need a real Neo4j share: the
// rule that decides between skipping and failing when there is none, a
// lock that keeps two test binaries from using one server at once, and a
// wipe of the database.
package neo4jtest

import (
	"context"
	_ "embed" // wipe.cypher
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
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
	uri := Enabled(t, what)
	lock(t, uri)
	return uri
}

// Enabled applies Use's rule without taking the lock, for a test that
// starts a Neo4j of its own: it returns NEO4J_URI, or skips (fails under
// WARDGRAPH_REQUIRE_NEO4J=1) when it is not set.
func Enabled(t testing.TB, what string) string {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("NEO4J_URI is not set but %s=1: %s must run on Neo4j (start one with scripts/neo4j-test-server start)", RequireEnv, what)
		}
		t.Skipf("NEO4J_URI is not set: no Neo4j to run %s against (scripts/neo4j-test-server start prints one)", what)
	}
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

//go:embed wipe.cypher
var wipeCypher string

//go:embed counts.cypher
var countsCypher string

// Wipe deletes everything in the database at uri (credentials from
// NEO4J_USERNAME and NEO4J_PASSWORD): the clean start of a test that holds
// Use's lock.
func Wipe(t testing.TB, uri string) {
	t.Helper()
	run(t, uri, wipeCypher)
}

// Counts returns the number of nodes and of relationships in the database
// at uri.
func Counts(t testing.TB, uri string) (nodes, rels int64) {
	t.Helper()
	recs := run(t, uri, countsCypher)
	n, _ := recs[0].Get("nodes")
	r, _ := recs[0].Get("rels")
	return n.(int64), r.(int64)
}

// run runs one statement at uri and returns its records.
func run(t testing.TB, uri, cypher string) []*neo4j.Record {
	t.Helper()
	ctx := context.Background()
	auth := neo4j.NoAuth()
	if u := os.Getenv("NEO4J_USERNAME"); u != "" {
		auth = neo4j.BasicAuth(u, os.Getenv("NEO4J_PASSWORD"), "")
	}
	d, err := neo4j.NewDriverWithContext(uri, auth)
	if err != nil {
		t.Fatalf("neo4j driver for %s: %v", uri, err)
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, cypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(os.Getenv("NEO4J_DATABASE")))
	if err != nil {
		t.Fatalf("Neo4j at %s: %v", uri, err)
	}
	return res.Records
}
