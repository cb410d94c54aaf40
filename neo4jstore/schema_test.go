package neo4jstore

import (
	"bytes"
	"encoding/json"
	"os"
	"sort"
	"testing"
)

// lintSchema is what tools/cypherlint needs to know of the database: the
// labels and relationship types (from the wardgraph constants), the
// property keys and label pairs the store writes (from the records of a
// fully populated fictional plan), and the procedures the statements call.
type lintSchema struct {
	CypherVersion     string         `json:"cypherVersion"`
	Labels            []string       `json:"labels"`
	RelationshipTypes []string       `json:"relationshipTypes"`
	PropertyKeys      []string       `json:"propertyKeys"`
	Procedures        []string       `json:"procedures"`
	GraphSchema       []schemaTriple `json:"graphSchema"`
}

type schemaTriple struct {
	From    string `json:"from"`
	To      string `json:"to"`
	RelType string `json:"relType"`
}

func buildLintSchema(t *testing.T) lintSchema {
	recs := mustRecords(t, fullPlan(t))
	keys := map[string]bool{}
	for _, k := range append(internalNodeProps, guardProps...) {
		keys[k] = true
	}
	labelOf := map[string]string{}
	for _, n := range recs.Nodes {
		labelOf[n.id()] = n.Label
		for k := range n.Props {
			keys[k] = true
		}
	}
	triples := map[schemaTriple]bool{}
	for _, typ := range RelTypes {
		triples[schemaTriple{LabelEntity, LabelEntity, typ}] = true
	}
	for _, e := range recs.Edges {
		triples[schemaTriple{labelOf[e.From], labelOf[e.To], e.Type}] = true
		for k := range e.Props {
			keys[k] = true
		}
	}
	keys["version"] = true // of the DataVersion node
	s := lintSchema{CypherVersion: "CYPHER 5", Labels: append(append([]string{LabelEntity, LabelDataVersion}, Labels...), labelGuard),
		RelationshipTypes: RelTypes, Procedures: []string{"db.awaitIndexes", "db.index.fulltext.queryNodes"}}
	for k := range keys {
		s.PropertyKeys = append(s.PropertyKeys, k)
	}
	sort.Strings(s.PropertyKeys)
	for tr := range triples {
		s.GraphSchema = append(s.GraphSchema, tr)
	}
	sort.Slice(s.GraphSchema, func(i, j int) bool {
		a, b := s.GraphSchema[i], s.GraphSchema[j]
		return a.RelType+" "+a.From+" "+a.To < b.RelType+" "+b.From+" "+b.To
	})
	return s
}

// TestLintSchemaUpToDate keeps schema.json, which the Cypher lint reads, in
// step with the Go side: go test ./neo4jstore -run LintSchema -update.
func TestLintSchemaUpToDate(t *testing.T) {
	want, err := json.MarshalIndent(buildLintSchema(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.WriteFile("schema.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("schema.json")
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("schema.json is missing or stale: run go test ./neo4jstore -run LintSchema -update")
	}
}
