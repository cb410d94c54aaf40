package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/wardgraph/wardgraph"
)

// modelDB is a backend that answers each statement the way its Cypher
// says, written out in Go over fakeDB: a MODEL of the statements, not
// Neo4j. Running the contract suite on it checks the store's Go side — the
// parameters it sends, the columns it reads, how it pages, orders, walks
// and rebuilds — without a server. Whether Neo4j runs each statement as
// modelled is for the lint (syntax, schema) and the contract suite on a real
// Neo4j to show. Transactions run one at a time.
type modelDB struct {
	mu sync.Mutex
	db *fakeDB
}

func newModelStore() *Store { return &Store{be: &modelDB{db: newFakeDB()}} }

func (m *modelDB) transact(ctx context.Context, write bool, work func(run runFunc) (any, error)) (any, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	snapshot := m.db.clone()
	v, err := work(checkedRun(func(st statement, params map[string]any) ([]*neo4j.Record, error) {
		return m.db.answer(st.Name, params)
	}))
	if err != nil {
		m.db = snapshot // roll back
	}
	return v, err
}

func (m *modelDB) ping(ctx context.Context) error { return nil }
func (m *modelDB) close() error                   { return nil }

func (db *fakeDB) clone() *fakeDB {
	c := &fakeDB{nodes: make(map[string]dbtype.Node, len(db.nodes)), rels: slices.Clone(db.rels), version: db.version}
	for k, v := range db.nodes {
		c.nodes[k] = v
	}
	return c
}

// answer runs one statement of the model.
func (db *fakeDB) answer(name string, p map[string]any) ([]*neo4j.Record, error) {
	switch {
	case strings.HasPrefix(name, "merge_"):
		db.apply(batch{Stmt: name, Rows: p["rows"].([]map[string]any)})
		return nil, nil
	case name == "wipe_all":
		*db = *newFakeDB()
		return nil, nil
	}
	answer, ok := modelAnswers[name]
	if !ok {
		return nil, fmt.Errorf("model: no answer for statement %s", name)
	}
	return answer(db, p), nil
}

// modelAnswers model the statements of cypher/ that a Store runs.
var modelAnswers = map[string]func(db *fakeDB, p map[string]any) []*neo4j.Record{
	"plan_exists": func(db *fakeDB, p map[string]any) []*neo4j.Record {
		n := int64(0)
		if node, ok := db.nodes[p["planId"].(string)]; ok && hasLabel(node, wardgraph.LabelPlan) {
			n = 1
		}
		return []*neo4j.Record{rec("n", n)}
	},
	"plan_delete": func(db *fakeDB, p map[string]any) []*neo4j.Record {
		db.deletePlan(p["planId"].(string))
		return nil
	},
	"data_version_set": func(db *fakeDB, p map[string]any) []*neo4j.Record {
		db.version = p["version"].(string)
		return nil
	},
	"data_version": func(db *fakeDB, p map[string]any) []*neo4j.Record {
		if db.version == "" {
			return nil
		}
		return []*neo4j.Record{rec("version", db.version)}
	},
	"plan_ids":           (*fakeDB).planIDs,
	"plan_graph":         func(db *fakeDB, p map[string]any) []*neo4j.Record { return db.planGraph(p["planIds"].([]string)...) },
	"wards":              (*fakeDB).wards,
	"initiatives":        (*fakeDB).initiatives,
	"linked_initiatives": (*fakeDB).linkedInitiatives,
	"catalog":            (*fakeDB).catalog,
	"nodes": func(db *fakeDB, p map[string]any) []*neo4j.Record {
		return db.nodesWhere(func(n dbtype.Node) bool { return slices.Contains(p["ids"].([]string), str(n.Props, propID)) })
	},
	"search_fulltext": func(db *fakeDB, p map[string]any) []*neo4j.Record {
		return db.textMatches(phrases(p["query"].(string)))
	},
	"search_contains": func(db *fakeDB, p map[string]any) []*neo4j.Record { return db.textMatches(p["terms"].([]string)) },
	"neighbors":       (*fakeDB).neighbors,
	"subgraph_edges":  (*fakeDB).subgraphEdges,
	"paths":           (*fakeDB).paths,
}

func rec(kv ...any) *neo4j.Record {
	r := &neo4j.Record{}
	for i := 0; i < len(kv); i += 2 {
		r.Keys = append(r.Keys, kv[i].(string))
		r.Values = append(r.Values, kv[i+1])
	}
	return r
}

func hasLabel(n dbtype.Node, label string) bool { return slices.Contains(n.Labels, label) }

func labelOf(n dbtype.Node) string {
	for _, l := range n.Labels {
		if l != LabelEntity {
			return l
		}
	}
	return ""
}

// deletePlan is MATCH (n:Entity {plan: $planId}) DETACH DELETE n.
func (db *fakeDB) deletePlan(planID string) {
	for id, n := range db.nodes {
		if str(n.Props, propPlan) == planID {
			delete(db.nodes, id)
		}
	}
	db.rels = slices.DeleteFunc(db.rels, func(r dbtype.Relationship) bool {
		_, a := db.nodes[r.StartElementId]
		_, b := db.nodes[r.EndElementId]
		return !a || !b
	})
}

func (db *fakeDB) nodesWhere(keep func(dbtype.Node) bool) []*neo4j.Record {
	var out []*neo4j.Record
	for _, n := range db.nodes {
		if keep(n) {
			out = append(out, rec("n", n))
		}
	}
	return out
}

// out returns the relationships of one type from a node.
func (db *fakeDB) out(from, typ string) []dbtype.Relationship {
	var rs []dbtype.Relationship
	for _, r := range db.rels {
		if r.StartElementId == from && r.Type == typ {
			rs = append(rs, r)
		}
	}
	return rs
}

// adopted returns (ward, plan) pairs: MATCH (w:Ward)-[:ADOPTED]->(p:Plan).
func (db *fakeDB) adopted() [][2]dbtype.Node {
	var out [][2]dbtype.Node
	for _, r := range db.rels {
		if r.Type == wardgraph.RelAdopted {
			out = append(out, [2]dbtype.Node{db.nodes[r.StartElementId], db.nodes[r.EndElementId]})
		}
	}
	return out
}
