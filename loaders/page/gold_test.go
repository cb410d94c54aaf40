package page

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/textnorm"
)

// goldPage is the hand label of one page text (testdata/gold/<name>.json),
// written by reading the page, never from the parser's output. Line
// ranges are 1-based and inclusive; the expected text of a range is its
// non-blank lines without their bullets.
type goldPage struct {
	File     string                    `json:"file"`
	Partial  bool                      `json:"partial"` // the text ends before the page's footer
	Note     string                    `json:"note,omitempty"`
	Goal     *struct{ Line, End int }  `json:"goal"`
	Slogans  []string                  `json:"slogans"`
	Missions []struct{ Line, End int } `json:"missions"`
	Policy   *struct{ Start, End int } `json:"policy"`
	Issues   []struct {
		Number int    `json:"number"`
		Title  string `json:"title"`
		Line   int    `json:"line"`
	} `json:"issues"`
	Strategies  []goldCoded `json:"strategies"`
	Initiatives []goldCoded `json:"initiatives"`
	Budgets     []struct {
		Owner      string `json:"owner"` // an initiative code, or "issue N"
		Line       int    `json:"line"`
		Kind       string `json:"kind"`
		FiscalYear int    `json:"fiscalYear"`
		AmountYen  *int64 `json:"amountYen"`
	} `json:"budgets"`
	Partners []string `json:"partners"`
}

// goldCoded is a labelled strategy or initiative.
type goldCoded struct {
	Code     string `json:"code"`
	Title    string `json:"title"`
	Numbered bool   `json:"numbered"`
}

// score counts the right answers of one field out of the labelled ones,
// and the extra answers: parts the parser found that the labels do not have.
type score struct{ right, total, extra int }

// goldFields are the scored fields in table order.
var goldFields = []string{"goal", "slogans", "missions", "policy", "issues", "strategies",
	"initiatives", "budgets", "partial", "no false missing", "partners"}

// TestGoldScores parses every labelled page, scores each field against the
// labels and prints the table (field: right/total). It fails when a field
// scores below the minimum kept in testdata/gold_minimum.tsv or when a
// field's total changes (a label or a page was added or removed: update the
// file by hand).
func TestGoldScores(t *testing.T) {
	scores, misses := scoreGold(t, nil)
	var table strings.Builder
	for _, f := range goldFields {
		sc := scores[f]
		fmt.Fprintf(&table, "%-18s %3d/%-3d  extra %d\n", f+":", sc.right, sc.total, sc.extra)
	}
	p := scores["partners"]
	fmt.Fprintf(&table, "partner precision %d/%d, recall %d/%d\n", p.right, p.right+p.extra, p.right, p.total)
	t.Logf("per-field score on %d labelled pages:\n%s", len(goldFiles(t)), table.String())
	if testing.Verbose() {
		for _, m := range misses {
			t.Log("miss: " + m)
		}
	}
	for f, min := range readGoldMinimum(t) {
		got := scores[f]
		if got.total != min.total {
			t.Errorf("%s: %d labelled answers, %s says %d: update it", f, got.total, goldMinimumFile, min.total)
		}
		if got.right < min.right {
			t.Errorf("%s: %d/%d right, below the minimum %d/%d", f, got.right, got.total, min.right, min.total)
		}
		if got.extra > min.extra {
			t.Errorf("%s: %d extra answers, above the maximum %d", f, got.extra, min.extra)
		}
	}
}

const goldMinimumFile = "testdata/gold_minimum.tsv"

// readGoldMinimum reads field TAB right TAB total TAB extra lines: the
// minimum right answers, the number of labelled answers and the maximum
// extra answers.
func readGoldMinimum(t *testing.T) map[string]score {
	t.Helper()
	f, err := os.Open(goldMinimumFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]score{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rec := strings.Split(line, "\t")
		if len(rec) != 4 {
			t.Fatalf("%s: want field TAB right TAB total TAB extra, got %q", goldMinimumFile, line)
		}
		var n [3]int
		for i := range n {
			v, err := strconv.Atoi(rec[i+1])
			if err != nil {
				t.Fatalf("%s: bad number in %q", goldMinimumFile, line)
			}
			n[i] = v
		}
		out[rec[0]] = score{n[0], n[1], n[2]}
	}
	for _, f := range goldFields {
		if _, ok := out[f]; !ok {
			t.Fatalf("%s has no minimum for %s", goldMinimumFile, f)
		}
	}
	return out
}

// goldFiles returns the label files.
func goldFiles(t testing.TB) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", "gold", "*.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no gold labels in testdata/gold: %v", err)
	}
	return names
}

