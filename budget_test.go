package wardgraph

import "testing"

// TestBudgetTotalYen: a plan's total of a kind sums its initiatives'
// lines of that kind across issues and strategies; issue lines (their
// summaries) and lines without an amount add nothing.
func TestBudgetTotalYen(t *testing.T) {
	in := func(lines ...Budget) Initiative { return Initiative{Budgets: lines} }
	line := func(kind BudgetKind, yen int64) Budget { return Budget{Kind: kind, AmountYen: Yen(yen)} }
	p := &Plan{Issues: []Issue{
		{Budgets: []Budget{line(BudgetKindBudget, 1_000_000)}, Strategies: []Strategy{
			{Initiatives: []Initiative{in(line(BudgetKindBudget, 100), line(BudgetKindWardCM, 7)), in(Budget{Kind: BudgetKindBudget})}},
			{Initiatives: []Initiative{in(line(BudgetKindBudget, 20))}},
		}},
		{Strategies: []Strategy{{Initiatives: []Initiative{in(line(BudgetKindBudget, 3), line(BudgetKindWardCM, 40))}}}},
	}}
	tests := []struct {
		kind BudgetKind
		want int64
	}{{BudgetKindBudget, 123}, {BudgetKindWardCM, 47}}
	for _, tt := range tests {
		if got := p.BudgetTotalYen(tt.kind); got != tt.want {
			t.Errorf("BudgetTotalYen(%s) = %d, want %d", tt.kind, got, tt.want)
		}
	}
}
