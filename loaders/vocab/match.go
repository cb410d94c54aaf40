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
	scanAll(s, []*Gazetteer{g}, func(_ int, t Term) { out = append(out, t) })
	return out
}

// scanAll is Scan for several gazetteers in one pass over s, each rune
// decoded once: found(k, t) is called with the terms gs[k].Scan(s) returns,
// in order. A gazetteer that matched a term skips the rest of it (its
// next position), as its own scan would.
func scanAll(s string, gs []*Gazetteer, found func(k int, t Term)) {
	var nextBuf [4]int
	next := nextBuf[:0]
	for range gs {
		next = append(next, 0)
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		for k, g := range gs {
			if i < next[k] {
				continue
			}
			if t, ok := g.longestAt(s[i:], r); ok {
				found(k, t)
				next[k] = i + len(t.Text)
			}
		}
		i += size
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
	byGaz := make([][]wardgraph.Link, len(gs))
	seen := make([]map[string]bool, len(gs))
	for _, s := range sentences {
		scanAll(s.Text, gs, func(k int, t Term) {
			if seen[k] == nil {
				seen[k] = map[string]bool{}
			}
			if t.Name != Ignore && !seen[k][t.Name] {
				seen[k][t.Name] = true
				byGaz[k] = append(byGaz[k], wardgraph.Link{Kind: gs[k].kind, Name: t.Name, Category: t.Category, Evidence: s.Text, Line: s.N})
			}
		})
	}
	var out []wardgraph.Link
	for _, links := range byGaz {
		out = append(out, links...)
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
