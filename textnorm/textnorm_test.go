package textnorm

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"kangxi radicals", "運営⽅針 ⽉ ⽇ 改⾰ 項⽬", "運営方針 月 日 改革 項目"},
		{"full-width digits", "２０１７年６月７日", "2017年6月7日"},
		{"full-width parens", "（案）", "(案)"},
		{"full-width colon", "ページ番号：397102", "ページ番号:397102"},
		{"lenticular brackets stay", "【経営課題１】", "【経営課題1】"},
		{"corner brackets stay", "「きらきら」『ぽかぽか』", "「きらきら」『ぽかぽか』"},
		{"ideographic space trimmed", "\u3000区のブランド力", "区のブランド力"},
		{"inner ideographic space becomes ASCII", "西区役所\u3000総務課", "西区役所 総務課"},
		{"full-width minus and tilde", "－～", "-~"},
		{"ascii untouched", "  plain text\t", "plain text"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNFKCKeepsSpace(t *testing.T) {
	if got := NFKC("\u3000（１）"); got != " (1)" {
		t.Errorf("NFKC = %q, want %q", got, " (1)")
	}
}

// TestStableRunes checks every rune stableRune accepts against the
// normaliser: in NFKC alone, class 0, no composition with a rune before it;
// and that the runes next to the ranges are refused.
func TestStableRunes(t *testing.T) {
	for _, rg := range stableRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			s := string(r)
			p := norm.NFKC.PropertiesString(s)
			if !stableRune(r) || !norm.NFKC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
				t.Fatalf("%U: stableRune %v, normal %v, class %d, boundary before %v", r, stableRune(r), norm.NFKC.IsNormalString(s), p.CCC(), p.BoundaryBefore())
			}
		}
	}
	for _, r := range []rune{0x3000, 0x3012, 0x3040, 0x3097, 0x3099, 0x309B, 0x30A0, 0x30FF, 0x33FF, 0xA000, 0xFF11, 0x2F45, 0x80} {
		if stableRune(r) {
			t.Errorf("stableRune(%U) = true: not in the checked ranges", r)
		}
	}
}

// TestNFKCFastPath compares NFKC with the normaliser on texts made of
// stable runes and on texts where one rune is not.
func TestNFKCFastPath(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	extra := []rune{0x3000, 0x3099, 0x309A, 0x0301, 0xFF11, 0x2F45, 0xFF08, 0x2026, 0xFF71}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := rnd.Intn(12); n >= 0; n-- {
			rg := stableRanges[rnd.Intn(len(stableRanges))]
			b.WriteRune(rg[0] + rune(rnd.Intn(int(rg[1]-rg[0]+1))))
			if rnd.Intn(8) == 0 {
				b.WriteRune(extra[rnd.Intn(len(extra))])
			}
		}
		checkStable(t, b.String())
	}
	for _, s := range []string{"\xff\u3000", "\xe4\x80", "a\xe4\x80A", "\xe9\xbf", "\xe9\xbf\xbf\xe4", "\xed\xa0\x80", "漢\xe5\x80\xc0字", "\xe4\xc0\x80", "\xe3\x81\xc1", "\xef\xbf\xbd", "\xe3\x81\x82\xe3\x80\x80", "\xed\x9f\xbf"} {
		checkStable(t, s)
	}
}

// checkStable compares NFKC with the normaliser on s, and isStable with
// its definition: valid UTF-8 of stable runes only.
func checkStable(t *testing.T, s string) {
	t.Helper()
	if got, want := NFKC(s), norm.NFKC.String(s); got != want {
		t.Fatalf("NFKC(%+q) = %+q, want %+q", s, got, want)
	}
	want := utf8.ValidString(s)
	for _, r := range s {
		want = want && stableRune(r)
	}
	if got := isStable(s); got != want {
		t.Fatalf("isStable(%+q) = %v, want %v", s, got, want)
	}
}
