package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/wardgraph/wardgraph"
)

// SubgraphJSON is a subgraph written as one JSON value (the SubgraphJSON
// scalar): a client that draws a large neighbourhood gets it without the
// per-field cost of selecting every node and edge.
type SubgraphJSON struct {
	Subgraph *wardgraph.Subgraph
}

type compactNode struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Label string `json:"label"`
}

type compactEdge struct {
	From string `json:"from"`
	To   string `json:"to"`
	Type string `json:"type"`
}

type compactSubgraph struct {
	Nodes     []compactNode `json:"nodes"`
	Edges     []compactEdge `json:"edges"`
	Truncated bool          `json:"truncated"`
}

// MarshalGQL writes {"nodes": [{id, kind, label}], "edges": [{from, to,
// type}], "truncated"}, nodes and edges in the subgraph's order.
func (s SubgraphJSON) MarshalGQL(w io.Writer) {
	c := compactSubgraph{Nodes: make([]compactNode, len(s.Subgraph.Nodes)),
		Edges: make([]compactEdge, len(s.Subgraph.Edges)), Truncated: s.Subgraph.Truncated}
	for i, n := range s.Subgraph.Nodes {
		c.Nodes[i] = compactNode{ID: n.ID, Kind: n.Label, Label: n.Name}
	}
	for i, e := range s.Subgraph.Edges {
		c.Edges[i] = compactEdge{From: e.From, To: e.To, Type: e.Type}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(c)
	_, _ = w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// UnmarshalGQL refuses input: SubgraphJSON is an output type.
func (s *SubgraphJSON) UnmarshalGQL(any) error {
	return errors.New("SubgraphJSON is output only")
}
