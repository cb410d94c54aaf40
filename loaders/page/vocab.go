package page

import (
	"embed"
	"strings"
	"sync"

	"github.com/wardgraph/wardgraph/loaders/vocab"
	"github.com/wardgraph/wardgraph/textnorm"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// vocabulary holds the heading terms of data/headings.tsv by kind, each
// kind's terms longest first, and the chrome prefixes of data/chrome.txt.
type vocabulary struct {
	terms  map[string][]string
	cores  map[string][]string // by kind, the terms that contain no other term of the kind
	chrome []string
}

var (
	vocabOnce    sync.Once
	headingWords *vocabulary
)

// words returns the vocabulary, loading it on first use.
func words() *vocabulary {
	vocabOnce.Do(func() {
		v := &vocabulary{terms: map[string][]string{}, cores: map[string][]string{}}
		for _, rec := range readTSV("data/headings.tsv", 2) {
			v.terms[rec[0]] = append(v.terms[rec[0]], textnorm.Normalize(rec[1]))
		}
		for k := range v.terms {
			vocab.SortLongestFirst(v.terms[k])
			v.cores[k] = coreTerms(v.terms[k])
		}
		for _, rec := range readTSV("data/chrome.txt", 1) {
			v.chrome = append(v.chrome, textnorm.Normalize(rec[0]))
		}
		headingWords = v
	})
	return headingWords
}

// readTSV reads an embedded data file (format of vocab.ParseTSV). A
// malformed embedded file is a build defect and panics.
func readTSV(name string, min int) [][]string {
	data, err := dataFS.ReadFile(name)
	if err == nil {
		var recs [][]string
		if recs, err = vocab.ParseTSV(name, data, min); err == nil {
			return recs
		}
	}
	panic("page: " + err.Error())
}

// hasPrefixTerm returns the first (longest) term of kind that s starts with.
func (v *vocabulary) hasPrefixTerm(kind, s string) (string, bool) {
	for _, t := range v.terms[kind] {
		if strings.HasPrefix(s, t) {
			return t, true
		}
	}
	return "", false
}

// containsTerm reports whether s contains a term of kind.
func (v *vocabulary) containsTerm(kind, s string) bool {
	return containsAny(s, v.cores[kind])
}

// coreTerms returns the terms that contain no other of the terms: a text
// contains one of the terms if and only if it contains one of these (a
// term contains the shortest term inside it, which contains no other).
func coreTerms(terms []string) []string {
	var out []string
	for i, t := range terms {
		core := true
		for j, u := range terms {
			if i != j && u != t && strings.Contains(t, u) {
				core = false
				break
			}
		}
		if core {
			out = append(out, t)
		}
	}
	return out
}

// containsAny reports whether s contains one of the terms.
func containsAny(s string, terms []string) bool {
	for _, t := range terms {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// isTerm reports whether s is a term of kind.
func (v *vocabulary) isTerm(kind, s string) bool {
	for _, t := range v.terms[kind] {
		if s == t {
			return true
		}
	}
	return false
}

// isChrome reports whether a content line is page chrome.
func (v *vocabulary) isChrome(s string) bool {
	for _, p := range v.chrome {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
