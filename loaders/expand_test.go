package loaders

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/sample"
)

func TestExpand(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a/b.txt": "", "a/c.json": "", "a/e.YML": "", "a/sub/d.yaml": "", "a/sub/z.txt": "",
		"a/.hidden.txt": "", "a/.git/x.txt": "", "a/index.json": "[]", "a/notes.md": "", "a/sub/index.json": "[]",
		"f.pdf": "",
	})
	j := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, filepath.FromSlash(n)))
		}
		return out
	}
	tests := []struct {
		name  string
		paths []string
		want  []string
	}{
		{"directory", j("a"), j("a/b.txt", "a/c.json", "a/e.YML", "a/sub/d.yaml", "a/sub/z.txt")},
		{"file named on its own is kept", j("f.pdf", "a/notes.md", "a/.hidden.txt"), j("f.pdf", "a/notes.md", "a/.hidden.txt")},
		{"duplicates once, first order", j("a/sub/z.txt", "a", "a/b.txt"), j("a/sub/z.txt", "a/b.txt", "a/c.json", "a/e.YML", "a/sub/d.yaml")},
		{"trailing slash", []string{filepath.Join(dir, "a", "sub") + "/"}, j("a/sub/d.yaml", "a/sub/z.txt")},
		{"nothing", nil, nil},
	}
	for _, tt := range tests {
		got, err := Expand(tt.paths)
		if err != nil || strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got %v, %v\nwant %v", tt.name, got, err, tt.want)
		}
	}
}

func TestExpandMissing(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": ""})
	got, err := Expand([]string{filepath.Join(dir, "nope"), filepath.Join(dir, "a.txt"), filepath.Join(dir, "gone")})
	want := filepath.Join(dir, "nope") + ": no such file or directory\n" + filepath.Join(dir, "gone") + ": no such file or directory"
	if len(got) != 1 || wardgraph.ErrorCode(err) != wardgraph.ENOTFOUND || wardgraph.ErrorMessage(err) != want {
		t.Errorf("got %v, %v; want [a.txt] and %q", got, err, want)
	}
}

func TestExpandSample(t *testing.T) {
	got, err := ExpandFS(sample.FS, []string{sample.Dir})
	if err != nil || len(got) != 53 || got[0] != "osaka/abeno_2018.txt" || got[52] != "osaka/yodogawa_2025.txt" {
		t.Fatalf("got %d files %v, %v; want the 53 texts from abeno_2018 to yodogawa_2025", len(got), got, err)
	}
	ix := readIndex(sample.FS, "osaka/index.json")
	for _, f := range got {
		if _, ok := ix.entries[strings.TrimPrefix(f, "osaka/")]; !ok {
			t.Errorf("%s is not in the sample's index.json", f)
		}
	}
	if len(ix.entries) != len(got) {
		t.Errorf("index.json has %d entries for %d texts", len(ix.entries), len(got))
	}
}