// scoreGold scores every labelled page and lists the misses. variant, when
// not nil, rewrites each text and the labels' lines before parsing.
func scoreGold(t *testing.T, variant func([]byte, *goldPage) []byte) (map[string]score, []string) {
	t.Helper()
	scores := map[string]score{}
	var misses []string
	for _, file := range goldFiles(t) {
		var g goldPage
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		data, err := os.ReadFile(filepath.Join(sampleDir, g.File))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if variant != nil {
			data = variant(data, &g)
		}
		p, err := Parse(g.File, data)
		if err != nil {
			t.Fatalf("%s: %v", g.File, err)
		}
		s := &pageScorer{g: &g, p: p, lines: splitLines(data), scores: scores}
		s.all()
		misses = append(misses, s.misses...)
	}
	return scores, misses
}

// TestGoldBlankLines checks that the scores do not depend on blank lines
// (some pages have one between every two lines, some none): every text is
// parsed without its blank lines and with a blank line after every line,
// the labels' lines moved to match, and must score as the text does.
func TestGoldBlankLines(t *testing.T) {
	base, _ := scoreGold(t, nil)
	for name, v := range map[string]func([]byte, *goldPage) []byte{
		"without blank lines": func(data []byte, g *goldPage) []byte { return relayout(data, g, false) },
		"blank after each":    func(data []byte, g *goldPage) []byte { return relayout(data, g, true) },
	} {
		got, misses := scoreGold(t, v)
		for _, f := range goldFields {
			if got[f] != base[f] {
				t.Errorf("%s: %s scores %+v, the texts as written %+v; misses:\n%s", name, f, got[f], base[f], strings.Join(misses, "\n"))
			}
		}
	}
}

// relayout drops the blank lines of data (spread false) or puts a blank
// line after every line (spread true), and moves the labels' lines.
func relayout(data []byte, g *goldPage, spread bool) []byte {
	lines := strings.Split(string(data), "\n")
	moved := map[int]int{}
	var out []string
	for i, l := range lines {
		if !spread && strings.TrimSpace(textnorm.NFKC(l)) == "" {
			continue
		}
		out = append(out, l)
		moved[i+1] = len(out)
		if spread {
			out = append(out, "")
		}
	}
	g.move(func(n int) int { return moved[n] })
	return []byte(strings.Join(out, "\n"))
}

// move renumbers every line of the labels.
func (g *goldPage) move(to func(int) int) {
	if g.Goal != nil {
		g.Goal.Line, g.Goal.End = to(g.Goal.Line), to(g.Goal.End)
	}
	for i := range g.Missions {
		g.Missions[i].Line, g.Missions[i].End = to(g.Missions[i].Line), to(g.Missions[i].End)
	}
	if g.Policy != nil {
		g.Policy.Start, g.Policy.End = to(g.Policy.Start), to(g.Policy.End)
	}
	for i := range g.Issues {
		g.Issues[i].Line = to(g.Issues[i].Line)
	}
	for i := range g.Budgets {
		g.Budgets[i].Line = to(g.Budgets[i].Line)
	}
}

// pageScorer scores one page.
type pageScorer struct {
	g      *goldPage
	p      *wardgraph.Plan
	lines  []srcLine
	scores map[string]score
	misses []string
}

func (s *pageScorer) all() {
	s.goal()
	s.slogans()
	s.missions()
	s.policy()
	s.issues()
	s.coded("strategies", s.g.Strategies, s.gotStrategies())
	s.coded("initiatives", s.g.Initiatives, s.gotInitiatives())
	s.budgets()
	s.partial()
	s.missing()
	s.partners()
}

// count adds one answer to a field, noting a miss.
func (s *pageScorer) count(field string, ok bool, format string, args ...any) {
	sc := s.scores[field]
	sc.total++
	if ok {
		sc.right++
	} else {
		s.misses = append(s.misses, fmt.Sprintf("%s %s: %s", s.g.File, field, fmt.Sprintf(format, args...)))
	}
	s.scores[field] = sc
}

// extra counts an answer of the parser that no label has.
func (s *pageScorer) extra(field string, format string, args ...any) {
	sc := s.scores[field]
	sc.extra++
	s.misses = append(s.misses, fmt.Sprintf("%s %s: extra %s", s.g.File, field, fmt.Sprintf(format, args...)))
	s.scores[field] = sc
}

// squash normalises a text for comparison: NFKC, no white space.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, textnorm.Normalize(s))
}

// rangeText is the expected text of lines from..to.
func (s *pageScorer) rangeText(from, to int) string {
	var b strings.Builder
	for _, l := range s.lines {
		if l.n >= from && l.n <= to && l.text != "" {
			t, _ := stripBullet(l.text)
			b.WriteString(unwrapTitle(t))
		}
	}
	return squash(b.String())
}

