package model

import "github.com/wardgraph/wardgraph"

// InitiativeConnection is one page of initiatives.
type InitiativeConnection struct {
	Edges      []InitiativeEdge
	PageInfo   PageInfo
	TotalCount int
}

// InitiativeEdge is an initiative and its cursor.
type InitiativeEdge struct {
	Cursor string
	Node   Initiative
}

// Nodes are the page's initiatives alone.
func (c InitiativeConnection) Nodes() []Initiative {
	out := make([]Initiative, len(c.Edges))
	for i, e := range c.Edges {
		out[i] = e.Node
	}
	return out
}

// ConnectionOf builds a connection from a store page; offset is the
// position of the page's first item in the whole list.
func ConnectionOf(page wardgraph.InitiativePage, offset int) InitiativeConnection {
	c := InitiativeConnection{Edges: make([]InitiativeEdge, len(page.Items)), TotalCount: page.TotalCount}
	for i, ref := range page.Items {
		cur := wardgraph.EncodeCursor(offset + i)
		if i < len(page.Cursors) {
			cur = page.Cursors[i]
		}
		c.Edges[i] = InitiativeEdge{Cursor: cur, Node: NewInitiative(ref)}
	}
	c.PageInfo = PageInfo{HasNextPage: page.HasNextPage, HasPreviousPage: offset > 0}
	if n := len(c.Edges); n > 0 {
		c.PageInfo.StartCursor = &c.Edges[0].Cursor
		c.PageInfo.EndCursor = &c.Edges[n-1].Cursor
	}
	return c
}

// Paginate cuts one page out of a whole list: first items after the cursor
// (an offset cursor made by wardgraph.EncodeCursor).
func Paginate(refs []wardgraph.InitiativeRef, first int, after string) (InitiativeConnection, error) {
	start, err := wardgraph.DecodeCursor(after)
	if err != nil {
		return InitiativeConnection{}, err
	}
	start = min(start, len(refs))
	end := min(start+max(first, 0), len(refs))
	page := wardgraph.InitiativePage{Items: refs[start:end], TotalCount: len(refs), HasNextPage: end < len(refs)}
	return ConnectionOf(page, start), nil
}
