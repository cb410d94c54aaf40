package page

import (
	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders/vocab"
)

// extractLinks finds the links of every plan part from the text kept for
// it, with the vocabularies of package vocab.
func (b *builder) extractLinks() {
	for _, k := range b.order {
		lines := make([]vocab.Line, len(b.texts[k]))
		for i, l := range b.texts[k] {
			lines[i] = vocab.Line{N: l.n, Text: l.text}
		}
		*b.linksOf(k) = vocab.FindLinks(lines, vocab.All()...)
	}
}

// linksOf returns the Links field of a plan part.
func (b *builder) linksOf(k nodeKey) *[]wardgraph.Link {
	switch k.kind {
	case "goal":
		return &b.p.Goal.Links
	case "mission":
		return &b.p.Missions[k.i].Links
	case "policy":
		return &b.p.PolicyLinks
	case "issue":
		return &b.p.Issues[k.i].Links
	case "strategy":
		return &b.p.Issues[k.i].Strategies[k.j].Links
	}
	return &b.p.Issues[k.i].Strategies[k.j].Initiatives[k.k].Links
}
