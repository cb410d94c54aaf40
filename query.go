package wardgraph

// The query rules: how every paged or limited read takes its arguments.
// The GraphQL layer and every store call these, so that a default, a cap or
// a message is the same whoever asks.

// DefaultPageSize is the page size of a list when first is not given (or
// the cap, when that is lower).
const DefaultPageSize = 20

// PageSize reads the page size a client asked for (first) on field.
// Without one it is def, or max when that is lower. Negative is EINVALID,
// over max ELIMIT. 0 is a page size like any other: an empty page that
// still says how many items there are (TotalCount), as Relay clients expect.
func PageSize(field string, first *int, def, max int) (int, error) {
	n := min(def, max)
	if first != nil {
		n = *first
	}
	if n < 0 {
		return 0, Errorf(EINVALID, "%s must not be negative, got %d", field, n)
	}
	if n > max {
		return 0, Errorf(ELIMIT, "%s is %d, over the page-size limit of %d", field, n, max)
	}
	return n, nil
}

// ListSize checks the number of items of a list argument against max.
func ListSize(field string, n, max int) error {
	if n > max {
		return Errorf(ELIMIT, "%s has %d items, over the list-size limit of %d", field, n, max)
	}
	return nil
}

// checkFirst refuses a negative page size, which a store cannot serve.
func checkFirst(first int) error {
	if first < 0 {
		return Errorf(EINVALID, "first must not be negative, got %d", first)
	}
	return nil
}

// CheckSort returns the sort field to use: "" is CODE, an unknown field is
// EINVALID naming the known ones.
func CheckSort(by InitiativeSortField) (InitiativeSortField, error) {
	switch by {
	case "":
		return SortByCode, nil
	case SortByCode, SortByBudget, SortByFiscalYear:
		return by, nil
	}
	return by, Errorf(EINVALID, "unknown initiative sort %q (want CODE, BUDGET or FISCAL_YEAR)", by)
}

// Normalize checks q as every store reads it and returns it with its
// defaults (Sort "" is CODE) and the offset of the page's first item (from
// the After cursor). An unknown sort, a negative First or a cursor this
// package did not make is EINVALID.
func (q InitiativeQuery) Normalize() (InitiativeQuery, int, error) {
	by, err := CheckSort(q.Sort)
	if err != nil {
		return q, 0, err
	}
	q.Sort = by
	if err := checkFirst(q.First); err != nil {
		return q, 0, err
	}
	offset, err := DecodeCursor(q.After)
	return q, offset, err
}

// Normalize checks q as every store reads it: a negative First or
// FiscalYear is EINVALID, and WardID may be any name FindWard takes (an
// unknown ward is ENOTFOUND): it comes back as the ward's id.
func (q SearchQuery) Normalize() (SearchQuery, error) {
	if err := checkFirst(q.First); err != nil {
		return q, err
	}
	if q.FiscalYear < 0 {
		return q, Errorf(EINVALID, "search fiscalYear must not be negative, got %d", q.FiscalYear)
	}
	if q.WardID != "" {
		w, err := FindWard(q.WardID)
		if err != nil {
			return q, err
		}
		q.WardID = w.ID
	}
	return q, nil
}

// Filtered reports whether q keeps only the parts of some plans (a ward or
// a fiscal year is set), and so no shared node.
func (q SearchQuery) Filtered() bool { return q.WardID != "" || q.FiscalYear != 0 }

// KeepsPlan reports whether the parts of a plan of this ward and fiscal
// year pass q's filters.
func (q SearchQuery) KeepsPlan(wardID string, fiscalYear int) bool {
	return (q.WardID == "" || q.WardID == wardID) && (q.FiscalYear == 0 || q.FiscalYear == fiscalYear)
}

// Keeps reports whether a hit on the node with this id passes q's filters
// (q normalised): without filters every node does; with them only a plan or
// a part of one (PlanIDOf) whose plan KeepsPlan.
func (q SearchQuery) Keeps(nodeID string) bool {
	if !q.Filtered() {
		return true
	}
	wardID, year, ok := PlanWardYear(PlanIDOf(nodeID))
	return ok && q.KeepsPlan(wardID, year)
}

// CheckDepth checks a neighbourhood depth a client asked for: 1 to
// MaxDepth, else ELIMIT.
func CheckDepth(depth int) error {
	if depth < 1 || depth > MaxDepth {
		return Errorf(ELIMIT, "neighborhood depth is %d; it must be 1 to %d", depth, MaxDepth)
	}
	return nil
}

// CheckPathLength checks a path length a client asked for: 1 to
// MaxPathLength, else ELIMIT.
func CheckPathLength(n int) error {
	if n < 1 || n > MaxPathLength {
		return Errorf(ELIMIT, "paths maxLength is %d; it must be 1 to %d", n, MaxPathLength)
	}
	return nil
}
