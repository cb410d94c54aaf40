package wardgraph

import "testing"

func TestProjection(t *testing.T) {
	p := fixturePlans()[0]
	p.Missions = []Mission{{Number: 1, Text: "使命"}}
	p.Policy = "方針"
	p.ReformItems = []ReformItem{{Title: "未収金対策の強化", Program: "市政改革プラン2.0"}}
	p.Contact = &Contact{Department: "総務課"}
	p.AssignIDs()
	g := p.Projection()
	labels := map[string]int{}
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		if ids[n.ID] {
			t.Errorf("node %s twice", n.ID)
		}
		ids[n.ID] = true
		labels[n.Label]++
	}
	want := map[string]int{LabelMunicipality: 1, LabelWard: 1, LabelPlan: 1, LabelSource: 1, LabelGoal: 1, LabelMission: 1,
		LabelPolicy: 1, LabelIssue: 2, LabelStrategy: 2, LabelInitiative: 3, LabelBudget: 3, LabelPartner: 2, LabelTopic: 2,
		LabelReformItem: 1, LabelProgram: 1, LabelDepartment: 1}
	for l, n := range want {
		if labels[l] != n {
			t.Errorf("%d %s nodes, want %d", labels[l], l, n)
		}
	}
	types := map[string]int{}
	for _, e := range g.Edges {
		if !ids[e.From] || !ids[e.To] {
			t.Errorf("edge %s -%s-> %s has an end outside the graph", e.From, e.Type, e.To)
		}
		types[e.Type]++
	}
	// 2 partner links on initiatives + 1 on the goal; 3 topic links.
	if types[RelInvolves] != 3 || types[RelAbout] != 3 || types[RelFundedBy] != 3 || types[RelPartOf] != 1 {
		t.Errorf("edge counts %v", types)
	}
	// Every content node but the frame (city, ward, source, shared nodes) has a FROM edge.
	if types[RelFrom] != 1+1+1+1+2+2+3+3+1 {
		t.Errorf("%d FROM edges", types[RelFrom])
	}
}
