package loaders

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders/page"
	"github.com/wardgraph/wardgraph/loaders/planfile"
	"github.com/wardgraph/wardgraph/sample"
	"github.com/wardgraph/wardgraph/textnorm"
)

var update = flag.Bool("update", false, "rewrite testdata/pages")

// sampleTexts returns every bundled text, by base name.
func sampleTexts(t *testing.T) map[string][]byte {
	t.Helper()
	files, err := ExpandFS(sample.FS, []string{sample.Dir})
	if err != nil || len(files) != 53 {
		t.Fatalf("sample: %d files, %v", len(files), err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		data, err := fs.ReadFile(sample.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		out[path.Base(f)] = data
	}
	return out
}

// TestPageVariantsHTML: the HTML version of every sample text (with
// navigation, header, footer, SNS blocks and attachment links around the
// content) parses to the same plan, field by field, lines aside; every
// line of the HTML plan points at the HTML line holding that text.
func TestPageVariantsHTML(t *testing.T) {
	ix := readIndex(sample.FS, "osaka/index.json")
	for name, text := range sampleTexts(t) {
		htmlName := filepath.Join("testdata", "pages", strings.TrimSuffix(name, ".txt")+".html")
		want, err := page.Parse(name, text)
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			writeTestdata(t, htmlName, []byte(toHTML(string(text), want.Title, canonical(want, ix.entries[name]), "UTF-8")))
		}
		data := []byte(readText(t, htmlName))
		got, notes, err := readPage(name, data, htmlPage)
		if err != nil || len(notes) != 0 {
			t.Errorf("%s: %v %v", htmlName, err, notes)
			continue
		}
		for _, d := range planDiff(want, got, false) {
			t.Errorf("%s: %s", htmlName, d)
		}
		checkLines(t, htmlName, got, data, want, text)
		if got.Source.URL != canonical(want, ix.entries[name]) || got.Source.Title != want.Title+"｜大阪市" {
			t.Errorf("%s: source %+v", htmlName, got.Source)
		}
	}
}

// canonical is the URL the HTML version of a text names as its own: the
// text's, else the sample index's.
func canonical(p *wardgraph.Plan, e indexEntry) string {
	if p.Source.URL != "" {
		return p.Source.URL
	}
	return e.URL
}

// TestHTMLSource: the page's metadata and attachments are on the source.
func TestHTMLSource(t *testing.T) {
	p, _, err := readPage("nishi_2017.html", []byte(readText(t, "testdata/pages/nishi_2017.html")), htmlPage)
	if err != nil {
		t.Fatal(err)
	}
	want := wardgraph.Source{
		URL: "https://www.city.osaka.lg.jp/nishi/page/0000397102.html", PageNumber: "397102", UpdatedOn: "2018-06-07",
		Credit: page.Credit, File: "nishi_2017.html", Title: "平成29年度 西区運営方針｜大阪市",
		Attachments: []wardgraph.Attachment{
			{Title: "平成29年度 西区運営方針(平成30年6月7日更新)", URL: "https://www.city.osaka.lg.jp/nishi/page/cmsfiles/contents/attach1.pdf"},
			{Title: "平成29年度 西区運営方針改定履歴", URL: "https://www.city.osaka.lg.jp/nishi/page/cmsfiles/contents/attach2.pdf"},
		},
	}
	if !reflect.DeepEqual(p.Source, want) {
		t.Errorf("source\n got %+v\nwant %+v", p.Source, want)
	}
}

// encodedVariant is one way a user's copy of a text may be encoded.
type encodedVariant struct {
	name     string
	enc      encoding.Encoding
	bom      []byte
	eol      string
	warning  string // "" for none
	asHTML   bool
	htmlDecl string
}

var encodedVariants = []encodedVariant{
	{name: "UTF-8 with BOM, CRLF", enc: unicode.UTF8, bom: []byte{0xEF, 0xBB, 0xBF}, eol: "\r\n"},
	{name: "UTF-8, CR only", enc: unicode.UTF8, eol: "\r"},
	{name: "UTF-16LE with BOM", enc: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), bom: []byte{0xFF, 0xFE}, eol: "\r\n", warning: "decoded from UTF-16LE (declared by the page, its byte order mark or the server)"},
	{name: "UTF-16BE with BOM", enc: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), bom: []byte{0xFE, 0xFF}, eol: "\n", warning: "decoded from UTF-16BE (declared by the page, its byte order mark or the server)"},
	{name: "Shift_JIS, CRLF", enc: japanese.ShiftJIS, eol: "\r\n", warning: "decoded from Shift_JIS (detected; the text declares no encoding)"},
	{name: "EUC-JP, CR only", enc: japanese.EUCJP, eol: "\r", warning: "decoded from EUC-JP (detected; the text declares no encoding)"},
	{name: "Shift_JIS HTML", enc: japanese.ShiftJIS, eol: "\r\n", asHTML: true, htmlDecl: "Shift_JIS", warning: "decoded from Shift_JIS (declared by the page, its byte order mark or the server)"},
	{name: "EUC-JP HTML", enc: japanese.EUCJP, eol: "\n", asHTML: true, htmlDecl: "euc-jp", warning: "decoded from EUC-JP (declared by the page, its byte order mark or the server)"},
}

