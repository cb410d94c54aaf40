package page

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/textnorm"
)

// term is one spelling in a gazetteer: the text matched, the canonical
// name it stands for ("-" for spellings that are consumed but not linked)
// and the partner kind.
type term struct {
	text, name, category string
}

// gazetteer matches the terms of one link kind, longest first.
type gazetteer struct {
	kind    wardgraph.LinkKind
	byFirst map[rune][]term // terms by first rune, longest first
}

// newGazetteer builds a gazetteer from terms.
func newGazetteer(kind wardgraph.LinkKind, terms []term) *gazetteer {
	g := &gazetteer{kind: kind, byFirst: map[rune][]term{}}
	texts := make([]string, 0, len(terms))
	byText := map[string]term{}
	for _, t := range terms {
		t.text = textnorm.Normalize(t.text)
		if _, dup := byText[t.text]; !dup && t.text != "" {
			byText[t.text] = t
			texts = append(texts, t.text)
		}
	}
	sortLongestFirst(texts)
	for _, s := range texts {
		r, _ := utf8.DecodeRuneInString(s)
		g.byFirst[r] = append(g.byFirst[r], byText[s])
	}
	return g
}

// scan returns the canonical names named in s in order, a name once, each
// position taken by the longest term that starts there.
func (g *gazetteer) scan(s string) []term {
	var out []term
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		matched := false
		for _, t := range g.byFirst[r] {
			if strings.HasPrefix(s[i:], t.text) {
				out = append(out, t)
				i += len(t.text)
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

// links returns one link per name found in the lines, with the sentence
// that names it first as evidence.
func (g *gazetteer) links(lines []srcLine) []wardgraph.Link {
	var out []wardgraph.Link
	seen := map[string]bool{}
	for _, l := range lines {
		for _, sentence := range sentences(l.text) {
			for _, t := range g.scan(sentence) {
				if t.name == "-" || seen[t.name] {
					continue
				}
				seen[t.name] = true
				out = append(out, wardgraph.Link{Kind: g.kind, Name: t.name, Category: t.category, Evidence: sentence, Line: l.n})
			}
		}
	}
	return out
}

// sentences splits a line after each 。.
func sentences(s string) []string {
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

var (
	gazOnce    sync.Once
	gazetteers []*gazetteer
)

// allGazetteers returns the partner, topic and target-group gazetteers
// loaded from data/partners.tsv, data/topics.tsv and data/targets.tsv.
func allGazetteers() []*gazetteer {
	gazOnce.Do(func() {
		var partners []term
		for _, rec := range readTSV("data/partners.tsv", 2) {
			partners = append(partners, variants(rec[0], rec[1], rec[0], field(rec, 2))...)
		}
		gazetteers = []*gazetteer{
			newGazetteer(wardgraph.LinkPartner, partners),
			newGazetteer(wardgraph.LinkTopic, vocabTerms("data/topics.tsv")),
			newGazetteer(wardgraph.LinkTargetGroup, vocabTerms("data/targets.tsv")),
		}
	})
	return gazetteers
}

// vocabTerms reads a name TAB term|term file.
func vocabTerms(file string) []term {
	var out []term
	for _, rec := range readTSV(file, 2) {
		out = append(out, variants(rec[0], "", rec[1])...)
	}
	return out
}

// variants makes one term per | separated spelling.
func variants(name, category string, spellings ...string) []term {
	var out []term
	for _, sp := range spellings {
		for _, v := range strings.Split(sp, "|") {
			if v = strings.TrimSpace(v); v != "" {
				out = append(out, term{text: v, name: name, category: category})
			}
		}
	}
	return out
}

func field(rec []string, i int) string {
	if i < len(rec) {
		return rec[i]
	}
	return ""
}

// extractLinks finds the links of every plan part from the text kept for it.
func (b *builder) extractLinks() {
	for _, k := range b.order {
		var links []wardgraph.Link
		for _, g := range allGazetteers() {
			links = append(links, g.links(b.texts[k])...)
		}
		*b.linksOf(k) = links
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
