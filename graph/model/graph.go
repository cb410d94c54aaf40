package model

import "github.com/wardgraph/wardgraph"

// Subgraph is a neighbourhood as GraphQL serves it: its nodes and
// truncated through the embedded subgraph, its edges and its compact form
// as methods without a context, resolved in place.
type Subgraph struct{ *wardgraph.Subgraph }

// Edges are the subgraph's links.
func (s Subgraph) Edges() []GraphEdge { return edgesOf(s.Subgraph.Edges) }

// Compact is the subgraph as one JSON value.
func (s Subgraph) Compact() SubgraphJSON { return SubgraphJSON{s.Subgraph} }

// Path is a walk as GraphQL serves it: its nodes through the embedded
// path, its edges and its length as methods.
type Path struct{ wardgraph.Path }

// Edges are the path's links.
func (p Path) Edges() []GraphEdge { return edgesOf(p.Path.Edges) }

// Length is the number of links.
func (p Path) Length() int { return len(p.Path.Edges) }

// GraphEdge is a link as GraphQL serves it: from, to and type through the
// embedded edge, evidence and line as methods (null when unknown).
type GraphEdge struct{ *wardgraph.GraphEdge }

// Evidence is the sentence that makes the link, nil when it has none.
func (e GraphEdge) Evidence() *string {
	if e.GraphEdge.Evidence == "" {
		return nil
	}
	return &e.GraphEdge.Evidence
}

// Line is the line of the evidence.
func (e GraphEdge) Line() *int { return LineOf(e.GraphEdge.Line) }

// edgesOf wraps edges, pointing into them.
func edgesOf(edges []wardgraph.GraphEdge) []GraphEdge {
	out := make([]GraphEdge, len(edges))
	for i := range edges {
		out[i] = GraphEdge{&edges[i]}
	}
	return out
}
