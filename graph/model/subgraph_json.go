package model

import (
	"errors"
	"io"
	"strconv"

	"github.com/wardgraph/wardgraph"
)

// SubgraphJSON is a subgraph written as one JSON value (the SubgraphJSON
// scalar): a client that draws a large neighbourhood gets it without the
// per-field cost of selecting every node and edge.
type SubgraphJSON struct {
	Subgraph *wardgraph.Subgraph
}

// MarshalGQL writes {"nodes": [{id, kind, label}], "edges": [[from, to,
// type]], "truncated"}, where from and to are indexes into nodes (a graph
// drawing library takes them as they are, and the ids are not repeated), in
// the subgraph's order.
func (s SubgraphJSON) MarshalGQL(w io.Writer) {
	sg := s.Subgraph
	index := make(map[string]int, len(sg.Nodes))
	b := make([]byte, 0, 64*len(sg.Nodes)+24*len(sg.Edges)+64)
	b = append(b, `{"nodes":[`...)
	for i, n := range sg.Nodes {
		index[n.ID] = i
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(append(b, `{"id":`...), n.ID)
		b = appendString(append(b, `,"kind":`...), n.Label)
		b = appendString(append(b, `,"label":`...), n.Name)
		b = append(b, '}')
	}
	b = append(b, `],"edges":[`...)
	for i, e := range sg.Edges {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(append(b, '['), int64(index[e.From]), 10)
		b = strconv.AppendInt(append(b, ','), int64(index[e.To]), 10)
		b = append(appendString(append(b, ','), e.Type), ']')
	}
	b = strconv.AppendBool(append(b, `],"truncated":`...), sg.Truncated)
	_, _ = w.Write(append(b, '}'))
}

// appendString appends s as a JSON string. Our texts are valid UTF-8 (the
// loaders refuse anything else), so only quotes, backslashes and control
// characters need escaping.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, `\u00`...)
			b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&0xf])
		}
		start = i + 1
	}
	return append(append(b, s[start:]...), '"')
}

// UnmarshalGQL refuses input: SubgraphJSON is an output type.
func (s *SubgraphJSON) UnmarshalGQL(any) error {
	return errors.New("SubgraphJSON is output only")
}
