package model

import "github.com/wardgraph/wardgraph"

// Source is where a node was read from: its plan's page and its line.
type Source struct {
	URL        string
	PageNumber string
	UpdatedOn  string
	Credit     string
	Line       *int
	Title      *string
	// Attachments are the documents the page links to, never nil.
	Attachments []wardgraph.Attachment
}

// SourceOf returns the source of a node of plan p found on the given line.
func SourceOf(p *wardgraph.Plan, line int) Source {
	s := Source{URL: p.Source.URL, PageNumber: p.Source.PageNumber,
		UpdatedOn: p.Source.UpdatedOn, Credit: p.Source.Credit, Line: LineOf(line),
		Attachments: p.Source.Attachments}
	if p.Source.Title != "" {
		s.Title = &p.Source.Title
	}
	if s.Attachments == nil {
		s.Attachments = []wardgraph.Attachment{}
	}
	return s
}

// LineOf returns a 1-based line, or nil for 0 (unknown).
func LineOf(line int) *int {
	if line <= 0 {
		return nil
	}
	return &line
}
