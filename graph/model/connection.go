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

// ConnectionOf translates a store page into a connection, its plans
// wrapped for a server whose page-size cap is pageCap.
func ConnectionOf(page wardgraph.InitiativePage, pageCap int) InitiativeConnection {
	c := InitiativeConnection{Edges: make([]InitiativeEdge, len(page.Items)), TotalCount: page.TotalCount}
	plans := newPlanRuns(page.Items, pageCap)
	for i, ref := range page.Items {
		c.Edges[i] = InitiativeEdge{Cursor: page.Cursors[i], Node: NewInitiative(plans.of(ref.Plan), ref)}
	}
	c.PageInfo = PageInfo{HasNextPage: page.HasNextPage, HasPreviousPage: page.Offset > 0}
	if n := len(c.Edges); n > 0 {
		c.PageInfo.StartCursor = &c.Edges[0].Cursor
		c.PageInfo.EndCursor = &c.Edges[n-1].Cursor
	}
	return c
}
