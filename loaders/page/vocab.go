package page

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/wardgraph/wardgraph/textnorm"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// vocabulary holds the heading terms of data/headings.tsv by kind, each
// kind's terms longest first, and the chrome prefixes of data/chrome.txt.
type vocabulary struct {
	terms  map[string][]string
	chrome []string
}

var (
	vocabOnce    sync.Once
	headingWords *vocabulary
)

// words returns the vocabulary, loading it on first use.
func words() *vocabulary {
	vocabOnce.Do(func() {
		v := &vocabulary{terms: map[string][]string{}}
		for _, rec := range readTSV("data/headings.tsv", 2) {
			v.terms[rec[0]] = append(v.terms[rec[0]], textnorm.Normalize(rec[1]))
		}
		for k := range v.terms {
			sortLongestFirst(v.terms[k])
		}
		for _, rec := range readTSV("data/chrome.txt", 1) {
			v.chrome = append(v.chrome, textnorm.Normalize(rec[0]))
		}
		headingWords = v
	})
	return headingWords
}

// readTSV reads an embedded tab-separated data file, skipping blank lines and
// # comments. Every record has at least min fields; a malformed embedded file
// is a build defect and panics.
func readTSV(name string, min int) [][]string {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		panic("page: " + err.Error())
	}
	var out [][]string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rec := strings.Split(line, "\t")
		if len(rec) < min {
			panic(fmt.Sprintf("page: %s:%d: want %d tab-separated fields", name, n, min))
		}
		out = append(out, rec)
	}
	return out
}

// sortLongestFirst orders terms by length in runes, longest first, then
// alphabetically so that the order is stable.
func sortLongestFirst(terms []string) {
	sort.Slice(terms, func(i, j int) bool {
		li, lj := len([]rune(terms[i])), len([]rune(terms[j]))
		if li != lj {
			return li > lj
		}
		return terms[i] < terms[j]
	})
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
	for _, t := range v.terms[kind] {
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
