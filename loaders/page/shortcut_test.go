package page

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph/textnorm"
)

// decorations turn a sample line into the headings, bullets and budget
// expressions the shortcuts must not misread.
var decorations = []struct{ before, after string }{
	{"", ""}, {"1-1 ", ""}, {"2‐3-1 ", ""}, {"【", "】"}, {"【1-1 ", "】"}, {"<1-2 ", ">"}, {"・", ""},
	{"(", ")"}, {"1 平成25年度 ", ""}, {"令和元年度 ", "(様式2)"}, {"", "(29年度予算額 22,268千円)"},
	{"予算額 263千円 ", ""}, {"", " (5千3百万円)"}, {"経営課題2 ", ""}, {"主な戦略", ""}, {"2018年6月7日", ""},
}

// corpusLines returns every line of every sample text, normalised, each
// also with every decoration.
func corpusLines(t *testing.T) []srcLine {
	t.Helper()
	var out []srcLine
	for _, name := range sampleFiles(t) {
		data, err := os.ReadFile(filepath.Join(sampleDir, name))
		if err != nil {
			t.Fatal(err)
		}
		for i, raw := range strings.Split(string(data), "\n") {
			for _, d := range decorations {
				out = append(out, srcLine{n: i + 1, text: textnorm.Normalize(d.before + raw + d.after)})
			}
		}
	}
	return out
}

// TestReclassify holds reclassify to classify: a class made outside an
// issue is what classify makes inside one (but for the issueBound note).
func TestReclassify(t *testing.T) {
	for _, l := range corpusLines(t) {
		for _, inIssue := range []bool{false, true} {
			got, want := reclassify(classify(l, false), inIssue), classify(l, inIssue)
			got.issueBound, want.issueBound = false, false
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("reclassify(%q, inIssue=%v) = %+v, want %+v", l.text, inIssue, got, want)
			}
		}
	}
}

// TestGuards holds the test of every guarded expression to the expression:
// on every corpus line, a line the test turns away has no match. Each
// expression must match some line, so that the corpus tries its test.
func TestGuards(t *testing.T) {
	budgetRegexp()
	guards := map[string]guarded{
		"reTitle": reTitle, "reDateLine": reDateLine, "rePageNumber": rePageNumber, "reProgram": reProgram,
		"reCode": reCode, "reNumberBullet": reNumberBullet, "reFormSuffix": reFormSuffix,
		"reBudget": reBudget, "reLineBudget": reLineBudget, "reAmount": reAmount, "reBareMoney": reBareMoney, "reMoney": reMoney,
	}
	lines := corpusLines(t)
	for name, g := range guards {
		matched := 0
		for _, l := range lines {
			for _, s := range []string{l.text, unwrap(l.text), strings.TrimPrefix(l.text, "予算額 "), trimBulletOnly(l.text)} {
				m := g.re.MatchString(s)
				if m && !g.may(s) {
					t.Fatalf("%s matches %q, which its test turns away", name, s)
				}
				if m {
					matched++
				}
			}
		}
		if matched == 0 {
			t.Errorf("%s matches no corpus line: its test is not tried", name)
		}
	}
}

// TestMayEraPrefix holds mayEraPrefix to reEraPrefix.
func TestMayEraPrefix(t *testing.T) {
	for _, l := range corpusLines(t) {
		for _, s := range []string{l.text, " " + l.text, strings.TrimLeft(l.text, openers)} {
			if m := reEraPrefix.FindString(s); m != "" && !mayEraPrefix(s) {
				t.Fatalf("reEraPrefix matches %q in %q, which mayEraPrefix turns away", m, s)
			}
		}
	}
}
