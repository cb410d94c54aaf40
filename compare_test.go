package wardgraph

import (
	"reflect"
	"testing"
)

func TestCompare(t *testing.T) {
	ps := fixturePlans()
	c := Compare(ps[:2])
	got := map[string][]TopicCell{}
	for _, tc := range c.Topics {
		got[tc.Topic.Name] = tc.Cells
	}
	want := map[string][]TopicCell{
		"防災": {{PlanID: "osaka/nishi/2017", IssueCount: 2, InitiativeCount: 2, BudgetYen: Yen(3000)},
			{PlanID: "osaka/taisho/2017", IssueCount: 1, InitiativeCount: 1, BudgetYen: Yen(300)}},
		"高齢者福祉・見守り": {{PlanID: "osaka/nishi/2017", IssueCount: 1, InitiativeCount: 1, BudgetYen: Yen(2000)},
			{PlanID: "osaka/taisho/2017"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("topics = %+v, want %+v", got, want)
	}
	if c.Topics[0].Topic.Name != "防災" {
		t.Errorf("topics not sorted by name: first %q", c.Topics[0].Topic.Name)
	}
	var shared []string
	for _, p := range c.SharedPartners {
		shared = append(shared, p.Name)
	}
	if !reflect.DeepEqual(shared, []string{"地域活動協議会", "民生委員・児童委員"}) {
		t.Errorf("shared partners = %v", shared)
	}
}

// TestCompareNoAmount checks that a topic whose initiatives have only "-"
// budget lines (or none) has no amount, not 0, and that a real 0 stays 0.
func TestCompareNoAmount(t *testing.T) {
	tests := []struct {
		name  string
		lines []Budget
		want  *int64
	}{
		{"only -", []Budget{{Kind: BudgetKindBudget, Raw: "予算額 -"}}, nil},
		{"no line", nil, nil},
		{"a real 0", []Budget{{Kind: BudgetKindBudget, AmountYen: Yen(0)}}, Yen(0)},
		{"- beside an amount", []Budget{{Kind: BudgetKindBudget}, {Kind: BudgetKindBudget, AmountYen: Yen(5)}}, Yen(5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := testInit("1-1-1", 0, topic("防災"))
			in.Budgets = tt.lines
			c := Compare([]*Plan{testPlan("nishi", 2017, testIssue(1, "地域", in))})
			if len(c.Topics) != 1 || len(c.Topics[0].Cells) != 1 {
				t.Fatalf("topics = %+v", c.Topics)
			}
			if got := c.Topics[0].Cells[0].BudgetYen; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("budgetYen = %v, want %v", fmtYen(got), fmtYen(tt.want))
			}
		})
	}
}

func fmtYen(n *int64) any {
	if n == nil {
		return "nil"
	}
	return *n
}
