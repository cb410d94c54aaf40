package wardgraph

import (
	"fmt"
	"reflect"
	"strconv"
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
		{GroupByWard, BudgetKindBudget, []BudgetBucket{{"osaka/nishi", "西区", Yen(4200), 4}, {"osaka/taisho", "大正区", Yen(300), 1}}},
		{GroupByFiscalYear, BudgetKindBudget, []BudgetBucket{{"2017", "架空", Yen(3800), 4}, {"2018", "架空", Yen(700), 1}}},
		{GroupByTopic, BudgetKindBudget, []BudgetBucket{{"topic/防災", "防災", Yen(3300), 3}, {"topic/高齢者福祉・見守り", "高齢者福祉・見守り", Yen(2000), 1},
			{"topic/子育て・保育", "子育て・保育", Yen(700), 1}, {"", "(none)", Yen(500), 1}}},
		{GroupByPartner, BudgetKindBudget, []BudgetBucket{{"", "(none)", Yen(2700), 2}, {"partner/民生委員・児童委員", "民生委員・児童委員", Yen(1800), 3}}},
		{GroupByIssue, BudgetKindWardCM, []BudgetBucket{}},
	}
	for _, tt := range tests {
		t.Run(string(tt.group)+"/"+string(tt.kind), func(t *testing.T) {
			if got := BudgetBreakdown(refs, tt.group, tt.kind); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %s, want %s", bucketsText(got), bucketsText(tt.want))
			}
		})
	}
}

// TestBudgetBreakdownNoAmount: a group whose lines are all "-" has no
// amount (nil), never 0; one "-" beside an amount adds nothing; a real 0 is
// an amount; groups without an amount come last.
func TestBudgetBreakdownNoAmount(t *testing.T) {
	dash := func(code string, links ...Link) Initiative {
		in := testInit(code, 0, links...)
		in.Budgets[0].AmountYen, in.Budgets[0].Raw = nil, "-"
		return in
	}
	p := testPlan("nishi", 2017,
		testIssue(1, "地域", dash("1-1-1", topic("防災")), dash("1-1-2", topic("防災"))),
		testIssue(2, "福祉", dash("2-1-1", topic("福祉")), testInit("2-1-2", 800, topic("福祉"))),
		testIssue(3, "教育", testInit("3-1-1", 0, topic("教育"))))
	want := []BudgetBucket{{"topic/福祉", "福祉", Yen(800), 2}, {"topic/教育", "教育", Yen(0), 1}, {"topic/防災", "防災", nil, 2}}
	if got := BudgetBreakdown(p.Initiatives(), GroupByTopic, BudgetKindBudget); !reflect.DeepEqual(got, want) {
		t.Errorf("got %s, want %s", bucketsText(got), bucketsText(want))
	}
}

func bucketsText(bs []BudgetBucket) string {
	out := ""
	for _, b := range bs {
		amount := "nil"
		if b.AmountYen != nil {
			amount = strconv.FormatInt(*b.AmountYen, 10)
		}
		out += fmt.Sprintf("{%s %s %d} ", b.Key, amount, b.InitiativeCount)
	}
	return out
}
