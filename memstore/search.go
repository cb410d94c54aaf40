package memstore

import (
	"cmp"
	"context"
	"slices"

	wardgraph "github.com/wardgraph/wardgraph"
)

// DefaultSearchFirst is the number of hits Search returns when q.First is
// not positive.
const DefaultSearchFirst = 20

// Search finds the nodes whose text holds every term of q.Text, ranked by
// wardgraph.ScoreText, best first, ties by node id. The text indexes only
// narrow the candidates; ScoreText decides.
func (s *Store) Search(ctx context.Context, q wardgraph.SearchQuery) ([]wardgraph.SearchHit, error) {
	terms := wardgraph.SearchTerms(q.Text)
	first := q.First
	if first <= 0 {
		first = DefaultSearchFirst
	}
	top := topHits{max: first, terms: terms}
	if len(terms) == 0 {
		return top.hits(), nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, pe := range s.order {
		for _, doc := range pe.text.candidates(terms) {
			top.offer(&pe.graph.Nodes[pe.docs[doc]])
		}
	}
	for _, doc := range s.shared.candidates(terms) {
		top.offer(&s.nodes[s.sharedN[doc]].node)
	}
	return top.hits(), nil
}

// topHits keeps the best max hits offered, best first.
type topHits struct {
	max   int
	terms []string
	best  []wardgraph.SearchHit
}

func (t *topHits) offer(n *wardgraph.GraphNode) {
	score, snippet, ok := wardgraph.ScoreText(t.terms, n.Text)
	if !ok {
		return
	}
	h := wardgraph.SearchHit{Node: *n, PlanID: wardgraph.PlanIDOf(n.ID), Snippet: snippet, Score: score}
	at, _ := slices.BinarySearchFunc(t.best, h, compareHits)
	if at >= t.max {
		return
	}
	if len(t.best) == t.max {
		t.best = t.best[:t.max-1]
	}
	t.best = slices.Insert(t.best, at, h)
}

// compareHits orders hits by score, best first, then by node id.
func compareHits(a, b wardgraph.SearchHit) int {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
		return c
	}
	return cmp.Compare(a.Node.ID, b.Node.ID)
}

func (t *topHits) hits() []wardgraph.SearchHit {
	if t.best == nil {
		return []wardgraph.SearchHit{}
	}
	return t.best
}
