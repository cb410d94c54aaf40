// Package page parses the text of an Osaka City ward management policy page
// (区運営方針, domain.md §2–§5) into a wardgraph.Plan.
//
// Every line is normalised with Unicode NFKC (package textnorm), classified
// by the heading patterns whose vocabulary is kept in data/headings.tsv,
// and fed to a small state machine: goal, missions, policy, issues,
// strategies, initiatives, sections, reform items and contact. Partners,
// topics and target groups are found with the vocabularies of package
// loaders/vocab.
// What a page lacks is reported in Plan.Warnings; input that is not a page
// text at all is refused with a *wardgraph.Error of code EINVALID.
package page

import (
	"fmt"

	"github.com/wardgraph/wardgraph"
)

// Credit is the source credit every plan parsed from a city page carries.
const Credit = "出典: 大阪市ホームページ"

// Parse reads one page text. name is the file name used in messages and in
// Source.File. The plan has its ids assigned and every part carries the
// 1-based line it came from.
func Parse(name string, data []byte) (*wardgraph.Plan, error) {
	if err := checkInput(name, data); err != nil {
		return nil, err
	}
	return parseLines(name, splitLines(data))
}

// parseLines parses the normalised lines of a page.
func parseLines(name string, lines []srcLine) (*wardgraph.Plan, error) {
	cls := classifyAll(lines)
	h := readHeader(lines, cls)
	if err := h.check(name); err != nil {
		return nil, err
	}
	p := &wardgraph.Plan{
		Ward: h.ward, FiscalYear: h.year, FiscalYearLabel: h.label, Draft: h.draft,
		Title: h.title, TitleLine: h.titleLine,
		Source: wardgraph.Source{Credit: Credit, File: name},
	}
	b := newBuilder(p)
	b.cut, b.lastContent = cutAt(cls)
	inIssue := false
	for _, c := range cls {
		b.line(reclassify(c, inIssue))
		inIssue = b.ii >= 0 && (b.mode >= mIssue && b.mode <= mSection || b.mode == mInitiativeList)
	}
	if p.Title == "" && b.empty() {
		return nil, invalid(name, "not a ward management policy page: no 運営方針 title and no goal, mission, policy or issue headings")
	}
	b.finish()
	b.extractLinks()
	p.Source.URL = pageURL(p.Ward, p.Source.PageNumber)
	p.AssignIDs()
	return p, nil
}

// FormatWarnings returns the plan's warnings as the CLI prints them:
// "name:line: warning: message", or "name: warning: message" for warnings
// about the whole text.
func FormatWarnings(name string, p *wardgraph.Plan) []string {
	out := make([]string, 0, len(p.Warnings))
	for _, w := range p.Warnings {
		if w.Line > 0 {
			out = append(out, fmt.Sprintf("%s:%d: warning: %s", name, w.Line, w.Message))
		} else {
			out = append(out, fmt.Sprintf("%s: warning: %s", name, w.Message))
		}
	}
	return out
}
