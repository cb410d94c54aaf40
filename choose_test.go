package wardgraph

import "testing"

func planIDs(ps []*Plan) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func draftOf(p *Plan) *Plan {
	d := p.Clone()
	d.Draft = true
	d.AssignIDs()
	return d
}

func TestPreferFinal(t *testing.T) {
	ps := fixturePlans() // nishi 2017, taisho 2017, nishi 2018
	nishiDraft, taishoDraft := draftOf(ps[0]), draftOf(ps[1])
	tests := []struct {
		name string
		in   []*Plan
		want []string
	}{
		{"finals first", []*Plan{ps[0], nishiDraft, ps[1]}, []string{"osaka/nishi/2017", "osaka/taisho/2017"}},
		{"draft first", []*Plan{nishiDraft, ps[1], ps[0]}, []string{"osaka/nishi/2017", "osaka/taisho/2017"}},
		{"draft alone", []*Plan{taishoDraft, ps[2]}, []string{"osaka/taisho/2017-draft", "osaka/nishi/2018"}},
		{"none", nil, []string{}},
	}
	for _, tt := range tests {
		if got := planIDs(PreferFinal(tt.in)); !equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestComparisonPlans(t *testing.T) {
	ps := fixturePlans()
	nishi, _ := LookupWard("nishi")
	taisho, _ := LookupWard("taisho")
	got, err := ComparisonPlans([]*Plan{ps[2], draftOf(ps[1]), ps[0]}, []Ward{taisho, nishi}, []int{2017})
	if err != nil || !equal(planIDs(got), []string{"osaka/taisho/2017-draft", "osaka/nishi/2017"}) {
		t.Errorf("wards: %v, %v", planIDs(got), err)
	}
	got, err = ComparisonPlans(ps, []Ward{nishi}, []int{2018, 2017})
	if err != nil || !equal(planIDs(got), []string{"osaka/nishi/2018", "osaka/nishi/2017"}) {
		t.Errorf("years: %v, %v", planIDs(got), err)
	}
	_, err = ComparisonPlans(ps, []Ward{taisho}, []int{2018})
	if ErrorCode(err) != ENOTFOUND || ErrorMessage(err) != "ward 大正区 (Taisho) has no plan for fiscal year 2018" {
		t.Errorf("missing: %v", err)
	}
}

func TestPreferFinalInitiatives(t *testing.T) {
	ps := fixturePlans()
	var refs []InitiativeRef
	for _, p := range []*Plan{ps[0], draftOf(ps[0]), draftOf(ps[1])} {
		refs = append(refs, p.Initiatives()...)
	}
	plans := map[string]int{}
	for _, r := range PreferFinalInitiatives(refs) {
		plans[r.Plan.ID]++
	}
	if len(plans) != 2 || plans["osaka/nishi/2017"] != 3 || plans["osaka/taisho/2017-draft"] != 1 {
		t.Errorf("kept %v", plans)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
