package wardgraph

import (
	"reflect"
	"testing"
)

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
