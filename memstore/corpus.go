package memstore

import (
	"slices"
	"strings"
)

// corpus is the text index over the searchable parts of every saved plan,
// each distinct text indexed once, with the parts that hold it. Plans
// repeat much of their text from year to year and ward to ward, so a search
// looks up its grams once for the store, not once per plan, and scores each
// distinct text once. It changes only under the store's write lock.
type corpus struct {
	ix    *textIndex
	docOf map[string]int32 // text -> its document
	held  [][]holder       // document -> the parts that hold its text, by node id
	dead  int              // documents no part holds any more
}

// holder is a part holding a text: a node of a saved plan's projection.
type holder struct {
	pe   *planEntry
	node int32 // position in pe.graph.Nodes
}

// compactAt is how many dead documents the corpus keeps before it may
// rebuild its index without them (when they outnumber the live ones).
const compactAt = 256

func newCorpus() *corpus { return &corpus{ix: newTextIndex(), docOf: map[string]int32{}} }

// add records the searchable parts of pe, indexing the texts seen first.
func (c *corpus) add(pe *planEntry) {
	for _, i := range pe.docs {
		c.hold(pe.graph.Nodes[i].Text, holder{pe, i})
	}
	c.ix.seal()
}

func (c *corpus) hold(text string, h holder) {
	d, ok := c.docOf[text]
	if !ok {
		d = c.ix.add(text)
		c.docOf[text] = d
		c.held = append(c.held, nil)
	} else if len(c.held[d]) == 0 {
		c.dead--
	}
	c.held[d] = insertHolder(c.held[d], h)
}

// insertHolder adds h to hs, kept in node id order: copies of a text score
// alike, so a search offers them best first and stops at the first that
// no longer ranks.
func insertHolder(hs []holder, h holder) []holder {
	at, _ := slices.BinarySearchFunc(hs, h, func(a, b holder) int { return strings.Compare(a.id(), b.id()) })
	return slices.Insert(hs, at, h)
}

func (h holder) id() string { return h.pe.graph.Nodes[h.node].ID }

// remove forgets the parts of pe, and rebuilds the index when most of its
// documents are held by no part.
func (c *corpus) remove(pe *planEntry) {
	for _, i := range pe.docs {
		d := c.docOf[pe.graph.Nodes[i].Text]
		c.held[d] = deleteHolder(c.held[d], holder{pe, i})
		if len(c.held[d]) == 0 {
			c.dead++
		}
	}
	if c.dead >= compactAt && 2*c.dead > len(c.held) {
		c.compact()
	}
}

// deleteHolder removes h from hs, keeping the order of the rest.
func deleteHolder(hs []holder, h holder) []holder {
	for k := range hs {
		if hs[k] == h {
			return append(hs[:k], hs[k+1:]...)
		}
	}
	return hs
}

// compact rebuilds the index over the texts still held.
func (c *corpus) compact() {
	old := *c
	*c = *newCorpus()
	for _, hs := range old.held {
		if len(hs) > 0 {
			text := hs[0].pe.graph.Nodes[hs[0].node].Text
			c.docOf[text] = c.ix.add(text)
			c.held = append(c.held, hs)
		}
	}
	c.ix.seal()
}
