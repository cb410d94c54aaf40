package loaders

import (
	"fmt"
	"strings"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders/htmlpage"
	"github.com/wardgraph/wardgraph/loaders/page"
	"github.com/wardgraph/wardgraph/loaders/textenc"
)

// readPage parses a page: a text (.txt) or an HTML page (.html, .htm), in
// any encoding textenc reads. A .txt that is really HTML is read as HTML,
// with a warning. It returns the plan and the warnings about the file as a
// whole (how it was decoded and read); the plan's own warnings are added by
// the caller.
func readPage(name string, data []byte, kind fileKind) (*wardgraph.Plan, []string, error) {
	return readPageAs(name, data, kind, "")
}

// ParseHTML parses an HTML page held in memory (as `wardgraph fetch` checks
// what it downloaded). charset is the one the server declared in its
// Content-Type, used when the page declares none.
func ParseHTML(name string, data []byte, charset string) (*wardgraph.Plan, []string, error) {
	p, notes, err := readPageAs(name, data, htmlPage, charset)
	if err != nil {
		return nil, nil, err
	}
	return p, append(notes, page.FormatWarnings(name, p)...), nil
}

// readPageAs is readPage with the charset a server declared.
func readPageAs(name string, data []byte, kind fileKind, serverCharset string) (*wardgraph.Plan, []string, error) {
	var notes []string
	declared := ""
	if kind == htmlPage || htmlpage.IsHTML(data) {
		declared = htmlpage.Charset(data)
	}
	if declared == "" {
		declared = serverCharset
	}
	dec, err := textenc.Decode(name, data, declared)
	if err != nil {
		return nil, nil, err
	}
	if w := dec.Warning(); w != "" {
		notes = append(notes, fmt.Sprintf("%s: warning: %s", name, w))
	}
	if kind == pageText && htmlpage.IsHTML(dec.Text) {
		notes = append(notes, fmt.Sprintf("%s: warning: the file is HTML markup, not a page text: read as an HTML page", name))
		kind = htmlPage
	}
	if kind == pageText {
		p, err := page.Parse(name, dec.Text)
		return p, notes, err
	}
	p, err := parseHTML(name, dec.Text)
	return p, notes, err
}

// parseHTML renders an HTML page into lines and parses them; the page's
// title, canonical URL, update date and attachments go on the plan's source.
func parseHTML(name string, text []byte) (*wardgraph.Plan, error) {
	hp := htmlpage.Render(text)
	lines := make([]page.Line, len(hp.Lines))
	for i, l := range hp.Lines {
		lines[i] = page.Line{N: l.N, Text: l.Text}
	}
	p, err := page.ParseLines(name, lines)
	if err != nil {
		return nil, err
	}
	src := &p.Source
	src.Title = hp.Title
	if strings.HasPrefix(hp.URL, "http://") || strings.HasPrefix(hp.URL, "https://") {
		src.URL = hp.URL
	}
	if src.UpdatedOn == "" {
		src.UpdatedOn = hp.UpdatedOn
	}
	for _, a := range hp.Attachments {
		src.Attachments = append(src.Attachments, wardgraph.Attachment{Title: a.Title, URL: a.URL})
	}
	return p, nil
}
