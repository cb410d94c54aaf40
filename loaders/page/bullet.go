package page

import (
	"regexp"
	"strings"
)

// symbolBullets are list markers that carry no meaning of their own and are
// removed from the text (after NFKC, so ・ ・ and - － are one each).
var symbolBullets = []string{"・", "•", "●", "○", "◯", "◆", "◇", "■", "□", "▪", "- ", "-\t", "‐ ", "⇒", "→"}

// reNumberBullet matches list numbering kept in the text: 1. 1) (1) 1 ①(=1).
var reNumberBullet = guard(`^(?:\(\d{1,2}\)|\d{1,2}[.)]|\d{1,2}\s)\s*`,
	func(s string) bool { return startsWithDigit(s) || strings.HasPrefix(s, "(") })

// stripBullet removes a symbol bullet from the start of s and reports
// whether s was a list item (symbol, numbered, 《…》 or ※ note).
func stripBullet(s string) (string, bool) {
	for _, b := range symbolBullets {
		if strings.HasPrefix(s, b) {
			return strings.TrimSpace(strings.TrimPrefix(s, b)), true
		}
	}
	if strings.HasPrefix(s, "《") && strings.HasSuffix(s, "》") {
		return strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "《"), "》")), true
	}
	if strings.HasPrefix(s, "※") || reNumberBullet.MatchString(s) {
		return s, true
	}
	return s, false
}

// reNumberKind tells numbered bullets apart by their form: 1. 1) (1) 1.
var reNumberKind = []struct {
	re   *regexp.Regexp
	kind string
}{
	{regexp.MustCompile(`^\(\d{1,2}\)`), "(n)"},
	{regexp.MustCompile(`^\d{1,2}\.`), "n."},
	{regexp.MustCompile(`^\d{1,2}\)`), "n)"},
	{regexp.MustCompile(`^\d{1,2}\s`), "n"},
}

// bulletKind names the list marker s starts with ("・", "n.", "(n)", "《",
// "※"), "" when s is not a list item. Items of one list share a kind;
// sub-items have another.
func bulletKind(s string) string {
	for _, b := range symbolBullets {
		if strings.HasPrefix(s, b) {
			return strings.TrimSpace(b)
		}
	}
	for _, k := range reNumberKind {
		if k.re.MatchString(s) {
			return k.kind
		}
	}
	switch {
	case strings.HasPrefix(s, "《"):
		return "《"
	case strings.HasPrefix(s, "※"):
		return "※"
	}
	return ""
}

// stripNumber removes list numbering (1. (1) 1) from the start of s.
func stripNumber(s string) string {
	return strings.TrimSpace(reNumberBullet.ReplaceAllString(s, ""))
}
