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
		"防災": {{PlanID: "osaka/nishi/2017", IssueCount: 2, InitiativeCount: 2, BudgetYen: 3000},
			{PlanID: "osaka/taisho/2017", IssueCount: 1, InitiativeCount: 1, BudgetYen: 300}},
		"高齢者福祉・見守り": {{PlanID: "osaka/nishi/2017", IssueCount: 1, InitiativeCount: 1, BudgetYen: 2000},
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
