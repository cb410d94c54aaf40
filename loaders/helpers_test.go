package loaders

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/memstore"
)

// nishiText is the whole Nishi 2017 page of the sample.
const nishiText = "../sample/osaka/nishi_2017.txt"

// fixtureJSON is the hand-written plan file fixture of loaders/planfile.
const fixtureJSON = "planfile/testdata/fixture.json"

// writeFiles creates files (name → content) under a new temporary
// directory and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// readText returns the content of a file.
func readText(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// savedPlans returns the ids of every plan in the store.
func savedPlans(t *testing.T, st wardgraph.Store) []string {
	t.Helper()
	plans, err := st.Plans(context.Background(), wardgraph.PlanFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{}
	for _, p := range plans {
		ids = append(ids, p.ID)
	}
	return ids
}

// newStore returns an empty embedded store.
func newStore(t *testing.T) *memstore.Store {
	t.Helper()
	st := memstore.New()
	t.Cleanup(func() { st.Close() })
	return st
}
