package vocab

import (
	"strings"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
)

// Scan returns the terms named in s in order, each position taken by the
// longest term that starts there (Ignore terms included).
func (g *Gazetteer) Scan(s string) []Term {
	var out []Term
	g.scan(s, func(t Term) { out = append(out, t) })
	return out
}

// scan calls found with each term Scan returns, in order.
func (g *Gazetteer) scan(s string, found func(Term)) {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if t, ok := g.longestAt(s[i:], r); ok {
			found(t)
			i += len(t.Text)
		} else {
			i += size
		}
	}
}

// longestAt returns the longest term that s, whose first rune is r, starts
// with. The first-rune filter turns most positions away without the map.
func (g *Gazetteer) longestAt(s string, r rune) (Term, bool) {
	if !g.firsts.has(r) {
		return Term{}, false
	}
	for _, t := range g.byFirst[r] {
		if strings.HasPrefix(s, t.Text) {
			return t, true
		}
	}
	return Term{}, false
}

// runeFilter is a set of runes by their low 16 bits: has(r) is true for
// every rune added, and for few others.
type runeFilter [1 << 10]uint64

func (f *runeFilter) add(r rune)      { f[uint16(r)>>6] |= 1 << (uint16(r) & 63) }
func (f *runeFilter) has(r rune) bool { return f[uint16(r)>>6]&(1<<(uint16(r)&63)) != 0 }

// Line is one line of normalised text with its 1-based number.
type Line struct {
	N    int
	Text string
}

// Links returns one link per name found in the lines, with the sentence
// that names it first as evidence and that sentence's line.
func (g *Gazetteer) Links(lines []Line) []wardgraph.Link {
	return FindLinks(lines, g)
}

// FindLinks returns the links of each gazetteer in turn, as g.Links(lines)
// would, splitting the lines into sentences once.
func FindLinks(lines []Line, gs ...*Gazetteer) []wardgraph.Link {
	var sentences []Line // one per sentence, with its line's number
	for _, l := range lines {
		for _, s := range Sentences(l.Text) {
			sentences = append(sentences, Line{N: l.N, Text: s})
		}
	}
	var out []wardgraph.Link
	for _, g := range gs {
		seen := map[string]bool{}
		for _, s := range sentences {
			g.scan(s.Text, func(t Term) {
				if t.Name != Ignore && !seen[t.Name] {
					seen[t.Name] = true
					out = append(out, wardgraph.Link{Kind: g.kind, Name: t.Name, Category: t.Category, Evidence: s.Text, Line: s.N})
				}
			})
		}
	}
	return out
}

// Sentences splits a line after each 。.
func Sentences(s string) []string {
	var out []string
	for s != "" {
		i := strings.Index(s, "。")
		if i < 0 {
			out = append(out, strings.TrimSpace(s))
			break
		}
		out = append(out, strings.TrimSpace(s[:i+len("。")]))
		s = s[i+len("。"):]
	}
	return out
}
