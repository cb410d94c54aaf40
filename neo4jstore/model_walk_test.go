package neo4jstore

import (
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/wardgraph/wardgraph"
)

// The model's walks: neighbors, subgraph_edges and paths.

func (db *fakeDB) neighbors(p map[string]any) []*neo4j.Record {
	ids := p["ids"].([]string)
	seen := map[string]bool{}
	var out []*neo4j.Record
	for _, r := range db.rels {
		if r.Type == wardgraph.RelFrom {
			continue
		}
		for _, pair := range [][2]string{{r.StartElementId, r.EndElementId}, {r.EndElementId, r.StartElementId}} {
			if slices.Contains(ids, pair[0]) && !seen[pair[1]] {
				seen[pair[1]] = true
				out = append(out, rec("id", pair[1]))
			}
		}
	}
	return out
}

func relColumns(r dbtype.Relationship) map[string]any {
	return map[string]any{"src": r.StartElementId, "type": r.Type, "dst": r.EndElementId,
		"evidence": r.Props[propEvidence], "line": r.Props[propLine], "seq": r.Props[propSeq]}
}

func (db *fakeDB) subgraphEdges(p map[string]any) []*neo4j.Record {
	ids := p["ids"].([]string)
	var out []*neo4j.Record
	for _, r := range db.rels {
		if r.Type != wardgraph.RelFrom && slices.Contains(ids, r.StartElementId) && slices.Contains(ids, r.EndElementId) {
			c := relColumns(r)
			out = append(out, rec("src", c["src"], "type", c["type"], "dst", c["dst"], "evidence", c["evidence"], "line", c["line"], "seq", c["seq"]))
		}
	}
	return out
}

// paths models allShortestPaths over every type but FROM, up to 6 links,
// then WHERE length(p) <= $maxLength: every path of the shortest length,
// one per sequence of relationships.
func (db *fakeDB) paths(p map[string]any) []*neo4j.Record {
	src, dst := p["src"].(string), p["dst"].(string)
	dist := db.distances(src, 6)
	length, ok := dist[dst]
	if !ok || int64(length) > p["maxLength"].(int64) {
		return nil
	}
	back := db.distances(dst, length)
	var out []*neo4j.Record
	var walk func(at string, ids []any, rels []any)
	walk = func(at string, ids []any, rels []any) {
		if at == dst {
			out = append(out, rec("ids", slices.Clone(ids), "rels", slices.Clone(rels)))
			return
		}
		for _, r := range db.rels {
			next, ok := other(r, at)
			df, ok1 := dist[next]
			db, ok2 := back[next]
			if ok && ok1 && ok2 && r.Type != wardgraph.RelFrom && df == len(rels)+1 && db == length-len(rels)-1 {
				walk(next, append(ids, next), append(rels, relColumns(r)))
			}
		}
	}
	walk(src, []any{src}, nil)
	return out
}

func other(r dbtype.Relationship, at string) (string, bool) {
	switch at {
	case r.StartElementId:
		return r.EndElementId, true
	case r.EndElementId:
		return r.StartElementId, true
	}
	return "", false
}

// distances returns the distance of every node within limit links of
// start, over every type but FROM.
func (db *fakeDB) distances(start string, limit int) map[string]int {
	dist := map[string]int{start: 0}
	frontier := []string{start}
	for d := 1; d <= limit && len(frontier) > 0; d++ {
		var next []string
		for _, at := range frontier {
			for _, r := range db.rels {
				if o, ok := other(r, at); ok && r.Type != wardgraph.RelFrom {
					if _, seen := dist[o]; !seen {
						dist[o] = d
						next = append(next, o)
					}
				}
			}
		}
		frontier = next
	}
	return dist
}
