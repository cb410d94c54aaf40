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
// also with every decoration, each text once.
func corpusLines(t *testing.T) []srcLine {
	t.Helper()
	var out []srcLine
	seen := map[string]bool{}
	for _, name := range sampleFiles(t) {
		data, err := os.ReadFile(filepath.Join(sampleDir, name))
		if err != nil {
			t.Fatal(err)
		}
		for i, raw := range strings.Split(string(data), "\n") {
			for _, d := range decorations {
				if s := textnorm.Normalize(d.before + raw + d.after); !seen[s] {
					seen[s] = true
					out = append(out, srcLine{n: i + 1, text: s})
				}
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

// TestGuards holds every guarded expression to the expression alone: on
// every corpus line (and what unwrap, a bullet strip and a cut budget term
// leave of it), each method answers as the regexp's, and a line the test
// turns away has no match. Each expression must match some line, so that
// the corpus tries its test.
func TestGuards(t *testing.T) {
	budgetRegexp()
	guards := map[string]guarded{
		"reTitle": reTitle, "reDateLine": reDateLine, "rePageNumber": rePageNumber, "reProgram": reProgram,
		"reCode": reCode, "reNumberBullet": reNumberBullet, "reFormSuffix": reFormSuffix,
		"reBudget": reBudget, "reLineBudget": reLineBudget, "reAmount": reAmount, "reBareMoney": reBareMoney, "reMoney": reMoney,
	}
	texts := map[string]bool{}
	for _, l := range corpusLines(t) {
		item, _ := stripBullet(l.text)
		for _, s := range []string{l.text, unwrap(l.text), strings.TrimPrefix(l.text, "予算額 "), item} {
			texts[s] = true
		}
	}
	for name, g := range guards {
		matched := 0
		for s := range texts {
			if checkGuard(t, name, g, s) {
				matched++
			}
		}
		if matched == 0 {
			t.Errorf("%s matches no corpus line: its test is not tried", name)
		}
	}
}

// checkGuard compares a guarded expression's methods with the regexp's on
// s and reports whether the regexp matches s.
func checkGuard(t *testing.T, name string, g guarded, s string) bool {
	t.Helper()
	re := g.re
	m := re.MatchString(s)
	if g.from(s) < 0 {
		if m {
			t.Fatalf("%s matches %q, which its test turns away", name, s)
		}
		return false
	}
	switch {
	case g.MatchString(s) != m:
		t.Fatalf("%s.MatchString(%q) = %v, want %v", name, s, g.MatchString(s), m)
	case !reflect.DeepEqual(g.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)):
		t.Fatalf("%s.FindAllStringSubmatchIndex(%q) = %v, want %v", name, s, g.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1))
	case !reflect.DeepEqual(g.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)):
		t.Fatalf("%s.FindStringSubmatchIndex(%q) = %v, want %v", name, s, g.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s))
	case !reflect.DeepEqual(g.FindStringSubmatch(s), re.FindStringSubmatch(s)):
		t.Fatalf("%s.FindStringSubmatch(%q) = %q, want %q", name, s, g.FindStringSubmatch(s), re.FindStringSubmatch(s))
	case g.ReplaceAllString(s, " ") != re.ReplaceAllString(s, " "):
		t.Fatalf("%s.ReplaceAllString(%q) = %q, want %q", name, s, g.ReplaceAllString(s, " "), re.ReplaceAllString(s, " "))
	}
	return m
}

// TestGuardFromRefusesLookBehind: a pattern that reads the text before its
// match cannot be searched from its first possible character.
func TestGuardFromRefusesLookBehind(t *testing.T) {
	for _, p := range []string{`^\(a\)`, `x\b\(`, `(?:\A|b)\(`} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("guardFrom(%q) did not panic", p)
				}
			}()
			guardFrom(p, containsAll(""), "(")
		}()
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

