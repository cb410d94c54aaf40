package wardgraph

import (
	"slices"
	"testing"
)

// TestPartsAreTheProjectionsParts: Parts visits exactly the plan's own
// nodes of the projection (all but the plan, its source and shared nodes),
// in document order, each with the issue and initiative it sits under.
func TestPartsAreTheProjectionsParts(t *testing.T) {
	p := fixturePlans()[0]
	p.Missions = []Mission{{Number: 1, Text: "使命"}}
	p.Policy = "方針"
	p.ReformItems = []ReformItem{{Title: "未収金対策の強化", Program: "市政改革プラン2.0"}}
	p.Issues[0].Budgets = []Budget{{Kind: BudgetKindBudget, Raw: "予算額"}}
	p.AssignIDs()
	var want []string
	for _, n := range p.Projection().Nodes {
		if !IsShared(n.Label) && n.Label != LabelPlan && n.Label != LabelSource {
			want = append(want, n.ID)
		}
	}
	var got []string
	for _, pt := range p.Parts() {
		got = append(got, pt.ID)
		if pt.Label == LabelBudget && pt.Initiative != nil && !slices.ContainsFunc(pt.Initiative.Budgets, func(b Budget) bool { return b.ID == pt.ID }) {
			t.Errorf("budget %s is not under its initiative %s", pt.ID, pt.Initiative.ID)
		}
		if (pt.Label == LabelStrategy || pt.Label == LabelInitiative) && pt.Issue == nil {
			t.Errorf("%s has no issue", pt.ID)
		}
	}
	slices.Sort(want)
	sorted := slices.Sorted(slices.Values(got))
	if !slices.Equal(sorted, want) {
		t.Errorf("parts %v\nprojection parts %v", sorted, want)
	}
	if got[0] != p.Goal.ID || got[len(got)-1] != p.ReformItems[0].ID {
		t.Errorf("not in document order: %v", got)
	}
}
