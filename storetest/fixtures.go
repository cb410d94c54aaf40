// Package storetest holds the one contract suite every wardgraph.Store
// passes (Run) and the fictional plans it is written against (Fixtures).
//
// The fixtures are FICTIONAL: their wards and years are real, their
// contents are made up for tests (titles carry (架空), sources point at
// example.invalid). The suite's expected answers are written out by hand
// from them, so a change to the fixtures means changing the suite too.
package storetest

import (
	"context"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// The ids of the fixture plans, in the order stores return them.
const (
	Nishi2017        = "osaka/nishi/2017"
	Nishi2018        = "osaka/nishi/2018"
	Taisho2017       = "osaka/taisho/2017"
	Taisho2017Draft  = "osaka/taisho/2017-draft"
	credit           = "架空のテストデータ (fictional test data)"
	program          = "市政改革プラン2.0"
	nishiDepartment  = "総務課 事業調整グループ"
	taishoDepartment = "総務課"
)

// Fixtures returns fresh copies of the fictional plans, ids assigned:
// Nishi 2017 and 2018, Taisho 2017 and a Taisho 2017 draft. Callers may
// change them.
func Fixtures() []*wardgraph.Plan {
	plans := []*wardgraph.Plan{fictionalNishi2017(), fictionalNishi2018(), fictionalTaisho2017(), fictionalTaisho2017Draft()}
	for _, p := range plans {
		p.AssignIDs()
	}
	return plans
}

// Fixture returns a fresh copy of the fixture plan with the given id, or
// nil.
func Fixture(id string) *wardgraph.Plan {
	for _, p := range Fixtures() {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// Load saves every fixture plan into s, failing t on any error.
func Load(t testing.TB, s wardgraph.Store) {
	t.Helper()
	for _, p := range Fixtures() {
		if _, err := s.SavePlan(context.Background(), p); err != nil {
			t.Fatalf("SavePlan(%s): %v", p.ID, err)
		}
	}
}

func ward(code string) wardgraph.Ward {
	w, ok := wardgraph.LookupWard(code)
	if !ok {
		panic("storetest: unknown ward " + code)
	}
	return w
}

func source(slug string) wardgraph.Source {
	return wardgraph.Source{URL: "https://example.invalid/fictional/" + slug, Credit: credit}
}

func budget(kind wardgraph.BudgetKind, fy int, yen *int64, raw string, line int) wardgraph.Budget {
	return wardgraph.Budget{Kind: kind, FiscalYear: fy, AmountYen: yen, Raw: raw, Line: line}
}

func partner(name, category, evidence string, line int) wardgraph.Link {
	return wardgraph.Link{Kind: wardgraph.LinkPartner, Name: name, Category: category, Evidence: evidence, Line: line}
}

func topic(name, evidence string, line int) wardgraph.Link {
	return wardgraph.Link{Kind: wardgraph.LinkTopic, Name: name, Evidence: evidence, Line: line}
}

func target(name, evidence string, line int) wardgraph.Link {
	return wardgraph.Link{Kind: wardgraph.LinkTargetGroup, Name: name, Evidence: evidence, Line: line}
}
