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
	hits := []wardgraph.SearchHit{}
	if len(terms) == 0 {
		return hits, nil
	}
	s.mu.RLock()
	for _, pe := range s.order {
		for _, doc := range pe.text.candidates(terms) {
			hits = addHit(hits, terms, pe.graph.Nodes[pe.docs[doc]])
		}
	}
	for _, doc := range s.shared.candidates(terms) {
		hits = addHit(hits, terms, s.nodes[s.sharedN[doc]].node)
	}
	s.mu.RUnlock()
	slices.SortFunc(hits, func(a, b wardgraph.SearchHit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Node.ID, b.Node.ID))
	})
	first := q.First
	if first <= 0 {
		first = DefaultSearchFirst
	}
	return hits[:min(first, len(hits))], nil
}

func addHit(hits []wardgraph.SearchHit, terms []string, n wardgraph.GraphNode) []wardgraph.SearchHit {
	score, snippet, ok := wardgraph.ScoreText(terms, n.Text)
	if !ok {
		return hits
	}
	return append(hits, wardgraph.SearchHit{Node: n, PlanID: wardgraph.PlanIDOf(n.ID), Snippet: snippet, Score: score})
}
