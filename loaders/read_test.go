package loaders

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders/page"
	"github.com/wardgraph/wardgraph/loaders/planfile"
	"github.com/wardgraph/wardgraph/sample"
)

func TestReadFileDispatch(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"plan.yaml": readText(t, "planfile/testdata/fixture.yaml"),
		"PLAN.JSON": readText(t, fixtureJSON),
		"page.TXT":  readText(t, nishiText),
	})
	tests := []struct {
		file, wantID, wantTitle string
	}{
		{nishiText, "osaka/nishi/2017", "平成29年度 西区運営方針"},
		{fixtureJSON, "osaka/nishi/2017", "平成29年度 西区運営方針 (fixture)"},
		{filepath.Join(dir, "plan.yaml"), "osaka/nishi/2017", "平成29年度 西区運営方針 (fixture)"},
		{filepath.Join(dir, "PLAN.JSON"), "osaka/nishi/2017", "平成29年度 西区運営方針 (fixture)"},
		{filepath.Join(dir, "page.TXT"), "osaka/nishi/2017", "平成29年度 西区運営方針"},
	}
	for _, tt := range tests {
		p, _, err := ReadFile(tt.file)
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		if p.ID != tt.wantID || p.Title != tt.wantTitle {
			t.Errorf("%s: got %q %q, want %q %q", tt.file, p.ID, p.Title, tt.wantID, tt.wantTitle)
		}
	}
}

func TestReadFileRefuses(t *testing.T) {
	dir := writeFiles(t, map[string]string{"plan.pdf": "%PDF-1.4", "index.json": "[]", "sub/x.txt": "x"})
	tests := []struct {
		file, code, want string
	}{
		{"plan.pdf", wardgraph.EINVALID, `plan.pdf: unsupported file type ".pdf": want .txt (a page text), .html or .htm (a page), or .json, .yaml, .yml (a plan file)`},
		{"index.json", wardgraph.EINVALID, "index.json: a sources index (file names and URLs of page texts), not a plan"},
		{"missing.txt", wardgraph.ENOTFOUND, "missing.txt: no such file or directory"},
		{"sub.txt", wardgraph.ENOTFOUND, "sub.txt: no such file or directory"},
		{"noext", wardgraph.EINVALID, `noext: unsupported file type "": want .txt (a page text), .html or .htm (a page), or .json, .yaml, .yml (a plan file)`},
	}
	for _, tt := range tests {
		name := filepath.Join(dir, tt.file)
		p, _, err := ReadFile(name)
		want := filepath.Join(dir, tt.want)
		if p != nil || wardgraph.ErrorCode(err) != tt.code || wardgraph.ErrorMessage(err) != want {
			t.Errorf("ReadFile(%s) = %v, %v\nwant code %s, message %s", tt.file, p, err, tt.code, want)
		}
	}
}

func TestReadFileDirectoryNamedLikeAFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{"d.txt/x.txt": "x"})
	_, _, err := ReadFile(filepath.Join(dir, "d.txt"))
	if want := filepath.Join(dir, "d.txt") + ": is a directory, not a file"; wardgraph.ErrorMessage(err) != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestReadFileTooLarge checks that the size is refused from the file's
// metadata: the sparse files are never read.
func TestReadFileTooLarge(t *testing.T) {
	for _, tt := range []struct {
		name  string
		limit int64
	}{{"big.txt", page.MaxBytes}, {"big.json", planfile.MaxBytes}, {"big.yaml", planfile.MaxBytes}} {
		name := filepath.Join(t.TempDir(), tt.name)
		f, err := os.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(tt.limit + 1); err != nil {
			t.Fatal(err)
		}
		f.Close()
		_, _, err = ReadFile(name)
		want := name + ": file too large: " + itoa(tt.limit+1) + " bytes, the limit is " + itoa(tt.limit)
		if wardgraph.ErrorCode(err) != wardgraph.EINVALID || wardgraph.ErrorMessage(err) != want {
			t.Errorf("got %v, want %s", err, want)
		}
	}
}

func TestReadFSSampleTakesURLFromIndex(t *testing.T) {
	p, warns, err := ReadFS(sample.FS, "osaka/nishi_2017.txt")
	if err != nil {
		t.Fatal(err)
	}
	if p.Source.URL != "https://www.city.osaka.lg.jp/nishi/page/0000397102.html" || p.Source.File != "osaka/nishi_2017.txt" {
		t.Errorf("source = %+v", p.Source)
	}
	for _, w := range warns {
		if strings.Contains(w, "index.json") {
			t.Errorf("the sample's index disagrees with its text: %s", w)
		}
	}
}

