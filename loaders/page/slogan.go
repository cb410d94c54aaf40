package page

import (
	"strings"
	"unicode/utf8"
)

// quote is a phrase in quotation marks: its text and the text right after
// the closing mark.
type quote struct {
	text, after string
}

// quoteClosers maps each opening quotation mark to its closer. ” and " open
// and close alike (”住んでよかった!”).
var quoteClosers = map[rune]rune{'「': '」', '『': '』', '“': '”', '”': '”', '"': '"'}

// quotes returns the outermost quoted phrases of s in order; nested quotes
// stay inside the phrase that holds them, an unclosed quote is no phrase.
func quotes(s string) []quote {
	var out []quote
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		closer, ok := quoteClosers[rs[i]]
		if !ok {
			continue
		}
		if j := closingQuote(rs, i, closer); j > i {
			out = append(out, quote{text: string(rs[i+1 : j]), after: string(rs[j+1:])})
			i = j
		}
	}
	return out
}

// closingQuote returns the index of the mark closing the quote opened at
// i, counting nested quotes of the same kind, or -1.
func closingQuote(rs []rune, i int, closer rune) int {
	depth := 0
	for j := i + 1; j < len(rs); j++ {
		switch {
		case rs[j] == closer && depth == 0:
			return j
		case rs[j] == closer:
			depth--
		case rs[j] == rs[i]:
			depth++
		}
	}
	return -1
}

// minSloganRunes is the shortest quoted phrase taken as a slogan; shorter
// quotes (「和」, 「思い」) are emphasis, not slogans.
const minSloganRunes = 3

// slogans finds the goal's slogans (domain.md §3): the quotes of a
// スローガン line when there is one; else the quotes of the first goal line
// that has any, together with those of the list items that follow it when
// that line is a list item. Quotes shorter than minSloganRunes and
// not-slogan phrases are dropped, repeats kept once; when a quote is named
// the slogan (“…”をキャッチフレーズに), only named quotes are kept.
func slogans(sloganLines []string, goal []class) []string {
	if len(sloganLines) > 0 {
		return keepSlogans(sloganLines)
	}
	for i, c := range goal {
		if len(quotes(c.title)) == 0 {
			continue
		}
		lines := []string{c.title}
		for _, next := range goal[i+1:] {
			if !c.bullet || !next.bullet {
				break
			}
			lines = append(lines, next.title)
		}
		return keepSlogans(lines)
	}
	return nil
}

// keepSlogans filters the quotes of lines as slogans.
func keepSlogans(lines []string) []string {
	v := words()
	var all, named []string
	seen := map[string]bool{}
	for _, l := range lines {
		for _, q := range quotes(l) {
			t := strings.TrimSpace(q.text)
			if utf8.RuneCountInString(t) < minSloganRunes || v.isTerm("not-slogan", t) || seen[t] {
				continue
			}
			seen[t] = true
			all = append(all, t)
			if _, ok := v.hasPrefixTerm("slogan-named", q.after); ok {
				named = append(named, t)
			}
		}
	}
	if len(named) > 0 {
		return named
	}
	return all
}
