package storetest

import (
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// The fixtures' initiatives in CODE order, with their BUDGET totals:
// n17 1-1-1 22,268,000; 1-1-2 1,200,000; 2-1-1 5,000,000; 2-4-2 13,667,000;
// 3-1-1 none; n18 1-1-1 23,000,000; 2-2-1 800,000; t17 1-1-1 8,000,000;
// 2-1-1 3,500,000; t17 draft 1-1-1 none (ESTIMATE only).
var (
	n17a, n17b, n17c = initiative(Nishi2017, "1-1-1"), initiative(Nishi2017, "1-1-2"), initiative(Nishi2017, "2-1-1")
	n17d, n17e       = initiative(Nishi2017, "2-4-2"), initiative(Nishi2017, "3-1-1")
	n18a, n18b       = initiative(Nishi2018, "1-1-1"), initiative(Nishi2018, "2-2-1")
	t17a, t17b       = initiative(Taisho2017, "1-1-1"), initiative(Taisho2017, "2-1-1")
	t17da            = initiative(Taisho2017Draft, "1-1-1")
	codeOrder        = []string{n17a, n17b, n17c, n17d, n17e, n18a, n18b, t17a, t17b, t17da}
)

// testInitiativeFilters: each filter field alone and combined.
func (s suite) testInitiativeFilters(t *testing.T) {
	st := s.loaded(t)
	type f = wardgraph.InitiativeFilter
	tests := []struct {
		name   string
		filter f
		want   []string
	}{
		{"none", f{}, codeOrder},
		{"ward", f{WardIDs: []string{"osaka/taisho"}}, []string{t17a, t17b, t17da}},
		{"wards", f{WardIDs: []string{"osaka/taisho", "osaka/nishi"}}, codeOrder},
		{"fiscal year", f{FiscalYear: 2018}, []string{n18a, n18b}},
		{"issue", f{Issue: 2}, []string{n17c, n17d, n18b, t17b}},
		{"partner name part", f{Partner: "民生委員"}, []string{n17d, t17b}},
		{"partner id", f{Partner: "partner/地域活動協議会"}, []string{n17a, n17e, n18a, t17b}},
		{"partner shared part", f{Partner: "地域"}, []string{n17a, n17d, n17e, n18a, t17b}},
		{"partner any case", f{Partner: "npo"}, []string{n18a}},
		{"partner unknown", f{Partner: "存在しない"}, []string{}},
		{"topic name part", f{Topic: "見守り"}, []string{n17d, n17e, t17b}},
		{"topic id", f{Topic: "topic/防災"}, []string{n17e, t17b}},
		{"topic is not a partner", f{Partner: "防災"}, []string{}},
		{"text in title", f{Text: "サロン"}, []string{n17c}},
		{"text in description", f{Text: "イベント"}, []string{t17a, t17da}},
		{"text any case", f{Text: "sns"}, []string{n18b}},
		{"text not in links", f{Text: "高齢者福祉"}, []string{}},
		{"ward year partner", f{WardIDs: []string{"osaka/nishi"}, FiscalYear: 2017, Partner: "地域活動協議会"}, []string{n17a, n17e}},
		{"topic issue", f{Topic: "見守り", Issue: 2}, []string{n17d, t17b}},
		{"partner topic text", f{Partner: "地域活動協議会", Topic: "防災", Text: "ネットワーク"}, []string{t17b}},
		{"nothing", f{FiscalYear: 2017, Issue: 4}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{First: everything, Filter: tt.filter})
			noErr(t, "Initiatives", err)
			same(t, "initiatives", refIDs(t, page.Items), tt.want)
			same(t, "total", page.TotalCount, len(tt.want))
			same(t, "has next page", page.HasNextPage, false)
		})
	}
}

// testInitiativeSorts: each sort, ascending and descending; Desc reverses
// the sort key, ties stay in CODE order.
func (s suite) testInitiativeSorts(t *testing.T) {
	st := s.loaded(t)
	tests := []struct {
		sort wardgraph.InitiativeSortField
		desc bool
		want []string
	}{
		{"", false, codeOrder},
		{wardgraph.SortByCode, false, codeOrder},
		{wardgraph.SortByCode, true, []string{t17da, t17b, t17a, n18b, n18a, n17e, n17d, n17c, n17b, n17a}},
		{wardgraph.SortByBudget, false, []string{n17e, t17da, n18b, n17b, t17b, n17c, t17a, n17d, n17a, n18a}},
		{wardgraph.SortByBudget, true, []string{n18a, n17a, n17d, t17a, n17c, t17b, n17b, n18b, n17e, t17da}},
		{wardgraph.SortByFiscalYear, false, []string{n17a, n17b, n17c, n17d, n17e, t17a, t17b, t17da, n18a, n18b}},
		{wardgraph.SortByFiscalYear, true, []string{n18a, n18b, n17a, n17b, n17c, n17d, n17e, t17a, t17b, t17da}},
	}
	for _, tt := range tests {
		name := string(tt.sort)
		if tt.desc {
			name += " desc"
		}
		t.Run(name, func(t *testing.T) {
			page, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{First: everything, Sort: tt.sort, Desc: tt.desc})
			noErr(t, "Initiatives", err)
			same(t, "order", refIDs(t, page.Items), tt.want)
		})
	}
	_, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{First: everything, Sort: "TITLE"})
	wantCode(t, "unknown sort", err, wardgraph.EINVALID)
}

// testInitiativePages: pages of three across the whole list, cursors per
// item, the last page, past the end and bad cursors.
func (s suite) testInitiativePages(t *testing.T) {
	st := s.loaded(t)
	q := wardgraph.InitiativeQuery{Sort: wardgraph.SortByBudget, Desc: true, First: 3}
	want := [][]string{{n18a, n17a, n17d}, {t17a, n17c, t17b}, {n17b, n18b, n17e}, {t17da}}
	for i, w := range want {
		page, err := st.Initiatives(ctx, q)
		noErr(t, "Initiatives", err)
		same(t, "page", refIDs(t, page.Items), w)
		same(t, "total", page.TotalCount, 10)
		same(t, "has next page", page.HasNextPage, i < len(want)-1)
		if len(page.Cursors) != len(page.Items) {
			t.Fatalf("%d cursors for %d items", len(page.Cursors), len(page.Items))
		}
		q.After = page.Cursors[len(page.Cursors)-1]
	}
	past, err := st.Initiatives(ctx, q)
	noErr(t, "Initiatives past the end", err)
	same(t, "past the end", []any{len(past.Items), past.TotalCount, past.HasNextPage}, []any{0, 10, false})

	all, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{First: everything})
	noErr(t, "Initiatives", err)
	for i, c := range all.Cursors {
		next, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{After: c, First: 1})
		noErr(t, "Initiatives after a cursor", err)
		if i+1 < len(codeOrder) {
			same(t, "item after cursor", refIDs(t, next.Items), []string{codeOrder[i+1]})
		}
	}
	for _, bad := range []string{"zzz", "d2cxOi0x", "bm90LWEtY3Vyc29y"} { // garbage, wg1:-1, not-a-cursor
		_, err := st.Initiatives(ctx, wardgraph.InitiativeQuery{After: bad, First: 3})
		wantCode(t, "cursor "+bad, err, wardgraph.EINVALID)
	}
}
