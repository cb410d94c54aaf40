package storetest

import (
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// testEmpty: an empty store answers every read with nothing, and walks from
// unknown nodes with ENOTFOUND.
func (s suite) testEmpty(t *testing.T) {
	st := s.fresh(t)
	wards, err := st.Wards(ctx)
	noErr(t, "Wards", err)
	plans, err := st.Plans(ctx, wardgraph.PlanFilter{})
	noErr(t, "Plans", err)
	hits, err := st.Search(ctx, wardgraph.SearchQuery{First: searchFirst, Text: "見守り"})
	noErr(t, "Search", err)
	page, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{First: 10})
	noErr(t, "Initiatives", err)
	cat, err := st.Catalog(ctx, wardgraph.LabelPartner, "")
	noErr(t, "Catalog", err)
	nodes, err := st.Nodes(ctx, []string{Nishi2017, "partner/地域活動協議会"})
	noErr(t, "Nodes", err)
	linked, err := st.LinkedInitiatives(ctx, []string{"partner/地域活動協議会"})
	noErr(t, "LinkedInitiatives", err)
	if len(wards)+len(plans)+len(hits)+len(page.Items)+len(cat)+len(nodes)+len(linked["partner/地域活動協議会"]) != 0 ||
		page.TotalCount != 0 || page.HasNextPage {
		t.Errorf("empty store answered: wards %v, plans %v, hits %v, page %+v, catalog %v, nodes %v, linked %v",
			wards, plans, hits, page, cat, nodes, linked)
	}
	_, err = st.Neighborhood(ctx, Nishi2017, 1)
	wantCode(t, "Neighborhood", err, wardgraph.ENOTFOUND)
	_, err = st.Paths(ctx, Nishi2017, Taisho2017, 4)
	wantCode(t, "Paths", err, wardgraph.ENOTFOUND)
	noErr(t, "Ping", st.Ping(ctx))
}

// testSave: SavePlan reports the size of each plan's projection, counted by
// hand from the fixtures.
func (s suite) testSave(t *testing.T) {
	st := s.fresh(t)
	want := map[string]wardgraph.SaveStats{
		Nishi2017:       {Nodes: 41, Edges: 71},
		Nishi2018:       {Nodes: 25, Edges: 36},
		Taisho2017:      {Nodes: 24, Edges: 34},
		Taisho2017Draft: {Nodes: 9, Edges: 12},
	}
	for _, p := range Fixtures() {
		got, err := st.SavePlan(ctx, p)
		noErr(t, "SavePlan "+p.ID, err)
		same(t, "SavePlan "+p.ID, got, want[p.ID])
	}
}

// testSaveInvalid: a nil plan or one whose ids are not assigned is refused
// with EINVALID and nothing is saved.
func (s suite) testSaveInvalid(t *testing.T) {
	st := s.fresh(t)
	noID := Fixture(Nishi2017)
	noID.ID = ""
	stale := Fixture(Nishi2017)
	stale.Issues[0].Strategies[0].Initiatives[0].Code = "1-1-9" // id still .../1-1-1
	wrongYear := Fixture(Nishi2017)
	wrongYear.FiscalYear = 2019 // id still osaka/nishi/2017
	for name, p := range map[string]*wardgraph.Plan{"nil": nil, "no id": noID, "stale part id": stale, "stale plan id": wrongYear} {
		_, err := st.SavePlan(ctx, p)
		wantCode(t, name, err, wardgraph.EINVALID)
	}
	plans, err := st.Plans(ctx, wardgraph.PlanFilter{})
	noErr(t, "Plans", err)
	if len(plans) != 0 {
		t.Errorf("refused plans were saved: %v", planIDs(plans))
	}
}

