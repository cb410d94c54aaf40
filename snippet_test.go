package wardgraph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// snippetByRunes is Snippet as it was first written (every text converted
// to runes whole, centred where Snippet centres): the reference the
// byte-walking Snippet must equal.
func snippetByRunes(text, lower, term string) string {
	at := snippetAt(text, lower, term)
	before := []rune(text[:at])
	after := []rune(text[at:])
	start := max(0, len(before)-SnippetRadius)
	end := min(len(after), utf8.RuneCountInString(term)+SnippetRadius)
	s := string(before[start:]) + string(after[:end])
	s = strings.Join(strings.Fields(s), " ")
	if start > 0 {
		s = "…" + s
	}
	if end < len(after) {
		s += "…"
	}
	return s
}

// TestSnippetMatchesRuneReference holds Snippet to snippetByRunes on texts
// of every length around the radius, with the term at the start, middle and
// end, absent, after spaces (an ideographic one too), in text that lower-casing changes (in length
// too: İ) and in text that is not valid UTF-8, near the match or away
// from it.
func TestSnippetMatchesRuneReference(t *testing.T) {
	fill := []string{"あ", "a", "İ", " ", "\xff", "\xe3\x81", "Ａ"}
	for _, f := range fill {
		for n := 0; n <= 2*SnippetRadius+3; n += 1 + n/8 {
			pad := strings.Repeat(f, n)
			for _, text := range []string{
				pad + "防災" + pad, "防災" + pad, pad + "防災", pad, pad + "PDCA  サイクル" + pad,
				pad + "防災" + strings.Repeat("x", n) + "防災",
				"\xff" + pad + "防災" + pad + "\xe3\x81", "\xe3\x81\x81\x81" + pad + "防災　災" + pad,
			} {
				for _, term := range []string{"防災", "pdca", "サイクル", "災"} {
					lower := strings.ToLower(text)
					if got, want := Snippet(text, lower, term), snippetByRunes(text, lower, term); got != want {
						t.Fatalf("Snippet(%q, %q) = %q, want %q", text, term, got, want)
					}
				}
			}
		}
	}
}
