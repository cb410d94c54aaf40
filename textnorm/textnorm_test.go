package textnorm

import "testing"

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
