package memstore

import (
	"slices"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

func TestTextIndexCandidates(t *testing.T) {
	docs := []string{
		"見守り活動の支援",    // 0
		"地域防災訓練の実施",   // 1
		"PDCAサイクルの徹底", // 2
		"ＰＤＣＡの徹底(全角)", // 3: not NFKC
		"見守りと防災",      // 4
		"子育て",         // 5
		"守り見",         // 6: every bigram of 見守 is not here
	}
	ix := newTextIndex()
	for _, d := range docs {
		ix.add(d)
	}
	tests := []struct {
		query string
		want  []int32
	}{
		{"見守り", []int32{0, 4}},
		{"防災", []int32{1, 4}},
		{"見守り 防災", []int32{4}},
		{"pdca", []int32{2, 3}}, // 3 through its NFKC form; ScoreText then refuses it
		{"の", []int32{0, 1, 2, 3}},
		{"子", []int32{5}},
		{"存在", nil},
		{"見守り 存在", nil},
	}
	for _, tt := range tests {
		got := ix.candidates(newGramQuery(wardgraph.SearchTerms(tt.query)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("candidates(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
}

// TestTextIndexKeepsEveryMatch checks that every text ScoreText accepts is
// a candidate: the index may only narrow the search, never lose a hit.
func TestTextIndexKeepsEveryMatch(t *testing.T) {
	texts := []string{"見守り活動の支援と見守り", "ICTを活用した区民サービス", "ＰＤＣＡ", "a", "ab ba", "区民の安全と安心を守る", "不正\xffな\xfe"}
	queries := []string{"見守り", "ict", "ｐｄｃａ", "a", "b", "ba", "安心 区民", "守る", "ab ba", "\xff", "正\xffな", "İ"}
	ix := newTextIndex()
	for _, s := range texts {
		ix.add(s)
	}
	for _, q := range queries {
		terms := wardgraph.SearchTerms(q)
		cands := ix.candidates(newGramQuery(terms))
		for i, s := range texts {
			if _, _, ok := wardgraph.ScoreText(terms, s); ok && !slices.Contains(cands, int32(i)) {
				t.Errorf("query %q matches %q but the index left it out", q, s)
			}
		}
	}
}
