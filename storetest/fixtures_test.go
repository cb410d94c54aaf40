package storetest

import (
	"reflect"
	"strings"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// TestFixturesAreMarkedFictional: every fixture says it is made up.
func TestFixturesAreMarkedFictional(t *testing.T) {
	for _, p := range append(Fixtures(), fictionalBigPlan()) {
		if !strings.Contains(p.Title, "架空") || !strings.HasPrefix(p.Source.URL, "https://example.invalid/fictional/") {
			t.Errorf("%s: title %q, source %q not marked fictional", p.ID, p.Title, p.Source.URL)
		}
	}
}

// TestFixturesHaveTheirIDs: ids are assigned, as stores require, and the
// plans are the ones the suite names.
func TestFixturesHaveTheirIDs(t *testing.T) {
	var ids []string
	for _, p := range Fixtures() {
		again := Fixture(p.ID)
		again.AssignIDs()
		if !reflect.DeepEqual(again, p) {
			t.Errorf("%s: ids not assigned", p.ID)
		}
		ids = append(ids, p.ID)
	}
	if want := []string{Nishi2017, Nishi2018, Taisho2017, Taisho2017Draft}; !reflect.DeepEqual(ids, want) {
		t.Errorf("fixture ids %v, want %v", ids, want)
	}
}

// TestFixtureBudgets: the totals the suite relies on.
func TestFixtureBudgets(t *testing.T) {
	want := map[string][2]int64{ // BUDGET, ESTIMATE
		Nishi2017: {42_135_000, 0}, Nishi2018: {23_800_000, 800_000},
		Taisho2017: {11_500_000, 0}, Taisho2017Draft: {0, 8_200_000},
	}
	for _, p := range Fixtures() {
		got := [2]int64{p.BudgetTotalYen(wardgraph.BudgetKindBudget), p.BudgetTotalYen(wardgraph.BudgetKindEstimate)}
		if got != want[p.ID] {
			t.Errorf("%s: totals %v, want %v", p.ID, got, want[p.ID])
		}
	}
}

// TestFixturesAreFresh: callers may change what Fixtures returns.
func TestFixturesAreFresh(t *testing.T) {
	a := Fixtures()
	a[0].Issues[0].Title = "changed"
	*a[0].Issues[0].Strategies[0].Initiatives[0].Budgets[0].AmountYen = 1
	if b := Fixtures(); b[0].Issues[0].Title == "changed" || *b[0].Issues[0].Strategies[0].Initiatives[0].Budgets[0].AmountYen == 1 {
		t.Error("Fixtures shares values between calls")
	}
}