func TestReadFileIndex(t *testing.T) {
	text := readText(t, nishiText)
	noPageNumber := strings.Replace(text, "ページ番号:397102\n", "", 1)
	dir := writeFiles(t, map[string]string{
		"good/index.json": `[{"file": "nishi.txt", "url": "https://example.org/nishi", "ward_ja": "西区", "fiscal_year": 2017, "draft": false}]`,
		"good/nishi.txt":  noPageNumber,
		"odd/index.json":  `[{"file": "nishi.txt", "url": "https://example.org/other", "ward_ja": "北区", "fiscal_year": 2018, "draft": true}]`,
		"odd/nishi.txt":   text,
		"bad/index.json":  `{"file": "nishi.txt"}`,
		"bad/nishi.txt":   text,
	})
	p, warns, err := ReadFile(filepath.Join(dir, "good", "nishi.txt"))
	if err != nil || p.Source.URL != "https://example.org/nishi" || hasIndexWarning(warns) {
		t.Errorf("good: URL %q, warnings %v, err %v", p.Source.URL, warns, err)
	}
	_, warns, _ = ReadFile(filepath.Join(dir, "odd", "nishi.txt"))
	name, index := filepath.Join(dir, "odd", "nishi.txt"), filepath.Join(dir, "odd", "index.json")
	want := []string{
		name + ": warning: " + index + " says url https://example.org/other, the text says https://www.city.osaka.lg.jp/nishi/page/0000397102.html",
		name + ": warning: " + index + " says fiscal_year 2018, the text says 2017",
		name + ": warning: " + index + " says draft true, the text says false",
		name + ": warning: " + index + " says ward_ja 北区, the text says 西区",
	}
	if got := indexWarnings(warns); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("odd:\n got: %s\nwant: %s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	_, warns, err = ReadFile(filepath.Join(dir, "bad", "nishi.txt"))
	want = []string{filepath.Join(dir, "bad", "index.json") + `: warning: sources index not used: not a JSON array of {"file", "url"} entries`}
	if got := indexWarnings(warns); err != nil || strings.Join(got, "\n") != want[0] {
		t.Errorf("bad: got %v, %v; want %v", got, err, want)
	}
}

func hasIndexWarning(warns []string) bool { return len(indexWarnings(warns)) > 0 }

func indexWarnings(warns []string) []string {
	var out []string
	for _, w := range warns {
		if strings.Contains(w, "index.json") {
			out = append(out, w)
		}
	}
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// TestReadFilePlanWarnings: the warnings a plan file carries are lines of
// the page text it was parsed from and are reported against that text.
func TestReadFilePlanWarnings(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.json": `{"ward": {"code": "27106"}, "fiscalYear": 2017, "title": "t", "source": {"file": "osaka/nishi_2017.txt"},
			"warnings": [{"line": 12, "message": "no goal found"}, {"message": "cut short"}]}`,
		"b.json": `{"ward": {"code": "27106"}, "fiscalYear": 2017, "title": "t", "warnings": [{"line": 3, "message": "typed by hand"}]}`,
	})
	_, warns, err := ReadFile(filepath.Join(dir, "a.json"))
	want := "osaka/nishi_2017.txt:12: warning: no goal found\nosaka/nishi_2017.txt: warning: cut short"
	if err != nil || strings.Join(warns, "\n") != want {
		t.Errorf("a.json: got %q, %v", warns, err)
	}
	_, warns, err = ReadFile(filepath.Join(dir, "b.json"))
	if want := filepath.Join(dir, "b.json") + ":3: warning: typed by hand"; err != nil || strings.Join(warns, "\n") != want {
		t.Errorf("b.json: got %q, %v", warns, err)
	}
}

func TestReadFilePlanFileIsItsOwnSource(t *testing.T) {
	dir := writeFiles(t, map[string]string{"typed.yaml": "ward: {code: \"27106\"}\nfiscalYear: 2017\ntitle: t\n"})
	name := filepath.Join(dir, "typed.yaml")
	p, _, err := ReadFile(name)
	if err != nil || p.Source.File != name {
		t.Errorf("got %+v, %v; want Source.File %s", p, err, name)
	}
	q, _, err := ReadFile(fixtureJSON)
	if err != nil || q.Source.File != fixtureJSON {
		t.Errorf("fixture: got %q, %v", q.Source.File, err)
	}
}
