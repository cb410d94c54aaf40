package graph_test

import (
	"context"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
)

// TestRootFields runs every root field on the fictional fixtures (Nishi
// 2017 and 2018, Taisho 2017 and its draft) through the HTTP handler.
func TestRootFields(t *testing.T) {
	h := fixtureHandler(t)
	tests := []struct {
		name, query string
		vars        map[string]any
		want        string
	}{
		{"wards with plans", `{ wards { id code name nameRomaji city { name } } }`, nil,
			`{"wards":[{"id":"osaka/nishi","code":"27106","name":"西区","nameRomaji":"Nishi","city":{"name":"大阪市"}},
			           {"id":"osaka/taisho","code":"27108","name":"大正区","nameRomaji":"Taisho","city":{"name":"大阪市"}}]}`},
		{"every known ward", `{ wards(withPlans: false) { code } }`, nil, ""},
		{"ward by Japanese name", `{ ward(name: "西区") { id plans { id } } }`, nil,
			`{"ward":{"id":"osaka/nishi","plans":[{"id":"osaka/nishi/2017"},{"id":"osaka/nishi/2018"}]}}`},
		{"ward by romaji", `{ ward(name: "nishi") { id } }`, nil, `{"ward":{"id":"osaka/nishi"}}`},
		{"ward by capitalised romaji", `{ ward(name: "Nishi") { id } }`, nil, `{"ward":{"id":"osaka/nishi"}}`},
		{"ward by code", `{ ward(name: "27106") { name } }`, nil, `{"ward":{"name":"西区"}}`},
		{"known ward without plans", `{ ward(name: "Kita") { name plans { id } } }`, nil, `{"ward":{"name":"北区","plans":[]}}`},
		{"unknown ward is null", `{ ward(name: "Atlantis") { id } }`, nil, `{"ward":null}`},
		{"municipalities", `{ municipalities { id code name wards { code } } }`, nil, ""},
		{"plan prefers final", `{ plan(ward: "大正区", fiscalYear: 2017) { id draft } }`, nil,
			`{"plan":{"id":"osaka/taisho/2017","draft":false}}`},
		{"plan draft asked", `{ plan(ward: "Taisho", fiscalYear: 2017, draft: true) { id draft goal { text } } }`, nil,
			`{"plan":{"id":"osaka/taisho/2017-draft","draft":true,"goal":null}}`},
		{"plan missing year is null", `{ plan(ward: "Nishi", fiscalYear: 1999) { id } }`, nil, `{"plan":null}`},
		{"plans of a year", `{ plans(fiscalYear: 2017) { id } }`, nil,
			`{"plans":[{"id":"osaka/nishi/2017"},{"id":"osaka/taisho/2017"},{"id":"osaka/taisho/2017-draft"}]}`},
		{"plans finals only", `{ plans(fiscalYear: 2017, draft: false) { id } }`, nil,
			`{"plans":[{"id":"osaka/nishi/2017"},{"id":"osaka/taisho/2017"}]}`},
		{"initiatives of issue 2", `{ initiatives(filter: {ward: "西区", fiscalYear: 2017, issue: 2}) { totalCount nodes { code budgetYen } } }`, nil,
			`{"initiatives":{"totalCount":2,"nodes":[{"code":"2-1-1","budgetYen":5000000},{"code":"2-4-2","budgetYen":13667000}]}}`},
		{"initiatives by partner name part", `{ initiatives(filter: {partner: "民生委員"}) { nodes { id } } }`, nil,
			`{"initiatives":{"nodes":[{"id":"osaka/nishi/2017/initiative/2-4-2"},{"id":"osaka/taisho/2017/initiative/2-1-1"}]}}`},
		{"initiatives by budget, descending", `{ initiatives(first: 2, orderBy: {field: BUDGET, direction: DESC}) { nodes { id budgetYen } } }`, nil,
			`{"initiatives":{"nodes":[{"id":"osaka/nishi/2018/initiative/1-1-1","budgetYen":23000000},{"id":"osaka/nishi/2017/initiative/1-1-1","budgetYen":22268000}]}}`},
		{"initiatives text is NFKC-normalised", `{ initiatives(filter: {text: "ＳＮＳ"}) { nodes { id } } }`, nil,
			`{"initiatives":{"nodes":[{"id":"osaka/nishi/2018/initiative/2-2-1"}]}}`},
		{"partners by name part", `{ partners(nameContains: "地域") { id name kind } }`, nil,
			`{"partners":[{"id":"partner/地域活動協議会","name":"地域活動協議会","kind":"community"},
			              {"id":"partner/地域社会福祉協議会","name":"地域社会福祉協議会","kind":"welfare"}]}`},
		{"topics", `{ topics(nameContains: "防") { name initiatives { totalCount } } }`, nil,
			`{"topics":[{"name":"防災","initiatives":{"totalCount":2}}]}`},
		{"target groups", `{ targetGroups { name } }`, nil,
			`{"targetGroups":[{"name":"子育て家庭"},{"name":"高齢者"}]}`},
		{"programs", `{ programs { id name } }`, nil,
			`{"programs":[{"id":"program/市政改革プラン2.0","name":"市政改革プラン2.0"}]}`},
		{"nodes in order, null for unknown", `{ nodes(ids: ["partner/町会", "nope", "osaka/nishi"]) { id __typename } }`, nil,
			`{"nodes":[{"id":"partner/町会","__typename":"Partner"},null,{"id":"osaka/nishi","__typename":"Ward"}]}`},
		{"neighborhood depth 1", `{ neighborhood(id: "partner/町会") { nodes { id kind label } edges { from to type evidence line } } }`, nil,
			`{"neighborhood":{"nodes":[{"id":"osaka/nishi/2017/initiative/1-1-2","kind":"Initiative","label":"1-1-2 町会加入の促進"},
			                           {"id":"partner/町会","kind":"Partner","label":"町会"}],
			  "edges":[{"from":"osaka/nishi/2017/initiative/1-1-2","to":"partner/町会","type":"INVOLVES","evidence":"転入者へ町会の案内を配布し、加入を促す。","line":20}]}}`},
		{"neighborhood as one JSON value", `{ neighborhood(id: "partner/町会") { truncated compact } }`, nil,
			`{"neighborhood":{"truncated":false,"compact":{"nodes":[{"id":"osaka/nishi/2017/initiative/1-1-2","kind":"Initiative","label":"1-1-2 町会加入の促進"},
			                           {"id":"partner/町会","kind":"Partner","label":"町会"}],
			  "edges":[[0,1,"INVOLVES"]],"truncated":false}}}`},
		{"paths", `{ paths(from: "partner/町会", to: "topic/地域コミュニティ", maxLength: 2) { length nodes { id } } }`, nil,
			`{"paths":[{"length":2,"nodes":[{"id":"partner/町会"},{"id":"osaka/nishi/2017/initiative/1-1-2"},{"id":"topic/地域コミュニティ"}]}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.want != "" {
				assertData(t, h, tt.query, tt.vars, tt.want)
				return
			}
			if r := query(t, h, tt.query, tt.vars); len(r.Errors) > 0 || len(r.Data) < 10 {
				t.Fatalf("query failed: %+v %s", r.Errors, r.Data)
			}
		})
	}
}

// TestKnownWards checks the lists that come from the registry.
func TestKnownWards(t *testing.T) {
	h := fixtureHandler(t)
	var d struct {
		Wards          []struct{ Code string }
		Municipalities []struct {
			Code  string
			Wards []struct{ Code string }
		}
	}
	mustQuery(t, h, `{ wards(withPlans: false) { code } municipalities { code wards { code } } }`, nil, &d)
	if len(d.Wards) != 24 || d.Wards[0].Code != "27102" || d.Wards[23].Code != "27128" {
		t.Errorf("wards(withPlans: false) = %v, want the 24 Osaka wards 27102..27128", d.Wards)
	}
	if len(d.Municipalities) != 1 || d.Municipalities[0].Code != "27100" || len(d.Municipalities[0].Wards) != 24 {
		t.Errorf("municipalities = %+v, want Osaka (27100) with 24 wards", d.Municipalities)
	}
}

// TestMoneyPastInt32 checks that amounts past GraphQL's 32-bit Int come
// back whole, as JSON numbers.
func TestMoneyPastInt32(t *testing.T) {
	p := storetest.Fixture(storetest.Nishi2017)
	p.Issues[0].Strategies[0].Initiatives[0].Budgets[0].AmountYen = wardgraph.Yen(5_000_000_000)
	s := memstore.New()
	if _, err := s.SavePlan(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	h := newHandler(s, httpserver.Config{})
	assertData(t, h, `{ plan(ward: "Nishi", fiscalYear: 2017) { budgetTotalYen issues { initiatives { budgetYen } } } }`, nil,
		`{"plan":{"budgetTotalYen":5019867000,"issues":[{"initiatives":[{"budgetYen":5000000000},{"budgetYen":1200000}]},
		  {"initiatives":[{"budgetYen":5000000},{"budgetYen":13667000}]},{"initiatives":[{"budgetYen":0}]}]}}`)
}
