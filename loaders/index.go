package loaders

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"

	"github.com/wardgraph/wardgraph"
)

// maxIndexBytes bounds the size of a sources index.
const maxIndexBytes = 1 << 20

// indexEntry is one entry of a sources index (index.json): a page text's
// file name and URL, and what the text is expected to hold.
type indexEntry struct {
	File       string `json:"file"`
	URL        string `json:"url"`
	WardJA     string `json:"ward_ja"`
	FiscalYear int    `json:"fiscal_year"`
	Draft      *bool  `json:"draft"`
}

// sourceIndex is a folder's index.json: its entries by file name, or why it
// could not be read (reported with the first text of the folder).
type sourceIndex struct {
	entries map[string]indexEntry
	problem string
}

// index returns the sources index of dir, reading it once.
func (r *reader) index(dir string) *sourceIndex {
	if ix, ok := r.indexes[dir]; ok {
		return ix
	}
	ix := readIndex(r.fsys, path.Join(dir, IndexFile))
	r.indexes[dir] = ix
	return ix
}

// readIndex reads a sources index; a missing one is an empty index.
func readIndex(fsys fs.FS, name string) *sourceIndex {
	ix := &sourceIndex{entries: map[string]indexEntry{}}
	data, err := readLimited(fsys, name, maxIndexBytes)
	var entries []indexEntry
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ix
	case err != nil:
		ix.problem = fmt.Sprintf("%s: warning: sources index not used: %s", name, wardgraph.ErrorMessage(err))
		return ix
	case json.Unmarshal(data, &entries) != nil:
		ix.problem = fmt.Sprintf("%s: warning: sources index not used: not a JSON array of {\"file\", \"url\"} entries", name)
		return ix
	}
	for _, e := range entries {
		ix.entries[e.File] = e
	}
	return ix
}

// applyIndex sets the URL of a page text's plan from the sources index next
// to it when the text gave none, and returns warnings where the index and
// the parse disagree.
func (r *reader) applyIndex(name string, p *wardgraph.Plan) []string {
	ix := r.index(path.Dir(name))
	if ix.problem != "" {
		problem := ix.problem
		ix.problem = "" // reported once per folder
		return []string{problem}
	}
	e, ok := ix.entries[path.Base(name)]
	if !ok {
		return nil
	}
	warns := disagreements(name, e, p)
	if p.Source.URL == "" {
		p.Source.URL = e.URL
	}
	return warns
}

// disagreements words each field where an index entry and the parsed plan
// differ.
func disagreements(name string, e indexEntry, p *wardgraph.Plan) []string {
	var warns []string
	disagree := func(field string, index, parsed any) {
		warns = append(warns, fmt.Sprintf("%s: warning: %s says %s %v, the text says %v", name, path.Join(path.Dir(name), IndexFile), field, index, parsed))
	}
	if e.URL != "" && p.Source.URL != "" && e.URL != p.Source.URL {
		disagree("url", e.URL, p.Source.URL)
	}
	if e.FiscalYear != 0 && e.FiscalYear != p.FiscalYear {
		disagree("fiscal_year", e.FiscalYear, p.FiscalYear)
	}
	if e.Draft != nil && *e.Draft != p.Draft {
		disagree("draft", *e.Draft, p.Draft)
	}
	if e.WardJA != "" && e.WardJA != p.Ward.Name {
		disagree("ward_ja", e.WardJA, p.Ward.Name)
	}
	return warns
}
