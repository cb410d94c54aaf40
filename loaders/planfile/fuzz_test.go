package planfile

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
)

// FuzzDecode feeds arbitrary bytes to Decode as JSON and as YAML. Decode
// must not panic; it either refuses the input with an EINVALID error whose
// every line names the file, or returns a plan whose export decodes back to
// the same export.
func FuzzDecode(f *testing.F) {
	for _, name := range []string{"fixture.json", "fixture.yaml", "fixture.golden.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		yaml := strings.HasSuffix(name, ".yaml")
		f.Add(data, yaml)
		for _, n := range []int{1, len(data) / 3, len(data) / 2, len(data) - 2} {
			f.Add(data[:n], yaml)
		}
	}
	f.Add([]byte(minimal), false)
	f.Add([]byte(minimal), true) // JSON is YAML too
	f.Add([]byte("ward: {code: \"27106\"}\nfiscalYear: 2017\ntitle: t\nissues: [{number: 1, title: x}]\n"), true)
	f.Add([]byte(budgetPlan(`{"kind": "BUDGET", "amountYen": null}`)), false)
	// Hostile shapes: deep nesting, an alias bomb, huge and odd numbers, a
	// lone surrogate, a byte order mark and CRLF line ends.
	f.Add([]byte(strings.Repeat("[", 100)+strings.Repeat("]", 100)), false)
	f.Add([]byte("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"), true)
	f.Add([]byte(`{"ward": {"code": "27106"}, "fiscalYear": 1e400, "title": "\ud800"}`), false)
	f.Add([]byte("\xef\xbb\xbf{\"ward\": {\"code\": \"27106\"},\r\n \"fiscalYear\": 2017, \"title\": \"t\"}"), false)
	f.Fuzz(func(t *testing.T, data []byte, yaml bool) {
		name := "f.json"
		if yaml {
			name = "f.yaml"
		}
		p, err := Decode(name, data)
		if err != nil {
			checkRefusal(t, name, err)
			return
		}
		first, err := Marshal(p)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		q, err := Decode("export.json", first)
		if err != nil {
			t.Fatalf("the export of an accepted plan is refused: %v\n%s", err, first)
		}
		second, err := Marshal(q)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("export → decode → export changed:\n%s\n%s", first, second)
		}
	})
}

// checkRefusal checks that err is an EINVALID error naming the file on
// every line.
func checkRefusal(t *testing.T, name string, err error) {
	t.Helper()
	if code := wardgraph.ErrorCode(err); code != wardgraph.EINVALID {
		t.Fatalf("error code %s, want %s: %v", code, wardgraph.EINVALID, err)
	}
	for _, line := range strings.Split(wardgraph.ErrorMessage(err), "\n") {
		if !strings.HasPrefix(line, name+":") {
			t.Fatalf("error line does not name the file: %q", line)
		}
	}
}
