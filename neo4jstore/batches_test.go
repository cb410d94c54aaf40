package neo4jstore

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
)

// TestWriteBatches: rows are grouped by label and relationship type into
// statements that exist, nodes before relationships, no batch over
// batchSize, and every projected node and edge is written exactly once.
func TestWriteBatches(t *testing.T) {
	for _, p := range testPlans(t) {
		recs := mustRecords(t, p)
		g := p.Projection()
		nodes, edges, seenRel := 0, 0, false
		for _, b := range writeBatches(recs) {
			if _, ok := statements[b.Stmt]; !ok {
				t.Fatalf("batch for missing statement %s", b.Stmt)
			}
			if len(b.Rows) == 0 || len(b.Rows) > batchSize {
				t.Errorf("%s: batch of %d rows", b.Stmt, len(b.Rows))
			}
			isRel := strings.HasPrefix(b.Stmt, "merge_rel_")
			if seenRel && !isRel {
				t.Errorf("%s after a relationship batch", b.Stmt)
			}
			seenRel = seenRel || isRel
			for _, row := range b.Rows {
				checkRow(t, b.Stmt, row)
				if isRel {
					edges++
				} else {
					nodes++
				}
			}
		}
		if nodes != len(g.Nodes) || edges != len(g.Edges) {
			t.Errorf("%s: wrote %d nodes and %d edges, projection has %d and %d", p.ID, nodes, edges, len(g.Nodes), len(g.Edges))
		}
	}
}

// checkRow checks that a row has the keys its statement reads and only
// values the driver sends as they are.
func checkRow(t *testing.T, stmtName string, row map[string]any) {
	t.Helper()
	want := []string{"id", "props"}
	if strings.HasPrefix(stmtName, "merge_rel_") {
		want = []string{"from", "to", "props"}
		if isLinkType(strings.TrimPrefix(stmtName, "merge_rel_")) {
			want = append(want, "seq")
		}
	}
	if len(row) != len(want) {
		t.Errorf("%s: row keys %v, want %v", stmtName, keysOf(row), want)
	}
	for _, k := range want {
		if _, ok := row[k]; !ok {
			t.Errorf("%s: row has no %s", stmtName, k)
		}
	}
	for k, v := range row["props"].(map[string]any) {
		switch v.(type) {
		case string, int64, bool, []string:
		default:
			t.Errorf("%s: property %s is a %T", stmtName, k, v)
		}
	}
}

func keysOf(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestWriteBatchesSplitsLargeGroups(t *testing.T) {
	var recs records
	for i := range batchSize*2 + 1 {
		recs.Nodes = append(recs.Nodes, nodeRecord{Label: wardgraph.LabelPartner,
			Props: map[string]any{propID: fmt.Sprintf("partner/%d", i)}})
	}
	bs := writeBatches(recs)
	if len(bs) != 3 || len(bs[0].Rows) != batchSize || len(bs[2].Rows) != 1 {
		t.Errorf("%d nodes gave %d batches", len(recs.Nodes), len(bs))
	}
}

// TestRecordsKeepWhatTheProjectionLacks: places, link categories, sections
// and the plan's own view of its ward and department are stored.
func TestRecordsKeepWhatTheProjectionLacks(t *testing.T) {
	p := fullPlan(t)
	recs := mustRecords(t, p)
	byID := map[string]nodeRecord{}
	for _, n := range recs.Nodes {
		byID[n.id()] = n
	}
	in := p.Issues[0].Strategies[0].Initiatives[1]
	if got := byID[in.ID].Props; got[propSeq] != int64(1) || got[propOrder] != int64(1) || got[propPlan] != p.ID {
		t.Errorf("initiative %s: seq %v, order %v, plan %v", in.ID, got[propSeq], got[propOrder], got[propPlan])
	}
	if _, ok := byID["partner/中間支援組織"].Props[propPlan]; ok {
		t.Error("a shared node carries a plan")
	}
	if s := str(byID[p.Issues[0].ID].Props, propSections); !strings.Contains(s, "課題認識") {
		t.Errorf("issue sections %q", s)
	}
	if s := str(byID[p.ID].Props, propPlanInfo); !strings.Contains(s, "総務課 事業調整グループ") || !strings.Contains(s, "日付のない改訂") {
		t.Errorf("plan info %q", s)
	}
	var seqs []any
	for _, e := range recs.Edges {
		if e.From == p.Issues[0].Strategies[0].Initiatives[0].ID && e.Type == wardgraph.RelInvolves {
			seqs = append(seqs, e.Props[propSeq], e.Props[propCategory])
		}
	}
	if fmt.Sprint(seqs) != "[0 intermediary 1 intermediary]" {
		t.Errorf("the two links to one partner: %v", seqs)
	}
}

func TestRecordsRefuseClashingProperties(t *testing.T) {
	x := planExtras(fullPlan(t))
	_, err := x.node("p", wardgraph.GraphNode{ID: "x", Label: wardgraph.LabelGoal, Name: "a", Props: map[string]any{"name": "b"}})
	if wardgraph.ErrorCode(err) != wardgraph.EINTERNAL {
		t.Errorf("a projection property name unlike the node's name: %v", err)
	}
}