// TestPageVariantsEncodings: every sample text, encoded as users and the
// city produce it, parses to the same plan as the UTF-8 text, field by
// field and line by line. Characters an encoding cannot hold (for example
// • in Shift_JIS) are replaced in both the encoded and the compared text.
func TestPageVariantsEncodings(t *testing.T) {
	texts := sampleTexts(t)
	for _, v := range encodedVariants {
		replaced := 0
		for name, text := range texts {
			src := string(text)
			if v.asHTML {
				src = toHTML(src, "title", "https://www.city.osaka.lg.jp/x.html", v.htmlDecl)
			}
			src = strings.ReplaceAll(src, "\n", v.eol)
			enc, lossy := encodeAll(t, v.enc, src)
			if lossy {
				replaced++
			}
			back, _ := v.enc.NewDecoder().String(string(enc)) // the text as the encoding can hold it
			back = strings.Replace(back, `charset="`+v.htmlDecl+`"`, `charset="UTF-8"`, 1)
			want, _, err := readPage(name, []byte(back), map[bool]fileKind{true: htmlPage, false: pageText}[v.asHTML])
			if err != nil {
				t.Fatalf("%s %s: the UTF-8 text: %v", v.name, name, err)
			}
			data := append(append([]byte{}, v.bom...), enc...)
			kind := map[bool]fileKind{true: htmlPage, false: pageText}[v.asHTML]
			got, notes, err := readPage(name, data, kind)
			if err != nil {
				t.Errorf("%s %s: %v", v.name, name, err)
				continue
			}
			if wantNotes := warningNotes(name, v.warning); !reflect.DeepEqual(notes, wantNotes) {
				t.Errorf("%s %s: notes %q, want %q", v.name, name, notes, wantNotes)
			}
			for _, d := range planDiff(want, got, true) {
				t.Errorf("%s %s: %s", v.name, name, d)
			}
		}
		t.Logf("%s: %d texts, %d with characters the encoding cannot hold", v.name, len(texts), replaced)
	}
}

// TestEncodedTestdata: the committed Shift_JIS, EUC-JP and UTF-16 copies of
// the Nishi 2017 page parse to the plan of the UTF-8 text.
func TestEncodedTestdata(t *testing.T) {
	text := []byte(readText(t, nishiText))
	files := map[string]encodedVariant{
		"nishi_2017.sjis.txt":  encodedVariants[4],
		"nishi_2017.eucjp.txt": encodedVariants[5],
		"nishi_2017.utf16.txt": encodedVariants[2],
	}
	for file, v := range files {
		name := filepath.Join("testdata", "pages", file)
		enc, _ := encodeAll(t, v.enc, strings.ReplaceAll(string(text), "\n", v.eol))
		if *update {
			writeTestdata(t, name, append(append([]byte{}, v.bom...), enc...))
		}
		back, _ := v.enc.NewDecoder().Bytes(enc) // the text as the encoding can hold it
		want, _, err := readPage("nishi_2017.txt", back, pageText)
		if err != nil {
			t.Fatal(err)
		}
		p, warns, err := ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(warns[0], name+": warning: "+v.warning) {
			t.Errorf("%s: warnings %q", name, warns)
		}
		for _, d := range planDiff(want, p, true) {
			t.Errorf("%s: %s", name, d)
		}
	}
}

func warningNotes(name, w string) []string {
	if w == "" {
		return nil
	}
	return []string{name + ": warning: " + w}
}

// encodeAll encodes s, replacing each character the encoding cannot hold
// by 〓 (which Shift_JIS and EUC-JP hold); lossy says whether any was.
func encodeAll(t *testing.T, enc encoding.Encoding, s string) ([]byte, bool) {
	t.Helper()
	if out, err := enc.NewEncoder().String(s); err == nil {
		return []byte(out), false
	}
	var b strings.Builder
	lossy := false
	held := map[rune]bool{}
	for _, r := range s {
		ok, seen := held[r]
		if !seen {
			_, err := enc.NewEncoder().String(string(r))
			ok = err == nil
			held[r] = ok
		}
		if !ok {
			r, lossy = '〓', true
		}
		b.WriteRune(r)
	}
	out, err := enc.NewEncoder().String(b.String())
	if err != nil {
		t.Fatal(err)
	}
	return []byte(out), lossy
}

func writeTestdata(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// planDiff compares two plans field by field and words each difference.
// The source's file always differs; with lines false, line numbers and
// what only an HTML page has (title, attachments, and a URL or update date
// the text lacks) are left out.
func planDiff(want, got *wardgraph.Plan, lines bool) []string {
	w, g := planMap(want, lines), planMap(got, lines)
	ws, _ := w["source"].(map[string]any)
	gs, _ := g["source"].(map[string]any)
	for _, k := range []string{"file", "title", "attachments"} {
		delete(ws, k)
		delete(gs, k)
	}
	for _, k := range []string{"url", "updatedOn"} {
		if _, ok := ws[k]; !ok && !lines {
			delete(gs, k)
		}
	}
	var out []string
	diffValue("", w, g, &out)
	return out
}

func planMap(p *wardgraph.Plan, lines bool) map[string]any {
	b, _ := json.Marshal(p)
	var m map[string]any
	json.Unmarshal(b, &m)
	if !lines {
		dropLines(m)
	}
	return m
}

func dropLines(v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if isLineKey(k) {
				delete(x, k)
				continue
			}
			dropLines(e)
		}
	case []any:
		for _, e := range x {
			dropLines(e)
		}
	}
}

