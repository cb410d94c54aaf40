package storetest

import (
	"math"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// hit is what the suite checks of a search hit. Scores are worked out by
// hand from ScoreText's formula: sum over terms of (1+ln n)·len(term),
// divided by 1+ln(1+len(text)/40).
type hit struct {
	id, planID string
	score      float64
	snippet    string
}

// testSearch: ranking, ties by id, snippets, plan ids, several terms, case,
// limits, ward and fiscal-year filters and queries with no hits.
func (s suite) testSearch(t *testing.T) {
	st := s.loaded(t)
	tests := []struct {
		name  string
		q     wardgraph.SearchQuery
		want  []hit
		check bool // compare snippets
	}{
		{"ranked, ties by id", wardgraph.SearchQuery{First: searchFirst, Text: "水辺"}, []hit{
			{t17da, Taisho2017Draft, 2.32854, "水辺のにぎわい創出 水辺でイベントを開催する。"},
			{t17a, Taisho2017, 2.15167, "水辺のにぎわい創出 事業者と連携して水辺でイベントを…"},
			{Taisho2017Draft + "/strategy/1-1", Taisho2017Draft, 1.69159, "水辺の魅力づくり"},
			{Taisho2017 + "/strategy/1-1", Taisho2017, 1.69159, "水辺の魅力づくり"},
			{Taisho2017 + "/goal", Taisho2017, 1.45819, "水辺ににぎわいのあるまち大正(架空)"},
		}, true},
		{"first", wardgraph.SearchQuery{Text: "水辺", First: 2}, []hit{
			{t17da, Taisho2017Draft, 2.32854, ""}, {t17a, Taisho2017, 2.15167, ""},
		}, false},
		{"two occurrences beat a short name", wardgraph.SearchQuery{First: searchFirst, Text: "防災"}, []hit{
			{n17e, Nishi2017, 1.93087, "地域防災訓練の実施 地域活動協議会と連携して防災訓練を行…"},
			{"topic/防災", "", 1.90696, "防災"},
			{Taisho2017 + "/issue/2", Taisho2017, 1.75475, "見守りと防災"},
			{Nishi2017 + "/strategy/3-1", Nishi2017, 1.69159, "地域防災力の向上"},
		}, true},
		{"every term", wardgraph.SearchQuery{First: searchFirst, Text: "見守り 防災"}, []hit{
			{Taisho2017 + "/issue/2", Taisho2017, 4.38687, "見守りと防災"},
			{n17e, Nishi2017, 3.64146, "…域活動協議会と連携して防災訓練を行い、要援護者の見守り体制をつくる。"},
		}, true},
		{"any case", wardgraph.SearchQuery{First: searchFirst, Text: "ict"}, []hit{
			{Nishi2017 + "/reform/2", Nishi2017, 1.84206, "ICTを活用した区民サービスの向上 窓口の手続をオンラ…"},
		}, true},
		{"ward: its plans only, no shared node", wardgraph.SearchQuery{First: searchFirst, Text: "防災", WardID: "osaka/nishi"}, []hit{
			{n17e, Nishi2017, 1.93087, ""}, {Nishi2017 + "/strategy/3-1", Nishi2017, 1.69159, ""},
		}, false},
		{"ward by romaji", wardgraph.SearchQuery{First: searchFirst, Text: "防災", WardID: "Taisho"}, []hit{
			{Taisho2017 + "/issue/2", Taisho2017, 1.75475, ""},
		}, false},
		{"year: first counts the hits kept", wardgraph.SearchQuery{First: 2, Text: "防災", FiscalYear: 2017}, []hit{
			{n17e, Nishi2017, 1.93087, ""}, {Taisho2017 + "/issue/2", Taisho2017, 1.75475, ""},
		}, false},
		{"ward and year, drafts too", wardgraph.SearchQuery{First: searchFirst, Text: "水辺", WardID: "大正区", FiscalYear: 2017}, []hit{
			{t17da, Taisho2017Draft, 2.32854, ""}, {t17a, Taisho2017, 2.15167, ""},
			{Taisho2017Draft + "/strategy/1-1", Taisho2017Draft, 1.69159, ""},
			{Taisho2017 + "/strategy/1-1", Taisho2017, 1.69159, ""},
			{Taisho2017 + "/goal", Taisho2017, 1.45819, ""},
		}, false},
		{"a year without plans", wardgraph.SearchQuery{First: searchFirst, Text: "防災", FiscalYear: 2018, WardID: "Taisho"}, []hit{}, false},
		{"no hit", wardgraph.SearchQuery{First: searchFirst, Text: "存在しない語"}, []hit{}, false},
		{"blank", wardgraph.SearchQuery{First: searchFirst, Text: "  "}, []hit{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := st.Search(ctx, tt.q)
			noErr(t, "Search", err)
			same(t, "ids", hitIDs(got), hitWantIDs(tt.want))
			for i := range min(len(got), len(tt.want)) {
				g, w := got[i], tt.want[i]
				if g.PlanID != w.planID || math.Abs(g.Score-w.score) > 1e-4 || tt.check && g.Snippet != w.snippet {
					t.Errorf("hit %s: plan %q, score %v, snippet %q; want %q, %v, %q", g.Node.ID, g.PlanID, g.Score, g.Snippet, w.planID, w.score, w.snippet)
				}
			}
		})
	}
	_, err := st.Search(ctx, wardgraph.SearchQuery{First: searchFirst, Text: "防災", WardID: "北海区"})
	wantCode(t, "Search in an unknown ward", err, wardgraph.ENOTFOUND)
	_, err = st.Search(ctx, wardgraph.SearchQuery{First: searchFirst, Text: "防災", FiscalYear: -1})
	wantCode(t, "Search in a negative year", err, wardgraph.EINVALID)
	many, err := st.Search(ctx, wardgraph.SearchQuery{First: searchFirst, Text: "の"}) // in more than 20 texts
	noErr(t, "Search の", err)
	same(t, "default first", len(many), 20)
}

func hitWantIDs(hits []hit) []string {
	out := []string{}
	for _, h := range hits {
		out = append(out, h.id)
	}
	return out
}
