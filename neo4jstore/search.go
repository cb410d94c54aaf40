package neo4jstore

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
)

// Search finds the nodes whose text holds every term of q.Text, ranked by
// wardgraph.ScoreText, best first, ties by node id. The cjk full-text index
// finds the candidates when it can find every match (see fullTextQuery);
// otherwise a CONTAINS scan does. ScoreText decides either way, so the
// ranking is the embedded store's. A ward or fiscal-year filter drops the
// candidates it does not keep (wardgraph.SearchQuery.Keeps) before ranking.
// At most q.First hits (q.Normalize): none for 0.
func (s *Store) Search(ctx context.Context, q wardgraph.SearchQuery) ([]wardgraph.SearchHit, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, err
	}
	terms := wardgraph.SearchTerms(q.Text)
	hits := []wardgraph.SearchHit{}
	if len(terms) == 0 || q.First == 0 {
		return hits, nil
	}
	nodes, err := readConsistent(ctx, s, func(run runFunc) ([]wardgraph.GraphNode, error) {
		return searchCandidates(run, terms)
	})
	if err != nil {
		return nil, err
	}
	for _, n := range nodes {
		if !q.Keeps(n.ID) {
			continue
		}
		if score, snippet, ok := wardgraph.ScoreText(terms, n.Text); ok {
			hits = append(hits, wardgraph.SearchHit{Node: n, PlanID: wardgraph.PlanIDOf(n.ID), Snippet: snippet, Score: score})
		}
	}
	slices.SortFunc(hits, func(a, b wardgraph.SearchHit) int {
		return wardgraph.CompareHits(a.Score, a.Node.ID, b.Score, b.Node.ID)
	})
	return hits[:min(q.First, len(hits))], nil
}

// searchCandidates returns the nodes that may hold every term, each once:
// errInconsistent when an old and a new version of a node were both seen.
func searchCandidates(run runFunc, terms []string) ([]wardgraph.GraphNode, error) {
	name, params := "search_contains", map[string]any{"terms": terms}
	if query, ok := fullTextQuery(terms); ok {
		name, params = "search_fulltext", map[string]any{"query": query}
	}
	recs, err := run(name, params)
	if err != nil {
		return nil, err
	}
	nodes, err := recordNodes(recs, "n")
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, n := range nodes {
		if seen[n.ID] {
			return nil, errInconsistent
		}
		seen[n.ID] = true
	}
	return nodes, nil
}

// fullTextQuery returns the Lucene query that finds every text holding all
// the terms, each as a phrase: the cjk analyzer indexes runs of Chinese and
// Japanese characters as overlapping bigrams, so a phrase of a term's
// bigrams matches exactly the texts that hold the term. That holds only
// for terms of two or more such characters: a single character is no
// bigram, and Latin text is indexed as whole words, which a substring need
// not be. For other terms ok is false and the caller scans instead.
func fullTextQuery(terms []string) (query string, ok bool) {
	phrases := make([]string, 0, len(terms))
	for _, t := range terms {
		if utf8.RuneCountInString(t) < 2 || !allCJK(t) {
			return "", false
		}
		phrases = append(phrases, `"`+EscapeLucene(t)+`"`)
	}
	return strings.Join(phrases, " AND "), true
}

// allCJK reports whether every rune of s is a kanji (CJK unified
// ideograph), hiragana or katakana letter: the characters Lucene's standard
// tokenizer hands the cjk analyzer's bigram filter one by one. Marks such
// as 々, ー and ・ are classed otherwise, so terms with them are scanned.
func allCJK(s string) bool {
	for _, r := range s {
		kanji := r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF
		kana := r >= 0x3041 && r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA
		if !kanji && !kana {
			return false
		}
	}
	return true
}

// luceneSpecial are the characters Lucene's query parser gives a meaning.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

// EscapeLucene escapes the characters of s that Lucene's query syntax gives
// a meaning, so that s is searched for as text. The query is passed as a
// parameter, but the full-text procedure still parses it as Lucene syntax.
func EscapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(luceneSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
