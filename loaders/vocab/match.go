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
	scanAll(s, []*Gazetteer{g}, &g.firsts, func(_ int, t Term) { out = append(out, t) })
	return out
}

// scanAll is Scan for several gazetteers in one pass over s, each rune
// decoded once: found(k, t) is called with the terms gs[k].Scan(s) returns,
// in order. A gazetteer that matched a term skips the rest of it (its
// next position), as its own scan would.
// any holds the first runes of every gazetteer's terms (firstsOf(gs)): a
// rune outside it starts no term.
func scanAll(s string, gs []*Gazetteer, any *runeFilter, found func(k int, t Term)) {
	var nextBuf [4]int
	next := nextBuf[:0]
	for range gs {
		next = append(next, 0)
	}
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		if !any.has(r) {
			i += size
			continue
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
	for _, t := range g.index.get(r) {
		if strings.HasPrefix(s, t.Text) {
			return t, true
		}
	}
	return Term{}, false
}

// runeIndex is byFirst as an open-addressing table: a multiplicative hash
// of the rune and a linear probe, cheaper per position than a Go map. Its
// keys are runes as decoded, never negative.
type runeIndex struct {
	keys  []rune // rune+1, 0 for an empty slot
	terms [][]Term
	shift uint32
}

// newRuneIndex builds the table of m with at most half its slots used.
func newRuneIndex(m map[rune][]Term) runeIndex {
	bits := uint32(1)
	for 1<<bits < 2*len(m) {
		bits++
	}
	x := runeIndex{keys: make([]rune, 1<<bits), terms: make([][]Term, 1<<bits), shift: 32 - bits}
	for r, ts := range m {
		i := x.slot(r)
		for x.keys[i] != 0 {
			i = (i + 1) & uint32(len(x.keys)-1)
		}
		x.keys[i], x.terms[i] = r+1, ts
	}
	return x
}

func (x *runeIndex) slot(r rune) uint32 { return uint32(r) * 0x9E3779B1 >> x.shift }

// get returns the terms whose first rune is r, nil for none.
func (x *runeIndex) get(r rune) []Term {
	for i := x.slot(r); x.keys[i] != 0; i = (i + 1) & uint32(len(x.keys)-1) {
		if x.keys[i] == r+1 {
			return x.terms[i]
		}
	}
	return nil
}

// runeFilter is a set of runes by their low 16 bits: has(r) is true for
// every rune added, and for few others.
type runeFilter [1 << 10]uint64

func (f *runeFilter) add(r rune)      { f[uint16(r)>>6] |= 1 << (uint16(r) & 63) }
func (f *runeFilter) has(r rune) bool { return f[uint16(r)>>6]&(1<<(uint16(r)&63)) != 0 }

// union adds the runes of g to f.
func (f *runeFilter) union(g *runeFilter) {
	for i := range f {
		f[i] |= g[i]
	}
}

// firstsOf returns the filter of the first runes of the gazetteers' terms:
// one gazetteer's own, all of All() made once, else made now.
func firstsOf(gs []*Gazetteer) *runeFilter {
	switch {
	case len(gs) == 1:
		return &gs[0].firsts
	case slices.Equal(gs, All()):
		return allFirsts
	}
	f := new(runeFilter)
	for _, g := range gs {
		f.union(&g.firsts)
	}
	return f
}

// decodeRune is utf8.DecodeRuneInString for a non-empty s, with the runes
// of Japanese text decoded inline: ASCII, and the three-byte runes led by
// 0xE1–0xEC or 0xEE–0xEF, where any two continuation bytes are valid.
func decodeRune(s string) (rune, int) {
	b := s[0]
	switch {
	case b < utf8.RuneSelf:
		return rune(b), 1
	case len(s) >= 3 && (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80:
		return rune(b&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

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
	firsts := firstsOf(gs)
	for _, l := range lines {
		for s := range sentences(l.Text) {
			scanAll(s, gs, firsts, func(k int, t Term) {
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
