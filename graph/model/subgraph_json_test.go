package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/wardgraph/wardgraph"
)

func TestSubgraphJSON(t *testing.T) {
	sg := &wardgraph.Subgraph{
		Nodes: []wardgraph.GraphNode{{ID: "a", Label: "Partner", Name: "民生委員・児童委員"}, {ID: `b"\`, Label: "Topic", Name: "tab\there\x01"}},
		Edges: []wardgraph.GraphEdge{{From: "a", To: `b"\`, Type: "INVOLVES"}, {From: `b"\`, To: "a", Type: "ABOUT"}},
	}
	var buf bytes.Buffer
	SubgraphJSON{Subgraph: sg}.MarshalGQL(&buf)
	var got any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	var want any
	json.Unmarshal([]byte(`{"nodes":[{"id":"a","kind":"Partner","label":"民生委員・児童委員"},{"id":"b\"\\","kind":"Topic","label":"tab\there\u0001"}],
		"edges":[[0,1,"INVOLVES"],[1,0,"ABOUT"]],"truncated":false}`), &want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %s", buf.String())
	}
	buf.Reset()
	SubgraphJSON{Subgraph: &wardgraph.Subgraph{Truncated: true}}.MarshalGQL(&buf)
	if buf.String() != `{"nodes":[],"edges":[],"truncated":true}` {
		t.Errorf("empty subgraph: %s", buf.String())
	}
}
