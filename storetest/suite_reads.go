package storetest

import (
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// testPlans: every filter field alone and combined; order by ward code,
// fiscal year, final before draft.
func (s suite) testPlans(t *testing.T) {
	st := s.loaded(t)
	yes, no := true, false
	tests := []struct {
		name   string
		filter wardgraph.PlanFilter
		want   []string
	}{
		{"all", wardgraph.PlanFilter{}, []string{Nishi2017, Nishi2018, Taisho2017, Taisho2017Draft}},
		{"ids", wardgraph.PlanFilter{IDs: []string{Taisho2017Draft, Nishi2018, "osaka/kita/2017"}}, []string{Nishi2018, Taisho2017Draft}},
		{"ward", wardgraph.PlanFilter{WardIDs: []string{"osaka/taisho"}}, []string{Taisho2017, Taisho2017Draft}},
		{"two wards", wardgraph.PlanFilter{WardIDs: []string{"osaka/taisho", "osaka/nishi"}}, []string{Nishi2017, Nishi2018, Taisho2017, Taisho2017Draft}},
		{"year", wardgraph.PlanFilter{FiscalYears: []int{2018}}, []string{Nishi2018}},
		{"years", wardgraph.PlanFilter{FiscalYears: []int{2018, 2017}}, []string{Nishi2017, Nishi2018, Taisho2017, Taisho2017Draft}},
		{"drafts", wardgraph.PlanFilter{Drafts: &yes}, []string{Taisho2017Draft}},
		{"finals", wardgraph.PlanFilter{Drafts: &no}, []string{Nishi2017, Nishi2018, Taisho2017}},
		{"combined", wardgraph.PlanFilter{WardIDs: []string{"osaka/taisho"}, FiscalYears: []int{2017}, Drafts: &no}, []string{Taisho2017}},
		{"none", wardgraph.PlanFilter{WardIDs: []string{"osaka/nishi"}, FiscalYears: []int{2023}}, []string{}},
		{"unknown ward", wardgraph.PlanFilter{WardIDs: []string{"osaka/nowhere"}}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := st.Plans(ctx, tt.filter)
			noErr(t, "Plans", err)
			same(t, "plans", planIDs(got), tt.want)
		})
	}
}

// testPlanRoundTrip: a plan comes back as it was saved, field for field,
// including a budget line with no amount.
func (s suite) testPlanRoundTrip(t *testing.T) {
	st := s.loaded(t)
	plans, err := st.Plans(ctx, wardgraph.PlanFilter{})
	noErr(t, "Plans", err)
	want := Fixtures()
	if len(plans) != len(want) {
		t.Fatalf("Plans = %v", planIDs(plans))
	}
	for i, p := range plans {
		same(t, "plan "+p.ID, p, want[i])
	}
	n17 := plans[0]
	if got := n17.BudgetTotalYen(wardgraph.BudgetKindBudget); got != 42_135_000 {
		t.Errorf("Nishi 2017 BUDGET total %d, want 42,135,000", got)
	}
	if b := findInitiative(n17, "3-1-1").Budgets[0]; b.AmountYen != nil || b.Raw != "(29年度予算額 - )" {
		t.Errorf("3-1-1 budget %+v, want no amount", b)
	}
	if b := findInitiative(n17, "2-4-2").Budgets[1]; b.Kind != wardgraph.BudgetKindWardCM || b.AmountYen == nil || *b.AmountYen != 13_738_000 {
		t.Errorf("2-4-2 second budget line %+v, want WARD_CM 13,738,000", b)
	}
}

// testWards: the wards with a plan, by code.
func (s suite) testWards(t *testing.T) {
	st := s.loaded(t)
	got, err := st.Wards(ctx)
	noErr(t, "Wards", err)
	same(t, "wards", got, []wardgraph.Ward{
		{ID: "osaka/nishi", Code: "27106", Name: "西区", NameRomaji: "Nishi", CityCode: "27100"},
		{ID: "osaka/taisho", Code: "27108", Name: "大正区", NameRomaji: "Taisho", CityCode: "27100"},
	})
}

