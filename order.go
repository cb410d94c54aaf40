package wardgraph

import (
	"cmp"
	"slices"
)

// ComparePlans orders plans as every store lists them: by ward code, fiscal
// year, final before draft, then id.
func ComparePlans(a, b *Plan) int {
	return cmp.Or(cmp.Compare(a.Ward.Code, b.Ward.Code), cmp.Compare(a.FiscalYear, b.FiscalYear),
		compareDraft(a.Draft, b.Draft), cmp.Compare(a.ID, b.ID))
}

func compareDraft(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// SortInitiatives puts items, given in CODE order (plans in ComparePlans
// order, each plan's initiatives in document order), in the order a sort
// asks for. BUDGET and FISCAL_YEAR order by that key, ties keeping the CODE
// order, and desc reverses the key only; CODE with desc reverses the whole
// order. key gives an item's BUDGET-kind total and fiscal year. by must be
// checked (InitiativeQuery.Normalize); "" is CODE.
func SortInitiatives[T any](items []T, by InitiativeSortField, desc bool, key func(T) (budgetYen int64, fiscalYear int)) {
	sign := 1
	if desc {
		sign = -1
	}
	switch by {
	case SortByBudget:
		slices.SortStableFunc(items, func(a, b T) int {
			x, _ := key(a)
			y, _ := key(b)
			return sign * cmp.Compare(x, y)
		})
	case SortByFiscalYear:
		slices.SortStableFunc(items, func(a, b T) int {
			_, x := key(a)
			_, y := key(b)
			return sign * cmp.Compare(x, y)
		})
	default:
		if desc {
			slices.Reverse(items)
		}
	}
}

// SortInitiativeRefs is SortInitiatives over refs.
func SortInitiativeRefs(refs []InitiativeRef, by InitiativeSortField, desc bool) {
	SortInitiatives(refs, by, desc, refSortKey)
}

func refSortKey(r InitiativeRef) (int64, int) {
	return SumBudgets(r.Initiative.Budgets, BudgetKindBudget), r.Plan.FiscalYear
}
