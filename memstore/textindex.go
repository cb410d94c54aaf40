package memstore

import (
	"slices"
	"strings"
	"unicode/utf8"

	wardgraph "github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/textnorm"
)

// textIndex is an inverted index from character unigrams and bigrams to
// the documents whose text holds them. It only narrows the candidates:
// wardgraph.ScoreText's scoring (ScoreLower, over the lower-cased texts the
// index keeps) decides what matches and how well, so every store ranks
// alike. Documents are numbered in the order they are added and posting
// lists stay sorted.
type textIndex struct {
	post  map[string][]int32
	size  int32
	lower []string            // document -> its text lower-cased, for scoring
	runes []int32             // document -> its text's length in characters
	seen  map[string]struct{} // grams of the document being added
}

func newTextIndex() *textIndex { return &textIndex{post: map[string][]int32{}} }

// add indexes text as the next document and returns its number. Only the
// lower-cased text (and, where it differs, its lower-cased NFKC form) is
// indexed: every text ScoreText accepts is then a candidate, and the NFKC
// form only adds candidates.
func (ix *textIndex) add(text string) int32 {
	doc := ix.size
	ix.size++
	if ix.seen == nil {
		ix.seen = map[string]struct{}{}
	}
	clear(ix.seen)
	lower := strings.ToLower(text)
	ix.lower = append(ix.lower, lower)
	ix.runes = append(ix.runes, int32(utf8.RuneCountInString(text)))
	ix.addGrams(lower, doc)
	if n := strings.ToLower(textnorm.NFKC(text)); n != lower {
		ix.addGrams(n, doc)
	}
	return doc
}

// seal frees what only adding needs.
func (ix *textIndex) seal() { ix.seen = nil }

// addGrams posts doc under every unigram and bigram of s not posted yet.
// Grams are substrings of s, so they cost no allocation.
func (ix *textIndex) addGrams(s string, doc int32) {
	at := charStarts(s)
	for k := 0; k+1 < len(at); k++ {
		ix.post1(s[at[k]:at[k+1]], doc)
		if k+2 < len(at) {
			ix.post1(s[at[k]:at[k+2]], doc)
		}
	}
}

// charStarts returns where each character of s starts, then len(s). An
// invalid byte counts as one character, as in strings.Count.
func charStarts(s string) []int {
	at := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		at = append(at, i)
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return append(at, len(s))
}

func (ix *textIndex) post1(gram string, doc int32) {
	if _, ok := ix.seen[gram]; ok {
		return
	}
	ix.seen[gram] = struct{}{}
	ix.post[gram] = append(ix.post[gram], doc)
}

// score scores document doc with wardgraph.ScoreLower, without
// lower-casing its text again.
func (ix *textIndex) score(terms []string, doc int32) (float64, bool) {
	return wardgraph.ScoreLower(terms, ix.lower[doc], int(ix.runes[doc]))
}

// gramQuery is what a search looks up in every index: its terms (as
// wardgraph.SearchTerms gives them) and the distinct grams a text must
// hold to contain them all, worked out once per search.
type gramQuery struct {
	terms   []string
	grams   []string
	lists   [][]int32 // scratch: the grams' posting lists in one index
	scratch []int32   // scratch: intersections
}

func newGramQuery(terms []string) *gramQuery {
	q := &gramQuery{terms: terms}
	for _, t := range terms {
		q.grams = append(q.grams, queryGrams(t)...)
	}
	slices.Sort(q.grams)
	q.grams = slices.Compact(q.grams)
	return q
}

// candidates returns the documents that hold every gram of q, in document
// order. The result is read-only and valid until the next call with q.
// Posting lists are intersected shortest first.
func (ix *textIndex) candidates(q *gramQuery) []int32 {
	q.lists = q.lists[:0]
	for _, g := range q.grams {
		list, ok := ix.post[g]
		if !ok {
			return nil
		}
		q.lists = append(q.lists, list)
	}
	if len(q.lists) == 0 {
		return nil
	}
	slices.SortFunc(q.lists, func(a, b []int32) int { return len(a) - len(b) })
	out := q.lists[0]
	for i, list := range q.lists[1:] {
		if i == 0 {
			out = intersect(q.scratch[:0], out, list)
		} else {
			out = intersect(out[:0], out, list)
		}
		q.scratch = out
		if len(out) == 0 {
			return nil
		}
	}
	return out
}

// queryGrams returns the grams a text must hold to contain term: the term
// itself when it is one character, else its bigrams.
func queryGrams(term string) []string {
	at := charStarts(term)
	if len(at) <= 3 {
		return []string{term}
	}
	out := make([]string, 0, len(at)-2)
	for k := 0; k+2 < len(at); k++ {
		out = append(out, term[at[k]:at[k+2]])
	}
	return out
}

// intersect appends to dst the elements common to two sorted lists. dst
// may be a[:0]: it is written no faster than a is read.
func intersect(dst, a, b []int32) []int32 {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			dst = append(dst, a[i])
			i++
			j++
		}
	}
	return dst
}