// isLineKey reports whether a JSON field holds a line number.
func isLineKey(k string) bool { return k == "line" || strings.HasSuffix(k, "Line") }

func diffValue(at string, w, g any, out *[]string) {
	wm, wok := w.(map[string]any)
	gm, gok := g.(map[string]any)
	if wok && gok {
		keys := map[string]bool{}
		for k := range wm {
			keys[k] = true
		}
		for k := range gm {
			keys[k] = true
		}
		sorted := make([]string, 0, len(keys))
		for k := range keys {
			sorted = append(sorted, k)
		}
		sort.Strings(sorted)
		for _, k := range sorted {
			diffValue(at+"."+k, wm[k], gm[k], out)
		}
		return
	}
	wl, wok := w.([]any)
	gl, gok := g.([]any)
	if wok && gok && len(wl) == len(gl) {
		for i := range wl {
			diffValue(fmt.Sprintf("%s[%d]", at, i), wl[i], gl[i], out)
		}
		return
	}
	if !reflect.DeepEqual(w, g) {
		*out = append(*out, fmt.Sprintf("%s: text gives %v, HTML gives %v", at, jsonText(w), jsonText(g)))
	}
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

var reTag = regexp.MustCompile(`<[^>]*>`)

// checkLines checks that every line number of the HTML plan points at the
// HTML line holding the text the text plan's same field points at.
func checkLines(t *testing.T, name string, got *wardgraph.Plan, htmlData []byte, want *wardgraph.Plan, text []byte) {
	t.Helper()
	htmlLines := strings.Split(string(htmlData), "\n")
	textLines := strings.Split(string(text), "\n")
	gl, wl := linesOf(got), linesOf(want)
	for at, n := range wl {
		h, ok := gl[at]
		if !ok || h < 1 || h > len(htmlLines) {
			t.Errorf("%s: %s: line %d of the text, HTML line %d", name, at, n, h)
			continue
		}
		tl := []rune(strings.TrimSpace(strings.TrimPrefix(textnorm.Normalize(textLines[n-1]), "・")))
		if len(tl) > 6 {
			tl = tl[:6]
		}
		hl := textnorm.Normalize(htmlUnescape(reTag.ReplaceAllString(htmlLines[h-1], "")))
		if !strings.Contains(hl, string(tl)) {
			t.Errorf("%s: %s: HTML line %d %q does not hold the text of line %d %q", name, at, h, hl, n, string(tl))
		}
	}
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&quot;", `"`, "&nbsp;", "\u00a0").Replace(s)
}

// linesOf maps the JSON path of every line field of a plan to its value.
func linesOf(p *wardgraph.Plan) map[string]int {
	b, _ := json.Marshal(p)
	var m any
	json.Unmarshal(b, &m)
	out := map[string]int{}
	var walk func(at string, v any)
	walk = func(at string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if n, ok := e.(float64); ok && isLineKey(k) {
					out[at+"."+k] = int(n)
				}
				walk(at+"."+k, e)
			}
		case []any:
			for i, e := range x {
				walk(fmt.Sprintf("%s[%d]", at, i), e)
			}
		}
	}
	walk("", m)
	return out
}

// TestHTMLPlanFileRoundTrip: a plan read from an HTML page, with its
// title and attachments, passes the plan file schema and comes back whole.
func TestHTMLPlanFileRoundTrip(t *testing.T) {
	p, _, err := ReadFile("testdata/pages/nishi_2017.html")
	if err != nil {
		t.Fatal(err)
	}
	data, err := planfile.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	back, err := planfile.Decode("nishi.json", data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Source, p.Source) || len(back.Source.Attachments) != 2 {
		t.Errorf("source after the plan file\n got %+v\nwant %+v", back.Source, p.Source)
	}
}

// TestParseHTMLServerCharset: a page that declares no charset is read in
// the one the server's Content-Type gave.
func TestParseHTMLServerCharset(t *testing.T) {
	page := strings.Replace(readText(t, "testdata/pages/kita_2022.html"), `<meta charset="UTF-8">`, "", 1)
	enc, _ := encodeAll(t, japanese.EUCJP, page)
	want, _, err := ParseHTML("kita.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	got, notes, err := ParseHTML("kita.html", enc, "EUC-JP")
	if err != nil || notes[0] != "kita.html: warning: decoded from EUC-JP (declared by the page, its byte order mark or the server)" {
		t.Fatalf("%v %q", err, notes)
	}
	for _, d := range planDiff(want, got, true) {
		t.Error(d)
	}
}
