package graph

import (
	"github.com/wardgraph/wardgraph"
)

func wardIDs(ws []wardgraph.Ward) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.ID
	}
	return out
}
