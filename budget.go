package wardgraph

// BudgetKind says what a budget line is (domain.md §5). Kinds are never
// added to each other.
type BudgetKind string

// The budget kinds.
const (
	BudgetKindBudget   BudgetKind = "BUDGET"   // 予算額
	BudgetKindWardCM   BudgetKind = "WARD_CM"  // 区CM予算額
	BudgetKindEstimate BudgetKind = "ESTIMATE" // 算定見込額
	BudgetKindSettled  BudgetKind = "SETTLED"  // 決算額
)

// BudgetKinds lists every kind in a stable order.
var BudgetKinds = []BudgetKind{BudgetKindBudget, BudgetKindWardCM, BudgetKindEstimate, BudgetKindSettled}

// Valid reports whether k is one of the known kinds.
func (k BudgetKind) Valid() bool {
	for _, v := range BudgetKinds {
		if k == v {
			return true
		}
	}
	return false
}

// Budget is one budget line. AmountYen is nil when the line is present but
// empty, as in (29年度予算額 - ): no amount, which is not zero. Raw keeps the
// text as printed.
type Budget struct {
	ID         string     `json:"id,omitempty"`
	Kind       BudgetKind `json:"kind"`
	FiscalYear int        `json:"fiscalYear,omitempty"`
	AmountYen  *int64     `json:"amountYen"`
	Raw        string     `json:"raw"`
	Line       int        `json:"line,omitempty"`
}

// SumBudgets adds the amounts of the lines of one kind; lines without an
// amount add nothing.
func SumBudgets(lines []Budget, kind BudgetKind) int64 {
	var total int64
	for _, b := range lines {
		if b.Kind == kind && b.AmountYen != nil {
			total += *b.AmountYen
		}
	}
	return total
}

// Yen returns a pointer to n, for building Budget values.
func Yen(n int64) *int64 { return &n }

// KnownSum is the total of the lines of one kind that have an amount, nil
// when none has (every line is "-", or there is none): no amount, not 0.
func KnownSum(lines []Budget, kind BudgetKind) *int64 {
	var total *int64
	for _, b := range lines {
		if b.Kind == kind && b.AmountYen != nil {
			total = AddYen(total, b.AmountYen)
		}
	}
	return total
}

// AddYen adds two amounts that may be missing: nil only when both are.
// It returns a new value and never changes either.
func AddYen(a, b *int64) *int64 {
	if a == nil && b == nil {
		return nil
	}
	var n int64
	if a != nil {
		n += *a
	}
	if b != nil {
		n += *b
	}
	return &n
}
