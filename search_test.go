package wardgraph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestScoreText(t *testing.T) {
	tests := []struct {
		name    string
		terms   []string
		text    string
		ok      bool
		snippet string
	}{
		{"substring", []string{"子育て"}, "安心して子育てができる環境づくり", true, "安心して子育てができる環境づくり"},
		{"missing", []string{"防災"}, "安心して子育てができる環境づくり", false, ""},
		{"all terms needed", []string{"子育て", "防災"}, "子育て", false, ""},
		{"case folded", []string{"pdca"}, "PDCAサイクルの徹底", true, "PDCAサイクルの徹底"},
		{"no terms", nil, "text", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			score, snip, ok := ScoreText(tt.terms, tt.text)
			if ok != tt.ok || snip != tt.snippet {
				t.Fatalf("ScoreText = (%v, %q, %v), want (_, %q, %v)", score, snip, ok, tt.snippet, tt.ok)
			}
			if ok && score <= 0 {
				t.Fatalf("score %v, want > 0", score)
			}
		})
	}
}

func TestScoreTextRanksShortAndFrequentHigher(t *testing.T) {
	terms := []string{"見守り"}
	short, _, _ := ScoreText(terms, "見守り活動の支援")
	long, _, _ := ScoreText(terms, "要援護者名簿整備と福祉専門職のワーカーによる孤立世帯への専門的対応、見守り活動組織の立ち上げ並びに継続的な運営のための支援を行う。")
	twice, _, _ := ScoreText(terms, "見守り活動の支援と見守り")
	if short <= long {
		t.Errorf("short %v <= long %v", short, long)
	}
	if twice <= short*0.9 {
		t.Errorf("two occurrences %v not above one %v", twice, short)
	}
}

func TestSnippetCutsLongText(t *testing.T) {
	text := "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん防災あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめも"
	got := Snippet(text, text, "防災")
	want := "…ぬねのはひふへほまみむめもやゆよらりるれろわをん防災あいうえおかきくけこさしすせそたちつてとなにぬね…" // 24 characters each side
	if got != want {
		t.Fatalf("Snippet = %q, want %q", got, want)
	}
}

// TestScoreIsScoreTextWithoutSnippet: Score and ScoreLower (given the
// lower-cased text and the text's length) give ScoreText's score and ok,
// also where lower-casing changes a text's length (İ).
func TestScoreIsScoreTextWithoutSnippet(t *testing.T) {
	texts := []string{"安心して子育てができる環境づくり", "子育て支援と子育て相談", "PDCAサイクルの徹底", "İstanbul ICT", "", "ab ba ab"}
	queries := []string{"子育て", "子育て 相談", "pdca", "ict", "i̇stanbul", "ab", "b a", "防災"}
	for _, text := range texts {
		for _, q := range queries {
			terms := SearchTerms(q)
			want, _, wantOK := ScoreText(terms, text)
			got, ok := Score(terms, text)
			lowerGot, lowerOK := ScoreLower(terms, strings.ToLower(text), utf8.RuneCountInString(text))
			if got != want || ok != wantOK || lowerGot != want || lowerOK != wantOK {
				t.Errorf("%q in %q: Score (%v, %v), ScoreLower (%v, %v), ScoreText (%v, %v)", q, text, got, ok, lowerGot, lowerOK, want, wantOK)
			}
		}
	}
	if _, ok := Score(nil, "text"); ok {
		t.Errorf("no terms matched")
	}
}

// TestScoreValues pins the formula: occurrences, term length and text
// length, rounded to 1e-6.
func TestScoreValues(t *testing.T) {
	tests := []struct {
		terms []string
		text  string
		want  float64
	}{
		{[]string{"子育て"}, "子育て", 2.797671},                               // 3 / (1 + ln(1 + 3/40))
		{[]string{"子育て"}, "子育て子育て", 4.456581},                            // 3(1 + ln 2) / (1 + ln(1 + 6/40))
		{[]string{"ab", "c"}, "abc" + strings.Repeat("x", 37), 1.771848}, // 3 / (1 + ln 2)
	}
	for _, tt := range tests {
		if got, ok := Score(tt.terms, tt.text); !ok || got != tt.want {
			t.Errorf("Score(%q, %q) = %v, %v; want %v", tt.terms, tt.text, got, ok, tt.want)
		}
	}
}
