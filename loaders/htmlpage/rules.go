package htmlpage

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/skip.tsv
var skipTSV string

// ruleSet is data/skip.tsv read once.
type ruleSet struct {
	tags        map[string]bool
	attrs       []string
	attachments []string
}

var rules = mustRules(skipTSV)

// mustRules reads the rules; a malformed embedded file is a build mistake.
func mustRules(text string) ruleSet {
	r := ruleSet{tags: map[string]bool{}}
	for i, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, value, ok := strings.Cut(line, "\t")
		switch {
		case ok && kind == "tag":
			r.tags[value] = true
		case ok && kind == "attr":
			r.attrs = append(r.attrs, value)
		case ok && kind == "attachment":
			r.attachments = append(r.attachments, value)
		default:
			panic(fmt.Sprintf("htmlpage: data/skip.tsv:%d: want KIND<TAB>VALUE, got %q", i+1, line))
		}
	}
	return r
}

// skipsAttr reports whether a class, id or role value marks page chrome.
func (r ruleSet) skipsAttr(value string) bool {
	for _, word := range strings.Fields(strings.ToLower(value)) {
		for _, a := range r.attrs {
			if strings.HasPrefix(word, a) {
				return true
			}
		}
	}
	return false
}

// isAttachment reports whether a link's path names a document to keep.
func (r ruleSet) isAttachment(path string) bool {
	p := strings.ToLower(path)
	for _, ext := range r.attachments {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	return false
}
