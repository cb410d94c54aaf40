package difftest

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/neo4jstore"
	"github.com/wardgraph/wardgraph/neo4jstore/neo4jtest"
	"github.com/wardgraph/wardgraph/sample"
	"github.com/wardgraph/wardgraph/storetest"
)

// query is one file of testdata/queries: a GraphQL document whose first
// line is "# expect: TEXT", a text the answer must contain (so that two
// empty or failed answers cannot agree).
type query struct {
	name, doc, expect string
}

func readQueries(t *testing.T) []query {
	files, err := filepath.Glob("testdata/queries/*.graphql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no queries in testdata/queries (%v)", err)
	}
	var qs []query
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		first, _, _ := strings.Cut(string(b), "\n")
		expect, ok := strings.CutPrefix(first, "# expect: ")
		if !ok || expect == "" {
			t.Fatalf("%s: the first line must be \"# expect: TEXT\"", f)
		}
		qs = append(qs, query{name: strings.TrimSuffix(filepath.Base(f), ".graphql"), doc: string(b), expect: expect})
	}
	return qs
}

// fill loads the bundled sample, then the fixtures (which replace the
// sample plans of the same ids), into s.
func fill(t *testing.T, s wardgraph.Store) {
	sum := loaders.Load(context.Background(), s, []string{sample.Dir}, loaders.LoadOptions{FS: sample.FS})
	if sum.Failed() || sum.Plans == 0 {
		t.Fatalf("loading the bundled sample: %+v", sum)
	}
	storetest.Load(t, s)
}

// ask posts doc to h's /graphql and returns the body.
func ask(t *testing.T, h http.Handler, doc string) []byte {
	body, _ := json.Marshal(map[string]string{"query": doc})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Body.Bytes()
}

// TestSameAnswers: every query answers the same JSON from both stores,
// without errors, containing its expected text.
func TestSameAnswers(t *testing.T) {
	uri := neo4jtest.Use(t, "the differential test of the two stores")
	neo4jtest.Wipe(t, uri)
	cfg := neo4jstore.ConfigFromEnv()
	n4, err := neo4jstore.Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open(Neo4j): %v", err)
	}
	defer n4.Close()
	mem := memstore.New()
	fill(t, mem)
	fill(t, n4)
	hMem, hN4 := httpserver.New(mem, httpserver.Config{}), httpserver.New(n4, httpserver.Config{})
	for _, q := range readQueries(t) {
		t.Run(q.name, func(t *testing.T) {
			want, got := ask(t, hMem, q.doc), ask(t, hN4, q.doc)
			if !bytes.Equal(got, want) {
				t.Errorf("answers differ\n embedded: %s\n neo4j:    %s", want, got)
			}
			var r struct {
				Data   json.RawMessage `json:"data"`
				Errors []any           `json:"errors"`
			}
			if err := json.Unmarshal(want, &r); err != nil || len(r.Errors) > 0 || len(r.Data) == 0 {
				t.Errorf("embedded answer is not clean data: %s", want)
			}
			if !bytes.Contains(want, []byte(q.expect)) {
				t.Errorf("answer lacks %q: %s", q.expect, want)
			}
		})
	}
}