// unwrapTitle drops brackets that wrap a whole heading or title.
func unwrapTitle(s string) string {
	for _, p := range []string{"【】", "『』", "「」", "<>", "≪≫", "《》"} {
		r := []rune(p)
		if strings.HasPrefix(s, string(r[0])) && strings.HasSuffix(s, string(r[1])) &&
			strings.Count(s, string(r[0])) == 1 {
			return strings.TrimSuffix(strings.TrimPrefix(s, string(r[0])), string(r[1]))
		}
	}
	return s
}

// textWithoutBullets squashes a parsed text, dropping each line's bullet.
func textWithoutBullets(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		t, _ := stripBullet(textnorm.Normalize(strings.TrimSpace(l)))
		b.WriteString(unwrapTitle(t))
	}
	return squash(b.String())
}

func (s *pageScorer) goal() {
	g, p := s.g.Goal, s.p.Goal
	switch {
	case g == nil:
		s.count("goal", p == nil, "want no goal, got line %d", lineOf(p))
	case p == nil:
		s.count("goal", false, "want lines %d-%d, got none", g.Line, g.End)
	default:
		ok := p.Line == g.Line && textWithoutBullets(p.Text) == s.rangeText(g.Line, g.End)
		s.count("goal", ok, "want lines %d-%d, got line %d %q", g.Line, g.End, p.Line, p.Text)
	}
}

func lineOf(g *wardgraph.Goal) int {
	if g == nil {
		return 0
	}
	return g.Line
}

func (s *pageScorer) slogans() {
	got := planSlogans(s.p)
	want := make([]string, len(s.g.Slogans))
	for i, w := range s.g.Slogans {
		want[i] = squash(w)
	}
	for i := range got {
		got[i] = squash(got[i])
	}
	s.count("slogans", strings.Join(got, "|") == strings.Join(want, "|"), "want %q, got %q", want, got)
}

func (s *pageScorer) missions() {
	byLine := map[int]wardgraph.Mission{}
	for _, m := range s.p.Missions {
		byLine[m.Line] = m
	}
	matched := 0
	for _, g := range s.g.Missions {
		m, ok := byLine[g.Line]
		ok = ok && textWithoutBullets(m.Text) == s.rangeText(g.Line, g.End)
		if ok {
			matched++
		}
		s.count("missions", ok, "want lines %d-%d, got %q", g.Line, g.End, m.Text)
	}
	for _, m := range s.p.Missions {
		if !s.goldMissionAt(m.Line) {
			s.extra("missions", "mission at line %d: %q", m.Line, m.Text)
		}
	}
}

func (s *pageScorer) goldMissionAt(line int) bool {
	for _, g := range s.g.Missions {
		if g.Line == line {
			return true
		}
	}
	return false
}

func (s *pageScorer) policy() {
	g := s.g.Policy
	if g == nil {
		s.count("policy", s.p.Policy == "", "want no policy, got line %d", s.p.PolicyLine)
		return
	}
	ok := s.p.PolicyLine == g.Start && textWithoutBullets(s.p.Policy) == s.rangeText(g.Start, g.End)
	s.count("policy", ok, "want lines %d-%d, got line %d ending %q", g.Start, g.End, s.p.PolicyLine, tail(s.p.Policy))
}

func tail(s string) string {
	r := []rune(s)
	if len(r) > 30 {
		return "…" + string(r[len(r)-30:])
	}
	return s
}

func (s *pageScorer) issues() {
	got := map[string]bool{}
	for _, is := range s.p.Issues {
		got[fmt.Sprintf("%d|%s|%d", is.Number, squash(unwrapTitle(is.Title)), is.Line)] = true
	}
	want := map[string]bool{}
	for _, g := range s.g.Issues {
		k := fmt.Sprintf("%d|%s|%d", g.Number, squash(g.Title), g.Line)
		want[k] = true
		s.count("issues", got[k], "want %s", k)
	}
	for k := range got {
		if !want[k] {
			s.extra("issues", "%s", k)
		}
	}
}

// coded scores strategies or initiatives: code, title and numbered.
func (s *pageScorer) coded(field string, want []goldCoded, got []goldCoded) {
	key := func(c goldCoded) string {
		return fmt.Sprintf("%s|%s|%v", c.Code, squash(unwrapTitle(c.Title)), c.Numbered)
	}
	gotKeys := map[string]bool{}
	for _, c := range got {
		gotKeys[key(c)] = true
	}
	wantKeys := map[string]bool{}
	for _, c := range want {
		wantKeys[key(c)] = true
		s.count(field, gotKeys[key(c)], "want %s", key(c))
	}
	for _, c := range got {
		if !wantKeys[key(c)] {
			s.extra(field, "%s", key(c))
		}
	}
}

