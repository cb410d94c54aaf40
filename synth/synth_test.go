package synth

import (
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
)

func template() *wardgraph.Plan {
	w, _ := wardgraph.LookupWard("nishi")
	p := &wardgraph.Plan{Ward: w, FiscalYear: 2017, FiscalYearLabel: "平成29年度", Title: "平成29年度 西区運営方針",
		Source: wardgraph.Source{URL: "https://example.invalid/fictional"},
		Issues: []wardgraph.Issue{{Number: 1, Title: "架空", Strategies: []wardgraph.Strategy{{Code: "1-1", Title: "架空",
			Initiatives: []wardgraph.Initiative{{Code: "1-1-1", Title: "架空の取組", Budgets: []wardgraph.Budget{
				{Kind: wardgraph.BudgetKindBudget, FiscalYear: 2017, AmountYen: wardgraph.Yen(22_268_000), Raw: "29年度予算額 22,268千円"},
				{Kind: wardgraph.BudgetKindBudget, FiscalYear: 2017, Raw: "29年度予算額 -"}}}}}}}}}
	p.AssignIDs()
	return p
}

func TestGenerate(t *testing.T) {
	tpl := template()
	plans, err := Generate([]*wardgraph.Plan{tpl}, 2016, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(plans) != 240 {
		t.Fatalf("%d plans, want 24 wards × 10 years = 240", len(plans))
	}
	ids := map[string]bool{}
	for _, p := range plans {
		if ids[p.ID] {
			t.Errorf("plan id %s twice", p.ID)
		}
		ids[p.ID] = true
		if !strings.HasPrefix(p.Title, Marker) || p.Source.Credit != Credit || p.Source.URL != "" {
			t.Errorf("%s not marked synthetic: %q %+v", p.ID, p.Title, p.Source)
		}
		b := p.Issues[0].Strategies[0].Initiatives[0].Budgets
		if b[0].AmountYen == nil || *b[0].AmountYen < 11_134_000/1000*1000 || *b[0].AmountYen > 33_402_000 || b[1].AmountYen != nil {
			t.Errorf("%s budgets %v", p.ID, b)
		}
		if b[0].FiscalYear != p.FiscalYear {
			t.Errorf("%s budget year %d", p.ID, b[0].FiscalYear)
		}
	}
	if !ids["osaka/kita/2025"] || !ids["osaka/miyakojima/2016"] {
		t.Error("missing expected ward/year ids")
	}
	if *tpl.Issues[0].Strategies[0].Initiatives[0].Budgets[0].AmountYen != 22_268_000 || tpl.ID != "osaka/nishi/2017" {
		t.Error("Generate modified its template")
	}
	again, _ := Generate([]*wardgraph.Plan{tpl}, 2016, 10)
	if *again[7].Issues[0].Strategies[0].Initiatives[0].Budgets[0].AmountYen != *plans[7].Issues[0].Strategies[0].Initiatives[0].Budgets[0].AmountYen {
		t.Error("Generate is not deterministic")
	}
	if _, err := Generate(nil, 2016, 1); wardgraph.ErrorCode(err) != wardgraph.EINVALID {
		t.Errorf("no templates: %v", err)
	}
}

func TestRichestAndHub(t *testing.T) {
	small := template()
	big := template()
	big.Issues[0].Strategies[0].Initiatives = append(big.Issues[0].Strategies[0].Initiatives,
		wardgraph.Initiative{Code: "1-1-2", Links: []wardgraph.Link{{Kind: wardgraph.LinkTopic, Name: "防災"}}})
	big.Ward, _ = wardgraph.LookupWard("kita")
	big.AssignIDs()
	if got := Richest([]*wardgraph.Plan{small, big}, 2017); got != big {
		t.Errorf("Richest = %s, want %s", got.ID, big.ID)
	}
	if Richest([]*wardgraph.Plan{small}, 2018) != nil {
		t.Error("Richest found a plan of a year the set does not have")
	}
	if got := Hub(big); got != "osaka/kita/2017/initiative/1-1-2" {
		t.Errorf("Hub = %s", got)
	}
}
