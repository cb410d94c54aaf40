// Package textnorm normalises text before it is matched or compared: Unicode
// NFKC (golang.org/x/text/unicode/norm) folds the Kangxi radicals that
// PDF-derived Japanese text carries (⽅ ⽉ ⽇ ⾰ ⽬ become 方 月 日 革 目),
// full-width digits, letters and punctuation (１２ becomes 12, （） becomes
// (), ： becomes :) and the ideographic space. Brackets that have no
// compatibility mapping, such as 【】 and 「」, are left as they are.
package textnorm

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in Unicode NFKC with leading and trailing white space
// removed. It is the one normalisation every package applies before
// matching Japanese text.
func Normalize(s string) string {
	return strings.TrimSpace(NFKC(s))
}

// NFKC returns s in Unicode NFKC without trimming it. Text made only of
// runes that NFKC leaves alone whatever surrounds them (stableRune: ASCII,
// kana, CJK ideographs, the common CJK brackets), as most of a page is, is
// returned as it is without the normaliser's table lookups.
func NFKC(s string) string {
	if isStable(s) {
		return s
	}
	return norm.NFKC.String(s)
}

// isStable reports whether every rune of s is a stableRune (and s is
// valid UTF-8). A three-byte rune led by 0xE4–0xE9 is U+4000–U+9FFF, inside
// the ideograph range, and is passed over without decoding; one led by
// 0xE1–0xEC or 0xEE–0xEF (any continuation bytes valid) is decoded inline.
func isStable(s string) bool {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			i++
			continue
		}
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			switch {
			case b >= 0xE4 && b <= 0xE9:
				i += 3
				continue
			case b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF:
				if !stableRune(rune(b&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)) {
					return false
				}
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !stableRune(r) {
			return false
		}
		i += size
	}
	return true
}

// stableRanges are ranges where every rune is in NFKC, has canonical
// combining class 0 and combines with no rune before it
// (NFKC_Quick_Check=Yes): a text of such runes is in NFKC (UAX #15 §9).
// TestStableRunes checks every rune of them against the normaliser.
var stableRanges = [...][2]rune{
	{0, 0x7F},        // ASCII
	{0x3400, 0x9FFF}, // CJK Unified Ideographs and Extension A, Yijing hexagrams
	{0x3041, 0x3096}, // Hiragana
	{0x30A1, 0x30FE}, // Katakana, ・ ー ヽ ヾ
	{0x3001, 0x3011}, // 、。〃〄々〆〇〈〉《》「」『』【】
}

// stableRune reports whether r is in one of the stableRanges.
func stableRune(r rune) bool {
	for _, rg := range stableRanges {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}
