package memstore

import (
	"context"
	"slices"

	wardgraph "github.com/wardgraph/wardgraph"
)

// Search finds the nodes whose text holds every term of q.Text, ranked by
// wardgraph.ScoreText, best first, ties by node id. The text indexes only
// narrow the candidates; the score (wardgraph.ScoreLower over the texts
// the indexes keep lower-cased, once for each distinct text) decides, and
// only the hits returned get a snippet. A ward or fiscal-year filter skips the other plans, and every
// shared node, before ranking (wardgraph.SearchQuery.Keeps). At most
// q.First hits (q.Normalize): none for 0.
func (s *Store) Search(ctx context.Context, q wardgraph.SearchQuery) ([]wardgraph.SearchHit, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, err
	}
	terms := wardgraph.SearchTerms(q.Text)
	top := topHits{max: q.First}
	if len(terms) == 0 || q.First == 0 {
		return top.hits(terms), nil
	}
	gq := newGramQuery(terms)
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.texts.search(q, gq, &top)
	if q.Filtered() {
		return top.hits(terms), nil
	}
	for _, doc := range s.shared.candidates(gq) {
		if score, ok := s.shared.score(terms, doc); ok {
			top.offer(scored{score: score, node: &s.nodes[s.sharedN[doc]].node, lower: s.shared.lower[doc]})
		}
	}
	return top.hits(terms), nil
}

// topHits keeps the best max hits offered, best first.
type topHits struct {
	max  int
	best []scored
}

// scored is a node that matched, with its score, lower-cased text and,
// for a plan part, its plan's id (for a shared node, hits works it out).
type scored struct {
	score  float64
	node   *wardgraph.GraphNode
	lower  string
	planID string
}

// offer keeps h if it ranks among the best max so far, and says whether
// it did.
func (t *topHits) offer(h scored) bool {
	if len(t.best) == t.max && compareScored(h, t.best[t.max-1]) >= 0 {
		return false
	}
	at, _ := slices.BinarySearchFunc(t.best, h, compareScored)
	if len(t.best) == t.max {
		t.best = t.best[:t.max-1]
	}
	t.best = slices.Insert(t.best, at, h)
	return true
}

// compareScored orders hits by score, best first, then by node id.
func compareScored(a, b scored) int {
	return wardgraph.CompareHits(a.score, a.node.ID, b.score, b.node.ID)
}

// hits returns the hits kept, each with its plan and snippet (cut once
// for a run of hits with the same text, as copies of a text rank side by
// side). The caller holds the read lock: nodes are copied out here.
func (t *topHits) hits(terms []string) []wardgraph.SearchHit {
	out := make([]wardgraph.SearchHit, len(t.best))
	for i, h := range t.best {
		if h.planID == "" {
			h.planID = wardgraph.PlanIDOf(h.node.ID)
		}
		out[i] = wardgraph.SearchHit{Node: *h.node, PlanID: h.planID, Score: h.score}
		if prev := i - 1; prev >= 0 && out[prev].Node.Text == h.node.Text && t.best[prev].lower == h.lower {
			out[i].Snippet = out[prev].Snippet
		} else {
			out[i].Snippet = wardgraph.Snippet(h.node.Text, h.lower, terms[0])
		}
	}
	return out
}

// search offers top every part whose text matches q and whose plan q keeps,
// scoring each distinct text once. The parts holding a text score alike and
// come in node id order, so once one is refused the rest would be too.
func (c *corpus) search(q wardgraph.SearchQuery, gq *gramQuery, top *topHits) {
	for _, doc := range c.ix.candidates(gq) {
		hs := c.held[doc]
		if len(hs) == 0 {
			continue
		}
		score, ok := c.ix.score(gq.terms, doc)
		if !ok {
			continue
		}
		for _, h := range hs {
			if q.KeepsPlan(h.pe.plan.Ward.ID, h.pe.plan.FiscalYear) {
				if !top.offer(scored{score: score, node: &h.pe.graph.Nodes[h.node], lower: c.ix.lower[doc], planID: h.pe.plan.ID}) {
					break
				}
			}
		}
	}
}