// testNodes: nodes in the order asked, unknown ids left out, with their
// label, name, text and properties.
func (s suite) testNodes(t *testing.T) {
	st := s.loaded(t)
	budgetID := initiative(Nishi2017, "3-1-1") + "/budget/1"
	got, err := st.Nodes(ctx, []string{Taisho2017, "osaka/nowhere/2017", "partner/事業者", budgetID, initiative(Taisho2017, "1-1-1")})
	noErr(t, "Nodes", err)
	same(t, "ids", nodeIDs(got), []string{Taisho2017, "partner/事業者", budgetID, initiative(Taisho2017, "1-1-1")})
	if len(got) != 4 {
		t.FailNow()
	}
	plan, partner, line, in := got[0], got[1], got[2], got[3]
	same(t, "plan", []any{plan.Label, plan.Name, plan.Props["fiscalYear"], plan.Props["draft"], plan.Props["budgetTotalYen"]},
		[]any{wardgraph.LabelPlan, "平成29年度 大正区運営方針(架空)", int64(2017), false, int64(11_500_000)})
	same(t, "partner", []any{partner.Label, partner.Name, partner.Text, partner.Props["kind"]},
		[]any{wardgraph.LabelPartner, "事業者", "事業者", "business"})
	_, hasAmount := line.Props["amountYen"]
	same(t, "budget line", []any{line.Label, line.Name, line.Props["kind"], line.Props["fiscalYear"], hasAmount},
		[]any{wardgraph.LabelBudget, "(29年度予算額 - )", "BUDGET", int64(2017), false})
	same(t, "initiative", []any{in.Label, in.Name, in.Text, in.Props["code"], in.Props["budgetYen"]},
		[]any{wardgraph.LabelInitiative, "1-1-1 水辺のにぎわい創出", "水辺のにぎわい創出\n事業者と連携して水辺でイベントを開催する。", "1-1-1", int64(8_000_000)})
	none, err := st.Nodes(ctx, nil)
	noErr(t, "Nodes(nil)", err)
	same(t, "no ids", len(none), 0)
}

// testCatalog: shared nodes of one label by name, filtered by a
// case-insensitive substring; other labels are refused.
func (s suite) testCatalog(t *testing.T) {
	st := s.loaded(t)
	tests := []struct {
		label, contains string
		want            []string
	}{
		{wardgraph.LabelPartner, "", []string{"NPO", "中間支援組織", "事業者", "地域活動協議会", "地域社会福祉協議会", "民生委員・児童委員", "町会"}},
		{wardgraph.LabelPartner, "協議会", []string{"地域活動協議会", "地域社会福祉協議会"}},
		{wardgraph.LabelPartner, "npo", []string{"NPO"}},
		{wardgraph.LabelPartner, "存在しない", []string{}},
		{wardgraph.LabelTopic, "", []string{"にぎわい・地域資源", "地域コミュニティ", "子育て・保育", "広報・情報発信", "防災", "高齢者福祉・見守り"}},
		{wardgraph.LabelTopic, "見守り", []string{"高齢者福祉・見守り"}},
		{wardgraph.LabelTargetGroup, "", []string{"子育て家庭", "高齢者"}},
		{wardgraph.LabelProgram, "プラン", []string{"市政改革プラン2.0"}},
		{wardgraph.LabelDepartment, "総務課", []string{"総務課", "総務課 事業調整グループ"}},
	}
	for _, tt := range tests {
		t.Run(tt.label+"/"+tt.contains, func(t *testing.T) {
			got, err := st.Catalog(ctx, tt.label, tt.contains)
			noErr(t, "Catalog", err)
			same(t, "names", nodeNames(got), tt.want)
			for _, n := range got {
				if n.Label != tt.label {
					t.Errorf("%s has label %s", n.ID, n.Label)
				}
			}
		})
	}
	dept, err := st.Catalog(ctx, wardgraph.LabelDepartment, "")
	noErr(t, "Catalog departments", err)
	same(t, "department ids", nodeIDs(dept), []string{"osaka/taisho/department/総務課", "osaka/nishi/department/総務課 事業調整グループ"})
	_, err = st.Catalog(ctx, wardgraph.LabelInitiative, "")
	wantCode(t, "Catalog of initiatives", err, wardgraph.EINVALID)
}

// testLinkedInitiatives: the initiatives linked to each target, in CODE
// order; targets nothing links to get none.
func (s suite) testLinkedInitiatives(t *testing.T) {
	st := s.loaded(t)
	got, err := st.LinkedInitiatives(ctx, []string{"partner/地域活動協議会", "topic/防災", "target/子育て家庭", "partner/存在しない"})
	noErr(t, "LinkedInitiatives", err)
	want := map[string][]string{
		"partner/地域活動協議会": {initiative(Nishi2017, "1-1-1"), initiative(Nishi2017, "3-1-1"), initiative(Nishi2018, "1-1-1"), initiative(Taisho2017, "2-1-1")},
		"topic/防災":        {initiative(Nishi2017, "3-1-1"), initiative(Taisho2017, "2-1-1")},
		"target/子育て家庭":    {initiative(Nishi2017, "2-1-1"), initiative(Nishi2018, "2-2-1")},
		"partner/存在しない":   {},
	}
	for id, ids := range want {
		same(t, "linked to "+id, refIDs(t, got[id]), ids)
	}
	if r := got["topic/防災"]; len(r) == 2 && (r[1].Plan.ID != Taisho2017 || r[1].Issue.Number != 2 || r[1].Strategy.Code != "2-1") {
		t.Errorf("ref of taisho 2-1-1: plan %s, issue %d, strategy %s", r[1].Plan.ID, r[1].Issue.Number, r[1].Strategy.Code)
	}
}