func (s *pageScorer) gotStrategies() []goldCoded {
	var out []goldCoded
	for _, is := range s.p.Issues {
		for _, st := range is.Strategies {
			out = append(out, goldCoded{st.Code, st.Title, st.Numbered})
		}
	}
	return out
}

func (s *pageScorer) gotInitiatives() []goldCoded {
	var out []goldCoded
	for _, ref := range s.p.Initiatives() {
		in := ref.Initiative
		out = append(out, goldCoded{in.Code, in.Title, initiativeNumbered(in)})
	}
	return out
}

func (s *pageScorer) budgets() {
	key := func(owner string, line int, kind string, year int, amount *int64) string {
		a := "none"
		if amount != nil {
			a = strconv.FormatInt(*amount, 10)
		}
		return fmt.Sprintf("%s|%d|%s|%d|%s", owner, line, kind, year, a)
	}
	got := map[string]bool{}
	for _, is := range s.p.Issues {
		for _, b := range is.Budgets {
			got[key(fmt.Sprintf("issue %d", is.Number), b.Line, string(b.Kind), b.FiscalYear, b.AmountYen)] = true
		}
	}
	for _, ref := range s.p.Initiatives() {
		for _, b := range ref.Initiative.Budgets {
			got[key(ref.Initiative.Code, b.Line, string(b.Kind), b.FiscalYear, b.AmountYen)] = true
		}
	}
	want := map[string]bool{}
	for _, g := range s.g.Budgets {
		k := key(g.Owner, g.Line, g.Kind, g.FiscalYear, g.AmountYen)
		want[k] = true
		s.count("budgets", got[k], "want %s", k)
	}
	for k := range got {
		if !want[k] {
			s.extra("budgets", "%s", k)
		}
	}
}

func (s *pageScorer) partial() {
	got := false
	for _, w := range s.p.Warnings {
		got = got || strings.Contains(w.Message, "cut short")
	}
	s.count("partial", got == s.g.Partial, "want partial %v, got %v", s.g.Partial, got)
}

// missing counts a page right when no warning claims a part is missing
// that the page has, or that may lie beyond the cut of a partial text.
func (s *pageScorer) missing() {
	var false_ []string
	for _, w := range s.p.Warnings {
		m := w.Message
		if !(strings.HasPrefix(m, "no ") && strings.Contains(m, " found")) && !strings.HasSuffix(m, "has no strategies") {
			continue
		}
		if s.g.Partial || s.goldHas(m) {
			false_ = append(false_, m)
		}
	}
	s.count("no false missing", len(false_) == 0, "false warnings %q", false_)
}

// goldHas reports whether the labels contain the part a "no … found"
// warning says is missing.
func (s *pageScorer) goldHas(msg string) bool {
	switch {
	case strings.HasPrefix(msg, "no goal"):
		return s.g.Goal != nil
	case strings.HasPrefix(msg, "no missions"):
		return len(s.g.Missions) > 0
	case strings.HasPrefix(msg, "no ward head's policy"):
		return s.g.Policy != nil
	case strings.HasPrefix(msg, "no management issues"):
		return len(s.g.Issues) > 0
	}
	return false
}

// partners scores partner links per page and name: right are labelled
// partners the parser links, extra the links no label has (precision is
// right/(right+extra), recall right/total).
func (s *pageScorer) partners() {
	got := map[string]bool{}
	for _, n := range planPartners(s.p) {
		got[n] = true
	}
	want := map[string]bool{}
	for _, n := range s.g.Partners {
		want[n] = true
		s.count("partners", got[n], "missed %s", n)
	}
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if !want[n] {
			s.extra("partners", "false link %s", n)
		}
	}
}

// planPartners returns the names of every partner link of the plan.
func planPartners(p *wardgraph.Plan) []string {
	var all [][]wardgraph.Link
	if p.Goal != nil {
		all = append(all, p.Goal.Links)
	}
	for _, m := range p.Missions {
		all = append(all, m.Links)
	}
	all = append(all, p.PolicyLinks)
	for _, is := range p.Issues {
		all = append(all, is.Links)
		for _, st := range is.Strategies {
			all = append(all, st.Links)
			for _, in := range st.Initiatives {
				all = append(all, in.Links)
			}
		}
	}
	var out []string
	for _, ls := range all {
		for _, l := range ls {
			if l.Kind == wardgraph.LinkPartner {
				out = append(out, l.Name)
			}
		}
	}
	return out
}