func TestCoreTerms(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"区CM予算額", "予算額", "予算", "算定見込額", "見込額", "決算額", "決算見込額"}, []string{"予算", "見込額", "決算額"}},
		{[]string{"ab", "ab", "b"}, []string{"b"}},
		{[]string{"ab", "ab"}, []string{"ab", "ab"}},
		{nil, nil},
	}
	for _, tt := range tests {
		if got := coreTerms(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("coreTerms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestContainsTerm holds containsTerm and hasBudgetTerm, which try only
// the core terms, to a test of every term on the corpus.
func TestContainsTerm(t *testing.T) {
	v := words()
	budgetRegexp()
	lines := corpusLines(t)
	for kind, terms := range v.terms {
		for _, l := range lines {
			if got, want := v.containsTerm(kind, l.text), containsAny(l.text, terms); got != want {
				t.Fatalf("containsTerm(%s, %q) = %v, want %v", kind, l.text, got, want)
			}
		}
	}
	for _, l := range lines {
		if got, want := hasBudgetTerm(l.text), containsAny(l.text, budgetTerms); got != want {
			t.Fatalf("hasBudgetTerm(%q) = %v, want %v", l.text, got, want)
		}
	}
}

func TestFirstOf(t *testing.T) {
	for _, s := range []string{"", "abc", "令和元年度 平成", "平成29年度", "x(y[", "【1】", "ab令", "1‐1-2", "a-b‐c", "漢字‐"} {
		for _, chars := range []string{"平令", "([", "令", "0123456789", "【", "a令", "-‐", "‐-"} {
			if got, want := firstOf(s, chars), strings.IndexAny(s, chars); got != want {
				t.Errorf("firstOf(%q, %q) = %d, want %d", s, chars, got, want)
			}
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	ins := []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u3000b", "\u3000", "a\u00a0b", "全角 スペース", "\xffa b", "a b c", "a b  ",
		"a\u0085b", "a\u1680b", "a\u2000b", "a\u200ab", "a\u2028b", "a\u2029b", "a\u202fb", "a\u205fb", "a\u2060b", "\xe3\xe3\x80\x80", "\xe3\x80", "a\vb", "→ ※ ○"}
	for _, l := range corpusLines(t) {
		ins = append(ins, l.text, " "+l.text+"\t", strings.ReplaceAll(l.text, " ", "  "))
	}
	for _, s := range ins {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestHasMaru(t *testing.T) {
	ins := []string{"", "。", "a。", "。a", "\x80", "\xe3\x80", "\x80\x82", "\xe3\x80\x81。", "、", "一。", "\xe3\x80\x80\x82", "。。"}
	for _, l := range corpusLines(t) {
		ins = append(ins, l.text)
	}
	for _, s := range ins {
		if got, want := hasMaru(s), strings.Contains(s, "。"); got != want {
			t.Fatalf("hasMaru(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestColumnHeader holds the byte-wise field cut of classifyColumnHeader
// to strings.FieldsFunc: a column header is two or more fields, each a
// column word once brackets are trimmed.
func TestColumnHeader(t *testing.T) {
	ins := []string{"取組 予算額", "|取組|予算額|", "取組", "取組  予算額", "取組 その他", "【取組】/【予算額】", "取組\t予算額\t", "", " ", "||"}
	for _, l := range corpusLines(t) {
		ins = append(ins, l.text)
	}
	kinds := 0
	for _, s := range ins {
		fields := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(columnSeparators, r) })
		want := len(fields) >= 2
		for _, f := range fields {
			want = want && words().isTerm("column", strings.Trim(f, openers+closers))
		}
		var c class
		if got := classifyColumnHeader(s, false, &c); got != want {
			t.Fatalf("classifyColumnHeader(%q) = %v, want %v", s, got, want)
		}
		if want {
			kinds++
		}
	}
	if kinds < 3 {
		t.Errorf("only %d column headers among the inputs: the test tries too little", kinds)
	}
}
