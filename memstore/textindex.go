package memstore

import (
	"slices"
	"strings"

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
}

func newTextIndex() *textIndex { return &textIndex{post: map[string][]int32{}} }

// add indexes text as the next document and returns its number.
func (ix *textIndex) add(text string) int32 {
	doc := ix.size
	ix.size++
	for g := range textGrams(text) {
		ix.post[g] = append(ix.post[g], doc)
	}
	return doc
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

// textGrams returns the distinct unigrams and bigrams of the lower-cased
// text and, where it differs, of its lower-cased NFKC form. Indexing the
// plain lower-cased text guarantees that every text ScoreText accepts is a
// candidate; the NFKC form only adds candidates.
func textGrams(text string) map[string]struct{} {
	grams := map[string]struct{}{}
	lower := strings.ToLower(text)
	addGrams(grams, lower)
	if n := strings.ToLower(textnorm.NFKC(text)); n != lower {
		addGrams(grams, n)
	}
	return grams
}

func addGrams(grams map[string]struct{}, s string) {
	rs := []rune(s)
	for i, r := range rs {
		grams[string(r)] = struct{}{}
		if i+1 < len(rs) {
			grams[string(rs[i:i+2])] = struct{}{}
		}
	}
}

// queryGrams returns the grams a text must hold to contain term: the term
// itself when it is one character, else its bigrams.
func queryGrams(term string) []string {
	rs := []rune(term)
	if len(rs) < 2 {
		return []string{term}
	}
	out := make([]string, 0, len(rs)-1)
	for i := 0; i+1 < len(rs); i++ {
		out = append(out, string(rs[i:i+2]))
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
