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
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		matched := false
		for _, t := range g.byFirst[r] {
			if strings.HasPrefix(s[i:], t.Text) {
				out = append(out, t)
				i += len(t.Text)
				matched = true
				break
			}
		}
		if !matched {
			i += size
		}
	}
	return out
}

// Line is one line of normalised text with its 1-based number.
type Line struct {
	N    int
	Text string
}

// Links returns one link per name found in the lines, with the sentence
// that names it first as evidence and that sentence's line.
func (g *Gazetteer) Links(lines []Line) []wardgraph.Link {
	var out []wardgraph.Link
	seen := map[string]bool{}
	for _, l := range lines {
		for _, sentence := range Sentences(l.Text) {
			for _, t := range g.Scan(sentence) {
				if t.Name == Ignore || seen[t.Name] {
					continue
				}
				seen[t.Name] = true
				out = append(out, wardgraph.Link{Kind: g.kind, Name: t.Name, Category: t.Category, Evidence: sentence, Line: l.N})
			}
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
