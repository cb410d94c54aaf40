package wardgraph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"regexp"
	"testing"

	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/sample"
)

// readmeExample is a ```graphql block followed by the ```json block of its answer.
var readmeExample = regexp.MustCompile("(?s)```graphql\n(.*?)```\n```json\n(.*?)```")

// TestReadmeExamples runs every example query of the README against the
// bundled data, as `wardgraph serve` starts, and compares the answer the
// README prints.
func TestReadmeExamples(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	examples := readmeExample.FindAllSubmatch(readme, -1)
	if len(examples) < 13 {
		t.Fatalf("found %d examples in README.md, want at least 13", len(examples))
	}
	if bytes.Contains(readme, []byte("{ ... }")) {
		t.Error("README.md has a { ... } placeholder: every example must be a query with its answer")
	}
	store := memstore.New()
	if sum := loaders.Load(context.Background(), store, []string{sample.Dir}, loaders.LoadOptions{FS: sample.FS}); sum.Failed() {
		t.Fatal(sum.Errors)
	}
	h := httpserver.New(store, httpserver.Config{})
	for i, ex := range examples {
		query, want := string(ex[1]), ex[2]
		t.Run(fmt.Sprintf("example %d", i+1), func(t *testing.T) {
			got := post(t, h, query)
			var g, w any
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatalf("answer is not JSON: %s", got)
			}
			if err := json.Unmarshal(want, &w); err != nil {
				t.Fatalf("README's answer is not JSON: %v", err)
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("README says\n%s\nthe server answers\n%s", want, got)
			}
		})
	}
}

func post(t *testing.T, h http.Handler, query string) []byte {
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Body.Bytes()
}
