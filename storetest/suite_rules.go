package storetest

import (
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// testFirstZero: First 0 is an empty page that still counts every match
// (as GraphQL's first: 0 asks), and no search hits; a negative First is
// EINVALID, the message the same in every store.
func (s suite) testFirstZero(t *testing.T) {
	st := s.loaded(t)
	page, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{})
	noErr(t, "Initiatives first 0", err)
	same(t, "first 0", []any{len(page.Items), len(page.Cursors), page.TotalCount, page.HasNextPage}, []any{0, 0, len(codeOrder), true})
	q := wardgraph.InitiativeQuery{Filter: wardgraph.InitiativeFilter{FiscalYear: 2018}, After: wardgraph.EncodeCursor(0)}
	page, err = st.Initiatives(ctx, q)
	noErr(t, "Initiatives first 0 after a cursor", err)
	same(t, "first 0 after a cursor", []any{len(page.Items), page.TotalCount, page.HasNextPage, page.Offset}, []any{0, 2, true, 1})
	hits, err := st.Search(ctx, wardgraph.SearchQuery{Text: "見守り"})
	noErr(t, "Search first 0", err)
	same(t, "search first 0", len(hits), 0)
	_, err = st.Initiatives(ctx, wardgraph.InitiativeQuery{First: -1})
	wantCode(t, "Initiatives first -1", err, wardgraph.EINVALID)
	same(t, "message", wardgraph.ErrorMessage(err), "first must not be negative, got -1")
	_, err = st.Search(ctx, wardgraph.SearchQuery{Text: "見守り", First: -1})
	wantCode(t, "Search first -1", err, wardgraph.EINVALID)
}

// testPlanOrder: a plan's initiatives in each order (wardgraph.SortInitiativeRefs
// over Plan.Initiatives, what Plan.initiatives serves) are the store's
// Initiatives in that order narrowed to the plan. Nishi 2017's one fiscal
// year makes FISCAL_YEAR all ties: CODE order both ways.
func (s suite) testPlanOrder(t *testing.T) {
	st := s.loaded(t)
	plans, err := st.Plans(ctx, wardgraph.PlanFilter{})
	noErr(t, "Plans", err)
	for _, by := range []wardgraph.InitiativeSortField{wardgraph.SortByCode, wardgraph.SortByBudget, wardgraph.SortByFiscalYear} {
		for _, desc := range []bool{false, true} {
			page, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{Sort: by, Desc: desc, First: everything})
			noErr(t, "Initiatives", err)
			for _, p := range plans {
				refs := p.Initiatives()
				wardgraph.SortInitiativeRefs(refs, by, desc)
				same(t, string(by)+" order of "+p.ID, refIDs(t, refs), refIDs(t, ofPlan(page.Items, p.ID)))
			}
		}
	}
	nishi := wardgraph.InitiativeFilter{WardIDs: []string{"osaka/nishi"}, FiscalYear: 2017}
	page, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{Filter: nishi, Sort: wardgraph.SortByFiscalYear, Desc: true, First: everything})
	noErr(t, "Initiatives", err)
	same(t, "FISCAL_YEAR desc ties", refIDs(t, page.Items), []string{n17a, n17b, n17c, n17d, n17e})
}

// ofPlan keeps the refs of one plan, in order.
func ofPlan(refs []wardgraph.InitiativeRef, planID string) []wardgraph.InitiativeRef {
	out := []wardgraph.InitiativeRef{}
	for _, r := range refs {
		if r.Plan.ID == planID {
			out = append(out, r)
		}
	}
	return out
}
