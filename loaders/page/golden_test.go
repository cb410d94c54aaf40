package page

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden.json files")

// sampleDir holds the bundled Osaka page texts.
const sampleDir = "../../sample/osaka"

// sampleFiles returns the names of the page texts in sampleDir.
func sampleFiles(t testing.TB) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(sampleDir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no sample texts in %s: %v", sampleDir, err)
	}
	for i, n := range names {
		names[i] = filepath.Base(n)
	}
	return names
}

// TestGolden compares the whole parse of every sample text with
// testdata/<name>.golden.json; -update rewrites the files.
func TestGolden(t *testing.T) {
	for _, name := range sampleFiles(t) {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(sampleDir, name))
			if err != nil {
				t.Fatal(err)
			}
			p, err := Parse(name, data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("parse of %s differs from %s; run go test -update and review the diff", name, golden)
			}
		})
	}
}
