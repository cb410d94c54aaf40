package wardgraph

import "testing"

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