// testSaveCopies: changing a plan after saving it changes nothing in the
// store.
func (s suite) testSaveCopies(t *testing.T) {
	st := s.fresh(t)
	p := Fixture(Nishi2017)
	_, err := st.SavePlan(ctx, p)
	noErr(t, "SavePlan", err)
	p.Title = "changed"
	*p.Issues[0].Strategies[0].Initiatives[0].Budgets[0].AmountYen = 1
	p.Issues[0].Strategies[0].Initiatives[0].Links[0].Name = "changed"
	plans, err := st.Plans(ctx, wardgraph.PlanFilter{IDs: []string{Nishi2017}})
	noErr(t, "Plans", err)
	if len(plans) != 1 {
		t.Fatalf("Plans = %v, want %s", planIDs(plans), Nishi2017)
	}
	same(t, "saved plan", plans[0], Fixture(Nishi2017))
}

// answers collects the answers of several reads, for comparing stores
// before and after a save.
func answers(t *testing.T, st wardgraph.Store) map[string]any {
	t.Helper()
	out := map[string]any{}
	page, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{First: everything, Sort: wardgraph.SortByBudget})
	noErr(t, "Initiatives", err)
	out["initiatives"] = refIDs(t, page.Items)
	out["total"] = page.TotalCount
	out["search"], err = st.Search(ctx, wardgraph.SearchQuery{First: searchFirst, Text: "見守り"})
	noErr(t, "Search", err)
	out["partners"], err = st.Catalog(ctx, wardgraph.LabelPartner, "")
	noErr(t, "Catalog", err)
	out["neighborhood"], err = st.Neighborhood(ctx, "partner/地域活動協議会", 2)
	noErr(t, "Neighborhood", err)
	out["wards"], err = st.Wards(ctx)
	noErr(t, "Wards", err)
	plans, err := st.Plans(ctx, wardgraph.PlanFilter{})
	noErr(t, "Plans", err)
	out["plans"] = plans
	return out
}

// testReload: saving the same plans again replaces them and changes no
// answer.
func (s suite) testReload(t *testing.T) {
	st := s.loaded(t)
	before := answers(t, st)
	first := map[string]wardgraph.SaveStats{}
	for _, p := range Fixtures() {
		got, err := st.SavePlan(ctx, p)
		noErr(t, "SavePlan again", err)
		if !got.Replaced {
			t.Errorf("saving %s again: Replaced false", p.ID)
		}
		first[p.ID] = got
	}
	for _, p := range Fixtures() {
		got, err := st.SavePlan(ctx, p)
		noErr(t, "SavePlan a third time", err)
		same(t, "stats of a third save of "+p.ID, got, first[p.ID])
	}
	after := answers(t, st)
	for k := range before {
		same(t, "after reload, "+k, after[k], before[k])
	}
}

// testDataVersion: the data version changes on every save, saving the same
// plan again included, and not on reads.
func (s suite) testDataVersion(t *testing.T) {
	st := s.fresh(t)
	seen := map[string]bool{}
	before, err := st.DataVersion(ctx)
	noErr(t, "DataVersion", err)
	seen[before] = true
	for _, p := range append(Fixtures(), Fixture(Nishi2017)) {
		_, err := st.SavePlan(ctx, p)
		noErr(t, "SavePlan "+p.ID, err)
		v, err := st.DataVersion(ctx)
		noErr(t, "DataVersion", err)
		if seen[v] {
			t.Errorf("after saving %s the data version is %q, a version seen before", p.ID, v)
		}
		seen[v] = true
		_, err = st.Plans(ctx, wardgraph.PlanFilter{})
		noErr(t, "Plans", err)
		again, err := st.DataVersion(ctx)
		noErr(t, "DataVersion", err)
		if again != v {
			t.Errorf("data version changed from %q to %q without a save", v, again)
		}
	}
	_, err = st.SavePlan(ctx, nil)
	wantCode(t, "SavePlan nil", err, wardgraph.EINVALID)
	if v, _ := st.DataVersion(ctx); !seen[v] {
		t.Errorf("a refused save changed the data version to %q", v)
	}
}
