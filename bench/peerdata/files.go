package main

import (
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/dirstore"
)

// writePlans writes one plan file per plan into out/plans, as export does.
func writePlans(out string, plans []*wardgraph.Plan) error {
	dir := filepath.Join(out, "plans")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return wardgraph.Wrap(err, wardgraph.EINVALID, "cannot create "+dir)
	}
	for _, p := range plans {
		if err := dirstore.WriteFile(filepath.Join(dir, dirstore.FileName(p.ID)), p); err != nil {
			return err
		}
	}
	return nil
}

type node struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Name  string `json:"name"`
	Text  string `json:"text,omitempty"`
}

type edge struct {
	From string `json:"from"`
	To   string `json:"to"`
	Type string `json:"type"`
}

// writeGraph writes the plans' graph projection (wardgraph.Plan.Projection,
// what every store saves) as the embedded store holds it: each node once,
// each distinct edge once, provenance (FROM) edges and Source nodes left
// out. The Apollo peer walks and searches it instead of re-deriving it.
func writeGraph(out string, plans []*wardgraph.Plan) error {
	var g struct {
		Nodes []node `json:"nodes"`
		Edges []edge `json:"edges"`
	}
	seenNode, seenEdge := map[string]bool{}, map[edge]bool{}
	for _, p := range plans {
		pg := p.Projection()
		for _, n := range pg.Nodes {
			if !seenNode[n.ID] && n.Label != wardgraph.LabelSource {
				seenNode[n.ID] = true
				g.Nodes = append(g.Nodes, node{n.ID, n.Label, n.Name, n.Text})
			}
		}
		for _, e := range pg.Edges {
			k := edge{e.From, e.To, e.Type}
			if !seenEdge[k] && e.Type != wardgraph.RelFrom {
				seenEdge[k] = true
				g.Edges = append(g.Edges, k)
			}
		}
	}
	if err := writeJSON(filepath.Join(out, "graph.json"), g); err != nil {
		return err
	}
	return writeJSON(filepath.Join(out, "wards.json"), wardgraph.KnownWards())
}

func writeJSON(path string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return wardgraph.Wrap(err, wardgraph.EINTERNAL, "cannot encode "+path)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return wardgraph.Wrap(err, wardgraph.EINVALID, "cannot write "+path)
	}
	return nil
}
