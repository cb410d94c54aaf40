package model

import "github.com/wardgraph/wardgraph"

// ReformItem is an item of a city-wide programme in its plan.
type ReformItem struct {
	r *wardgraph.ReformItem
	p *Plan
}

// ID is the item's id.
func (x ReformItem) ID() string { return x.r.ID }

// Title is the item's title.
func (x ReformItem) Title() string { return x.r.Title }

// Description is the item's description.
func (x ReformItem) Description() string { return x.r.Description }

// Program is the item's programme.
func (x ReformItem) Program() wardgraph.Program {
	return wardgraph.Program{ID: wardgraph.ProgramID(x.r.Program), Name: x.r.Program}
}

// Line is the item's line.
func (x ReformItem) Line() *int { return LineOf(x.r.Line) }

// Source is where the item was read from.
func (x ReformItem) Source() Source { return SourceOf(x.p.Plan, x.r.Line) }

// Plan is the item's plan.
func (x ReformItem) Plan() *Plan { return x.p }

// Department is the department responsible for a page. Line and Source are
// set when it was reached through a plan.
type Department struct {
	ID      string
	Name    string
	Phone   string
	Fax     string
	Address string
	Line    *int
	Source  *Source
}

// Department is the department's name, the field name the page uses.
func (x Department) Department() string { return x.Name }
