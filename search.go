package wardgraph

import (
	"cmp"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SnippetRadius is how many characters a snippet shows on each side of the
// first match.
const SnippetRadius = 24

// SearchTerms splits a (NFKC-normalised) query into its terms: runs of
// non-space characters, lower-cased. Japanese has no spaces, so a Japanese
// query is usually one term, matched as a substring.
func SearchTerms(query string) []string {
	return strings.Fields(strings.ToLower(query))
}

// ScoreText scores text against the query's terms (see Score) and gives
// the snippet around the first occurrence of the first term. Every store
// ranks with this function, or with Score and Snippet, which it is made of.
func ScoreText(terms []string, text string) (score float64, snippet string, ok bool) {
	if len(terms) == 0 {
		return 0, "", false
	}
	lower := strings.ToLower(text)
	score, ok = ScoreLower(terms, lower, utf8.RuneCountInString(text))
	if !ok {
		return 0, "", false
	}
	return score, Snippet(text, lower, terms[0]), true
}

// Score scores text against the query's terms: every term must occur in
// text (as a substring, ignoring case), else ok is false. The score grows
// with the number of occurrences and the terms' length and shrinks with the
// text's length, so a short title that names the query ranks above a long
// description that mentions it once.
func Score(terms []string, text string) (score float64, ok bool) {
	return ScoreLower(terms, strings.ToLower(text), utf8.RuneCountInString(text))
}

// ScoreLower is Score for a text given as strings.ToLower(text) and the
// number of characters of text (utf8.RuneCountInString), for a store that
// keeps both and so scores without converting the text for every query.
func ScoreLower(terms []string, lower string, length int) (score float64, ok bool) {
	if len(terms) == 0 {
		return 0, false
	}
	for _, t := range terms {
		n := strings.Count(lower, t)
		if n == 0 {
			return 0, false
		}
		score += (1 + math.Log(float64(n))) * float64(utf8.RuneCountInString(t))
	}
	score = score / (1 + math.Log1p(float64(length)/40))
	return math.Round(score*1e6) / 1e6, true
}

// Snippet returns the text around the first occurrence of term in lower (the
// lower-cased text), with … where it was cut.
func Snippet(text, lower, term string) string {
	at := snippetAt(text, lower, term)
	if at < len(text) && !utf8.RuneStart(text[at]) {
		return snippetOfRunes(text, at, term)
	}
	start := at
	for k := 0; k < SnippetRadius && start > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	end := at
	for k := utf8.RuneCountInString(term) + SnippetRadius; k > 0 && end < len(text); k-- {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	if !utf8.ValidString(text[start:end]) {
		// The walk counted characters as bytes decode backwards; []rune
		// counts them forwards, and only valid text reads alike both ways.
		return snippetOfRunes(text, at, term)
	}
	return snippetOf(text[start:end], start > 0, end < len(text))
}

// snippetAt is where Snippet centres: the first occurrence of term in
// lower (in text when lower-casing changed the text's length), else 0.
func snippetAt(text, lower, term string) int {
	at := strings.Index(lower, term)
	if at < 0 || len(lower) != len(text) {
		at = strings.Index(text, term)
	}
	return max(at, 0)
}

// snippetOfRunes is Snippet's cut for a text that is not valid UTF-8, or
// cut inside a character: by characters as []rune counts them (an invalid
// byte is one character, written out as U+FFFD).
func snippetOfRunes(text string, at int, term string) string {
	before := []rune(text[:at])
	after := []rune(text[at:])
	start := max(0, len(before)-SnippetRadius)
	end := min(len(after), utf8.RuneCountInString(term)+SnippetRadius)
	return snippetOf(string(before[start:])+string(after[:end]), start > 0, end < len(after))
}

// snippetOf writes a cut of a text with its spaces folded and … on each
// side where it was cut.
func snippetOf(s string, cutBefore, cutAfter bool) string {
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		s = strings.Join(strings.Fields(s), " ")
	}
	if cutBefore {
		s = "…" + s
	}
	if cutAfter {
		s += "…"
	}
	return s
}

// CompareHits orders search hits as every store ranks them: by score, best
// first, then by node id.
func CompareHits(scoreA float64, idA string, scoreB float64, idB string) int {
	return cmp.Or(cmp.Compare(scoreB, scoreA), cmp.Compare(idA, idB))
}
