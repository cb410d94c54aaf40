package memstore

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph/textnorm"
)

// textIndex is an inverted index from character unigrams and bigrams to
// the documents whose text holds them. It only narrows the candidates:
// wardgraph.ScoreText decides what matches and how well, so every store
// ranks alike. Documents are numbered in the order they are added and
// posting lists stay sorted.
type textIndex struct {
	post map[string][]int32
	size int32
	seen map[string]struct{} // grams of the document being added
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

// candidates returns the documents that hold every gram of every term
// (terms as wardgraph.SearchTerms gives them), in document order.
func (ix *textIndex) candidates(terms []string) []int32 {
	var out []int32
	for i, t := range terms {
		for j, g := range queryGrams(t) {
			list, ok := ix.post[g]
			if !ok {
				return nil
			}
			if i == 0 && j == 0 {
				out = list
				continue
			}
			if out = intersect(out, list); len(out) == 0 {
				return nil
			}
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
	slices.Sort(out)
	return slices.Compact(out)
}

// intersect returns the elements common to two sorted lists.
func intersect(a, b []int32) []int32 {
	out := make([]int32, 0, min(len(a), len(b)))
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
