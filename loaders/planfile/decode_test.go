package planfile

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// minimal is the smallest valid plan file.
const minimal = `{"ward": {"code": "27106"}, "fiscalYear": 2017, "title": "t"}`

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"empty", "p.json", "", "p.json: empty file"},
		{"white space", "p.json", " \n\t\n", "p.json: empty file"},
		{"binary", "p.json", "{\x00\x01}", "p.json: binary file (contains NUL bytes), not a plan"},
		{"not UTF-8", "p.json", "{\n \"title\": \"\xff\"}", "p.json: not UTF-8 text (invalid byte at line 2, column 12)"},
		{"syntax", "p.json", "{\n  \"ward\": {\"code\": \"27106\"},\n  \"fiscalYear\": 2017 x\n}",
			"p.json:3:22: syntax error: invalid character 'x' after object key:value pair"},
		{"truncated", "p.json", minimal[:40], "p.json:1:41: syntax error: unexpected end of file"},
		{"trailing data", "p.json", minimal + " {}", "p.json:1:63: syntax error: unexpected data after the plan"},
		{"duplicate key", "p.json", `{"ward": {"code": "27106"}, "fiscalYear": 2017, "title": "t", "title": "u"}`,
			"p.json:1:63: title: duplicate property"},
		{"not an object", "p.json", `[1]`, "p.json:1:1: (plan): got array, want object"},
		{"missing property", "p.json", "{\"ward\": {\"code\": \"27106\"}, \"fiscalYear\": 2017, \"title\": \"t\",\n \"issues\": [{\"number\": 1, \"title\": \"x\", \"strategies\": [{\"code\": \"1-1\", \"title\": \"s\"}, {\"title\": \"s\"}]}]}",
			"p.json:2:87: issues[0].strategies[1].code: missing property"},
		{"missing properties", "p.json", `{"ward": {}}`,
			"p.json:1:1: fiscalYear: missing property\np.json:1:1: title: missing property\np.json:1:10: ward.code: missing property"},
		{"unknown property", "p.json", "{\"ward\": {\"code\": \"27106\"}, \"fiscalYear\": 2017,\n  \"title\": \"t\", \"ttle\": \"u\"}",
			"p.json:2:17: ttle: unknown property (not in the plan file schema)"},
		{"wrong type", "p.json", `{"ward": {"code": 27106}, "fiscalYear": 2017, "title": "t"}`,
			"p.json:1:19: ward.code: got number, want string (put it in quotes)"},
		{"fiscal year too early", "p.json", `{"ward": {"code": "27106"}, "fiscalYear": 1988, "title": "t"}`,
			"p.json:1:43: fiscalYear: 1988 is less than the minimum 1989"},
		{"fiscal year too late", "p.json", `{"ward": {"code": "27106"}, "fiscalYear": 2101, "title": "t"}`,
			"p.json:1:43: fiscalYear: 2101 is more than the maximum 2100"},
		{"fraction", "p.json", `{"ward": {"code": "27106"}, "fiscalYear": 2017.0, "title": "t"}`,
			"p.json:1:43: fiscalYear: write 2017.0 as a whole number, without a fraction or exponent"},
		{"bad date", "p.json", `{"ward": {"code": "27106"}, "fiscalYear": 2017, "title": "t", "source": {"updatedOn": "2018/6/7"}}`,
			`p.json:1:87: source.updatedOn: got "2018/6/7", want a date written YYYY-MM-DD`},
		{"budget kind", "p.json", budgetPlan(`{"kind": "BUDGETS", "amountYen": 1}`),
			`p.json:3:116: issues[0].strategies[0].initiatives[0].budgets[0].kind: got "BUDGETS", want one of BUDGET, WARD_CM, ESTIMATE, SETTLED`},
		{"negative amount", "p.json", budgetPlan(`{"kind": "BUDGET", "amountYen": -1}`),
			"p.json:3:139: issues[0].strategies[0].initiatives[0].budgets[0].amountYen: -1 is less than the minimum 0"},
		{"amount missing", "p.json", budgetPlan(`{"kind": "BUDGET"}`),
			"p.json:3:107: issues[0].strategies[0].initiatives[0].budgets[0].amountYen: missing property"},
		{"unknown ward", "p.json", `{"ward": {"code": "13101"}, "fiscalYear": 2017, "title": "t"}`,
			`p.json:1:19: ward.code: unknown ward code "13101" (the registry holds the wards of Osaka City, 27102–27128)`},
		{"ward name mismatch", "p.json", `{"ward": {"code": "27106", "name": "北区", "nameRomaji": "Kita"}, "fiscalYear": 2017, "title": "t"}`,
			"p.json:1:36: ward.name: \"北区\" does not match ward code 27106 (西区)\np.json:1:56: ward.nameRomaji: \"Kita\" does not match ward code 27106 (Nishi)"},
		{"initiative codes repeat", "p.json", "{\"ward\": {\"code\": \"27106\"}, \"fiscalYear\": 2017, \"title\": \"t\", \"issues\": [\n" +
			"{\"number\": 1, \"title\": \"i\", \"strategies\": [{\"code\": \"1-1\", \"title\": \"s\", \"initiatives\": [{\"code\": \"1-1-1\", \"title\": \"a\"}]},\n" +
			"{\"code\": \"1-2\", \"title\": \"s\", \"initiatives\": [{\"code\": \"1-1-1\", \"title\": \"b\"}]}]}]}",
			`p.json:3:56: issues[0].strategies[1].initiatives[0].code: initiative code "1-1-1" is already used by issues[0].strategies[0].initiatives[0] (line 2)`},
		{"YAML syntax", "p.yaml", "ward: [\n  code: \"27106\"\n", "p.yaml:2: syntax error: did not find expected ',' or ']'"},
		{"YAML type", "p.yaml", "ward:\n  code: 27106\nfiscalYear: 2017\ntitle: t\n", "p.yaml:2:9: ward.code: got number, want string (put it in quotes)"},
		{"YAML missing", "p.yml", "ward:\n  code: \"27106\"\nfiscalYear: 2017\ntitle: t\nissues:\n  - number: 1\n    title: x\n    strategies:\n      - title: s\n",
			"p.yml:9:9: issues[0].strategies[0].code: missing property"},
		{"YAML alias", "p.yaml", "a: &x {b: 1}\nc: *x\n", "p.yaml:2:4: YAML aliases are not supported in plan files"},
		{"YAML duplicate key", "p.yaml", "title: a\ntitle: b\n", "p.yaml:2:1: title: duplicate property"},
		{"YAML two documents", "p.yaml", "title: a\n---\ntitle: b\n", "p.yaml:2:1: syntax error: more than one YAML document"},
		{"YAML infinity", "p.yaml", "fiscalYear: .inf\n", "p.yaml:1:13: fiscalYear: not a finite number"},
		{"YAML comments only", "p.yaml", "# nothing\n", "p.yaml:1: no YAML document"},
		{"nested too deeply", "p.json", "{\"issues\": " + strings.Repeat("[", 70), "p.json:1:75: syntax error: nested too deeply"},
		{"huge number", "p.json", `{"ward": {"code": "27106"}, "fiscalYear": 1e400, "title": "t"}`, "p.json:1:43: fiscalYear: 1e+400 is more than the maximum 2100"},
		{"BOM and CRLF", "p.json", "\xef\xbb\xbf{\"ward\": {\"code\": \"27106\"},\r\n  \"fiscalYear\": \"2017\", \"title\": \"t\"}",
			"p.json:2:17: fiscalYear: got string, want integer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Decode(tt.file, []byte(tt.data))
			if p != nil || wardgraph.ErrorCode(err) != wardgraph.EINVALID {
				t.Fatalf("Decode = %v, %v; want nil, EINVALID", p, err)
			}
			if got := wardgraph.ErrorMessage(err); got != tt.want {
				t.Errorf("message\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

// budgetPlan is a plan whose one initiative has the given budget line.
func budgetPlan(budget string) string {
	return "{\"ward\": {\"code\": \"27106\"}, \"fiscalYear\": 2017, \"title\": \"t\",\n \"issues\": [{\"number\": 1, \"title\": \"i\",\n" +
		` "strategies": [{"code": "1-1", "title": "s", "initiatives": [{"code": "1-1-1", "title": "a", "budgets": [` + budget + "]}]}]}]}"
}

func TestDecodeTooLarge(t *testing.T) {
	data := []byte(minimal + strings.Repeat(" ", MaxBytes))
	_, err := Decode("big.json", data)
	want := "big.json: file too large: 8388669 bytes, the limit is 8388608"
	if got := wardgraph.ErrorMessage(err); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDecodeManyProblemsAreCapped(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(`{"ward": {"code": "27106"}, "fiscalYear": 2017, "title": "t", "missions": [`)
	for i := 0; i < 15; i++ {
		if i > 0 {
			sb.WriteString(",")
		}
		sb.WriteString("\n{}")
	}
	sb.WriteString("]}")
	_, err := Decode("m.json", []byte(sb.String()))
	lines := strings.Split(wardgraph.ErrorMessage(err), "\n")
	if len(lines) != maxProblems+1 || lines[0] != "m.json:2:1: missions[0].text: missing property" ||
		lines[maxProblems] != "m.json: and 5 more problems" {
		t.Errorf("got %d lines:\n%s", len(lines), strings.Join(lines, "\n"))
	}
}

func TestDecodeNormalises(t *testing.T) {
	p, err := Decode("p.json", []byte(`{"id": "x", "ward": {"id": "y", "code": "27108"}, "fiscalYear": 2019, "draft": true, "title": "t",
		"goal": {"id": "z", "text": "g"}}`))
	if err != nil {
		t.Fatal(err)
	}
	want := wardgraph.Ward{ID: "osaka/taisho", Code: "27108", Name: "大正区", NameRomaji: "Taisho", CityCode: "27100"}
	if p.Ward != want || p.ID != "osaka/taisho/2019-draft" || p.Goal.ID != "osaka/taisho/2019-draft/goal" || p.FiscalYearLabel != "令和元年度" {
		t.Errorf("got ward %+v, id %q, goal id %q, label %q", p.Ward, p.ID, p.Goal.ID, p.FiscalYearLabel)
	}
}

func TestDecodeAmountNullIsNotZero(t *testing.T) {
	for _, tt := range []struct {
		budget string
		want   *int64
	}{
		{`{"kind": "BUDGET", "amountYen": null}`, nil},
		{`{"kind": "BUDGET", "amountYen": 0}`, wardgraph.Yen(0)},
		{`{"kind": "BUDGET", "amountYen": 1000000000000000}`, wardgraph.Yen(1e15)},
	} {
		p, err := Decode("p.json", []byte(budgetPlan(tt.budget)))
		if err != nil {
			t.Fatal(err)
		}
		got := p.Issues[0].Strategies[0].Initiatives[0].Budgets[0].AmountYen
		if (got == nil) != (tt.want == nil) || got != nil && *got != *tt.want {
			t.Errorf("%s: got %v, want %v", tt.budget, got, tt.want)
		}
	}
}

// TestFixtureGolden decodes the hand-written fixture and compares its
// export with testdata/fixture.golden.json (-update rewrites it); the YAML
// form of the fixture must export the same bytes.
func TestFixtureGolden(t *testing.T) {
	golden := filepath.Join("testdata", "fixture.golden.json")
	got := exportFile(t, filepath.Join("testdata", "fixture.json"))
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("export differs from %s; run go test -update and review the diff", golden)
	}
	if y := exportFile(t, filepath.Join("testdata", "fixture.yaml")); !bytes.Equal(y, want) {
		t.Errorf("fixture.yaml exports differently from fixture.json:\n%s", y)
	}
}

// TestRoundTrip checks that decoding an export and exporting again gives
// the same bytes.
func TestRoundTrip(t *testing.T) {
	for _, name := range []string{"fixture.golden.json", "fixture.json", "fixture.yaml"} {
		first := exportFile(t, filepath.Join("testdata", name))
		p, err := Decode(name+".json", first)
		if err != nil {
			t.Fatalf("%s: decoding the export: %v", name, err)
		}
		second, err := Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Errorf("%s: export → decode → export changed the bytes", name)
		}
	}
}

// exportFile decodes a file and returns its canonical export.
func exportFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Decode(path, data)
	if err != nil {
		t.Fatalf("Decode(%s): %v", path, err)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
