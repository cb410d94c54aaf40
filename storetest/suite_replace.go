package storetest

import (
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// changedNishi2017 is the fictional Nishi 2017 plan as revised: initiative
// 1-1-2 (the only one naming 町会) removed, 1-1-3 added with a new partner
// and topic, 1-1-1's budget raised, the second reform item dropped.
func changedNishi2017() *wardgraph.Plan {
	p := Fixture(Nishi2017)
	st := &p.Issues[0].Strategies[0]
	*st.Initiatives[0].Budgets[0].AmountYen = 30_000_000
	st.Initiatives[0].Budgets[0].Raw = "(29年度予算額 30,000千円)"
	const patrol = "警察署と連携して防犯パトロールを行う。"
	st.Initiatives[1] = wardgraph.Initiative{Code: "1-1-3", Title: "防犯パトロールの実施", Description: patrol, Line: 19,
		Budgets: []wardgraph.Budget{budget(wardgraph.BudgetKindBudget, 2017, wardgraph.Yen(2_000_000), "(29年度予算額 2,000千円)", 19)},
		Links:   []wardgraph.Link{partner("警察署", "public", patrol, 20), topic("防犯・交通安全", patrol, 20)}}
	p.ReformItems = p.ReformItems[:1]
	p.AssignIDs()
	return p
}

// testReplace: saving a changed plan leaves nothing of the old version
// behind and keeps shared nodes.
func (s suite) testReplace(t *testing.T) {
	st := s.loaded(t)
	stats, err := st.SavePlan(ctx, changedNishi2017())
	noErr(t, "SavePlan", err)
	same(t, "stats", stats, wardgraph.SaveStats{Nodes: 41, Edges: 68, Replaced: true})
	checks := []struct {
		name string
		fn   func(*testing.T, wardgraph.Store)
	}{
		{"initiatives", replacedInitiatives},
		{"old nodes gone", replacedNodes},
		{"search", replacedSearch},
		{"shared nodes kept", replacedShared},
		{"links", replacedLinks},
		{"plan", replacedPlan},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) { c.fn(t, st) })
	}
}

func replacedInitiatives(t *testing.T, st wardgraph.Store) {
	page, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{First: everything, Filter: wardgraph.InitiativeFilter{WardIDs: []string{"osaka/nishi"}, FiscalYear: 2017}})
	noErr(t, "Initiatives", err)
	same(t, "initiatives", refIDs(t, page.Items), []string{initiative(Nishi2017, "1-1-1"), initiative(Nishi2017, "1-1-3"),
		initiative(Nishi2017, "2-1-1"), initiative(Nishi2017, "2-4-2"), initiative(Nishi2017, "3-1-1")})
	byPartner, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{First: everything, Filter: wardgraph.InitiativeFilter{Partner: "町会"}})
	noErr(t, "Initiatives by 町会", err)
	same(t, "initiatives with 町会", byPartner.TotalCount, 0)
	byBudget, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{Sort: wardgraph.SortByBudget, Desc: true, First: 1})
	noErr(t, "Initiatives by budget", err)
	same(t, "largest budget", refIDs(t, byBudget.Items), []string{initiative(Nishi2017, "1-1-1")})
}

func replacedNodes(t *testing.T, st wardgraph.Store) {
	gone, err := st.Nodes(ctx, []string{initiative(Nishi2017, "1-1-2"), initiative(Nishi2017, "1-1-2") + "/budget/1", Nishi2017 + "/reform/2"})
	noErr(t, "Nodes", err)
	same(t, "nodes of the old version", nodeIDs(gone), []string{})
	_, err = st.Neighborhood(ctx, initiative(Nishi2017, "1-1-2"), 1)
	wantCode(t, "Neighborhood of a removed initiative", err, wardgraph.ENOTFOUND)
}

func replacedSearch(t *testing.T, st wardgraph.Store) {
	for q, want := range map[string][]string{"町会加入": {}, "ICT": {}, "防犯パトロール": {initiative(Nishi2017, "1-1-3")}} {
		hits, err := st.Search(ctx, wardgraph.SearchQuery{First: searchFirst, Text: q})
		noErr(t, "Search "+q, err)
		same(t, "Search "+q, hitIDs(hits), want)
	}
}

func replacedShared(t *testing.T, st wardgraph.Store) {
	partners, err := st.Catalog(ctx, wardgraph.LabelPartner, "")
	noErr(t, "Catalog", err)
	same(t, "partners (町会 kept)", nodeNames(partners),
		[]string{"NPO", "中間支援組織", "事業者", "地域活動協議会", "地域社会福祉協議会", "民生委員・児童委員", "町会", "警察署"})
	kept, err := st.Neighborhood(ctx, "partner/町会", 1)
	noErr(t, "Neighborhood of 町会", err)
	same(t, "neighbourhood of 町会 (no stale links)", nodeIDs(kept.Nodes), []string{"partner/町会"})
	same(t, "links of 町会", edgesOf(kept.Edges), []edge{})
	paths, err := st.Paths(ctx, initiative(Nishi2017, "1-1-1"), "partner/町会", wardgraph.MaxPathLength)
	noErr(t, "Paths to 町会", err)
	same(t, "paths to 町会", len(paths), 0)
}

func replacedLinks(t *testing.T, st wardgraph.Store) {
	linked, err := st.LinkedInitiatives(ctx, []string{"partner/町会", "partner/警察署", "partner/地域活動協議会"})
	noErr(t, "LinkedInitiatives", err)
	same(t, "linked to 町会", refIDs(t, linked["partner/町会"]), []string{})
	same(t, "linked to 警察署", refIDs(t, linked["partner/警察署"]), []string{initiative(Nishi2017, "1-1-3")})
	same(t, "linked to 地域活動協議会", refIDs(t, linked["partner/地域活動協議会"]), []string{initiative(Nishi2017, "1-1-1"),
		initiative(Nishi2017, "3-1-1"), initiative(Nishi2018, "1-1-1"), initiative(Taisho2017, "2-1-1")})
	prog, err := st.Neighborhood(ctx, "program/"+program, 1)
	noErr(t, "Neighborhood of the programme", err)
	same(t, "programme's neighbourhood", nodeIDs(prog.Nodes), []string{Nishi2017 + "/reform/1", Nishi2018 + "/reform/1",
		"osaka/taisho/2017/reform/1", "program/" + program})
}

func replacedPlan(t *testing.T, st wardgraph.Store) {
	plans, err := st.Plans(ctx, wardgraph.PlanFilter{IDs: []string{Nishi2017}})
	noErr(t, "Plans", err)
	if len(plans) != 1 {
		t.Fatalf("Plans = %v", planIDs(plans))
	}
	same(t, "replaced plan", plans[0], changedNishi2017())
	same(t, "BUDGET total", plans[0].BudgetTotalYen(wardgraph.BudgetKindBudget), int64(50_667_000))
}

// hitIDs returns the node ids of search hits.
func hitIDs(hits []wardgraph.SearchHit) []string {
	out := []string{}
	for _, h := range hits {
		out = append(out, h.Node.ID)
	}
	return out
}
