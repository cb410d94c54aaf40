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

func TestCrossCutting(t *testing.T) {
	ps := fixturePlans()
	tests := []struct {
		name                string
		minIssues, minWards int
		want                []string
	}{
		{"two issues", 2, 1, []string{"partner/民生委員・児童委員", "topic/防災"}},
		{"two wards, plan parts outside issues count", 0, 2, []string{"partner/民生委員・児童委員", "topic/防災", "partner/地域活動協議会"}},
		{"three issues two wards", 3, 2, []string{"partner/民生委員・児童委員", "topic/防災"}},
		{"four issues", 4, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range CrossCutting(ps, tt.minIssues, tt.minWards) {
				got = append(got, c.Via.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	c := CrossCutting(ps, 3, 2)[0]
	if want := []string{"osaka/nishi/2017/initiative/1-1-1", "osaka/nishi/2017/initiative/2-1-2", "osaka/taisho/2017/initiative/1-1-1"}; !reflect.DeepEqual(c.InitiativeIDs, want) {
		t.Errorf("initiatives = %v, want %v", c.InitiativeIDs, want)
	}
	if want := []string{"osaka/nishi", "osaka/taisho"}; !reflect.DeepEqual(c.WardIDs, want) {
		t.Errorf("wards = %v", c.WardIDs)
	}
}

func TestBudgetBreakdown(t *testing.T) {
	var refs []InitiativeRef
	for _, p := range fixturePlans() {
		refs = append(refs, p.Initiatives()...)
	}
	tests := []struct {
		group BudgetGroup
		kind  BudgetKind
		want  []BudgetBucket
	}{
		{GroupByWard, BudgetKindBudget, []BudgetBucket{{"osaka/nishi", "西区", 4200, 4}, {"osaka/taisho", "大正区", 300, 1}}},
		{GroupByFiscalYear, BudgetKindBudget, []BudgetBucket{{"2017", "架空", 3800, 4}, {"2018", "架空", 700, 1}}},
		{GroupByTopic, BudgetKindBudget, []BudgetBucket{{"topic/防災", "防災", 3300, 3}, {"topic/高齢者福祉・見守り", "高齢者福祉・見守り", 2000, 1},
			{"topic/子育て・保育", "子育て・保育", 700, 1}, {"", "(none)", 500, 1}}},
		{GroupByPartner, BudgetKindBudget, []BudgetBucket{{"", "(none)", 2700, 2}, {"partner/民生委員・児童委員", "民生委員・児童委員", 1800, 3}}},
		{GroupByIssue, BudgetKindWardCM, []BudgetBucket{}},
	}
	for _, tt := range tests {
		t.Run(string(tt.group)+"/"+string(tt.kind), func(t *testing.T) {
			if got := BudgetBreakdown(refs, tt.group, tt.kind); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}
