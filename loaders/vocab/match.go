package vocab

import (
	"iter"
	"slices"
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
// would, scanning each sentence once for all of them.
func FindLinks(lines []Line, gs ...*Gazetteer) []wardgraph.Link {
	byGaz := make([][]wardgraph.Link, len(gs))
	total := 0
	for _, l := range lines {
		for s := range sentences(l.Text) {
			scanAll(s, gs, func(k int, t Term) {
				if t.Name != Ignore && !hasName(byGaz[k], t.Name) {
					byGaz[k] = append(byGaz[k], wardgraph.Link{Kind: gs[k].kind, Name: t.Name, Category: t.Category, Evidence: s, Line: l.N})
					total++
				}
			})
		}
	}
	if total == 0 {
		return nil
	}
	out := make([]wardgraph.Link, 0, total)
	for _, links := range byGaz {
		out = append(out, links...)
	}
	return out
}

// hasName reports whether a link names name. A part links at most one link
// per name of the vocabulary, few enough to look through.
func hasName(links []wardgraph.Link, name string) bool {
	for _, l := range links {
		if l.Name == name {
			return true
		}
	}
	return false
}

// Sentences splits a line after each 。.
func Sentences(s string) []string {
	return slices.Collect(sentences(s))
}

// sentences yields the sentences of s, as Sentences returns them.
func sentences(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s != "" {
			i := strings.Index(s, "。")
			if i < 0 {
				yield(strings.TrimSpace(s))
				return
			}
			if !yield(strings.TrimSpace(s[:i+len("。")])) {
				return
			}
			s = s[i+len("。"):]
		}
	}
}
