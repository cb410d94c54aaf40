package neo4jstore

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"text/template"
)

var update = flag.Bool("update", false, "rewrite generated statements and golden files")

// generatedFiles renders the per-label and per-type statements from
// testdata/templates: labels and types cannot be query parameters.
func generatedFiles(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	render := func(tmpl, name, file string) {
		tp := template.Must(template.ParseFiles(filepath.Join("testdata", "templates", tmpl+".cypher.tmpl")))
		var b bytes.Buffer
		if err := tp.Execute(&b, struct{ Name string }{name}); err != nil {
			t.Fatal(err)
		}
		out[file+".cypher"] = b.Bytes()
	}
	for _, l := range append([]string{LabelEntity}, Labels...) {
		render("schema_unique", l, uniqueStmt(l))
	}
	for _, l := range Labels {
		render("merge_node", l, mergeNodeStmt(l))
	}
	for _, typ := range RelTypes {
		tmpl := "merge_rel"
		if isLinkType(typ) {
			tmpl = "merge_link"
		}
		render(tmpl, typ, mergeRelStmt(typ))
	}
	return out
}

func TestGeneratedStatementsUpToDate(t *testing.T) {
	for file, want := range generatedFiles(t) {
		p := filepath.Join("cypher", file)
		if *update {
			if err := os.WriteFile(p, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(p)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is missing or stale: run go test ./neo4jstore -run Generated -update", p)
		}
	}
}
