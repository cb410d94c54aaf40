package graph_test

import (
	"testing"
)

// TestQuestions answers the users' questions of domain.md §10 on the
// fictional fixtures; the expected answers are worked out by hand from
// storetest's fixture plans.
func TestQuestions(t *testing.T) {
	h := fixtureHandler(t)
	tests := []struct{ name, query, want string }{
		{"Nishi's goal for 2017, the initiatives serving issue 2 and their cost",
			`{ plan(ward: "西区", fiscalYear: 2017) { goal { slogan } issues { number initiatives { code budgetYen } } }
			   initiatives(filter: {ward: "Nishi", fiscalYear: 2017, issue: 2}) { nodes { code budgets { kind amountYen } } } }`,
			`{"plan":{"goal":{"slogan":"つながる、ささえあう。西区"},"issues":[
			    {"number":1,"initiatives":[{"code":"1-1-1","budgetYen":22268000},{"code":"1-1-2","budgetYen":1200000}]},
			    {"number":2,"initiatives":[{"code":"2-1-1","budgetYen":5000000},{"code":"2-4-2","budgetYen":13667000}]},
			    {"number":3,"initiatives":[{"code":"3-1-1","budgetYen":0}]}]},
			  "initiatives":{"nodes":[{"code":"2-1-1","budgets":[{"kind":"BUDGET","amountYen":5000000}]},
			    {"code":"2-4-2","budgets":[{"kind":"BUDGET","amountYen":13667000},{"kind":"WARD_CM","amountYen":13738000}]}]}}`},
		{"initiatives in any ward or year involving 民生委員 and 中間支援組織",
			`{ a: initiatives(filter: {partner: "民生委員"}) { nodes { ward { name } fiscalYear code } }
			   b: node(id: "partner/中間支援組織") { ... on Partner { initiatives { nodes { id } } } } }`,
			`{"a":{"nodes":[{"ward":{"name":"西区"},"fiscalYear":2017,"code":"2-4-2"},{"ward":{"name":"大正区"},"fiscalYear":2017,"code":"2-1-1"}]},
			  "b":{"initiatives":{"nodes":[{"id":"osaka/nishi/2017/initiative/1-1-1"},{"id":"osaka/nishi/2018/initiative/1-1-1"}]}}}`},
		{"partners and topics across more than one ward",
			`{ crossCutting(fiscalYear: 2017, minIssues: 1, minWards: 2) { via { id } wards { name } issueCount wardCount } }`,
			`{"crossCutting":[
			   {"via":{"id":"partner/地域活動協議会"},"wards":[{"name":"西区"},{"name":"大正区"}],"issueCount":3,"wardCount":2},
			   {"via":{"id":"topic/高齢者福祉・見守り"},"wards":[{"name":"西区"},{"name":"大正区"}],"issueCount":3,"wardCount":2},
			   {"via":{"id":"partner/民生委員・児童委員"},"wards":[{"name":"西区"},{"name":"大正区"}],"issueCount":2,"wardCount":2},
			   {"via":{"id":"target/高齢者"},"wards":[{"name":"西区"},{"name":"大正区"}],"issueCount":2,"wardCount":2},
			   {"via":{"id":"topic/防災"},"wards":[{"name":"西区"},{"name":"大正区"}],"issueCount":2,"wardCount":2}]}`},
		{"topics across more than one issue of one plan",
			`{ crossCutting(ward: "Nishi", fiscalYear: 2017) { via { id } issues { number } initiatives { code } } }`,
			`{"crossCutting":[
			   {"via":{"id":"partner/地域活動協議会"},"issues":[{"number":1},{"number":3}],"initiatives":[{"code":"1-1-1"},{"code":"3-1-1"}]},
			   {"via":{"id":"topic/高齢者福祉・見守り"},"issues":[{"number":2},{"number":3}],"initiatives":[{"code":"2-4-2"},{"code":"3-1-1"}]}]}`},
		{"Nishi and Taisho side by side for 2017",
			`{ compareWards(wards: ["Nishi", "大正区"], fiscalYear: 2017) { fiscalYear plans { id budgetTotalYen }
			     topics { topic { name } cells { plan { id } issueCount initiativeCount budgetYen } } sharedPartners { name } } }`,
			`{"compareWards":{"fiscalYear":2017,"plans":[{"id":"osaka/nishi/2017","budgetTotalYen":42135000},{"id":"osaka/taisho/2017","budgetTotalYen":11500000}],
			  "topics":[
			   {"topic":{"name":"にぎわい・地域資源"},"cells":[{"plan":{"id":"osaka/nishi/2017"},"issueCount":0,"initiativeCount":0,"budgetYen":null},{"plan":{"id":"osaka/taisho/2017"},"issueCount":1,"initiativeCount":1,"budgetYen":8000000}]},
			   {"topic":{"name":"地域コミュニティ"},"cells":[{"plan":{"id":"osaka/nishi/2017"},"issueCount":1,"initiativeCount":2,"budgetYen":23468000},{"plan":{"id":"osaka/taisho/2017"},"issueCount":0,"initiativeCount":0,"budgetYen":null}]},
			   {"topic":{"name":"子育て・保育"},"cells":[{"plan":{"id":"osaka/nishi/2017"},"issueCount":1,"initiativeCount":1,"budgetYen":5000000},{"plan":{"id":"osaka/taisho/2017"},"issueCount":0,"initiativeCount":0,"budgetYen":null}]},
			   {"topic":{"name":"防災"},"cells":[{"plan":{"id":"osaka/nishi/2017"},"issueCount":1,"initiativeCount":1,"budgetYen":null},{"plan":{"id":"osaka/taisho/2017"},"issueCount":1,"initiativeCount":1,"budgetYen":3500000}]},
			   {"topic":{"name":"高齢者福祉・見守り"},"cells":[{"plan":{"id":"osaka/nishi/2017"},"issueCount":2,"initiativeCount":2,"budgetYen":13667000},{"plan":{"id":"osaka/taisho/2017"},"issueCount":1,"initiativeCount":1,"budgetYen":3500000}]}],
			  "sharedPartners":[{"name":"地域活動協議会"},{"name":"民生委員・児童委員"}]}}`},
		{"how Nishi's issues and budgets changed from 2017 to 2018",
			`{ compareYears(ward: "Nishi", fiscalYears: [2017, 2018]) { fiscalYears plans { fiscalYear budgetTotalYen issues { number } } sharedPartners { name } }
			   budgetBreakdown(filter: {ward: "Nishi"}, groupBy: FISCAL_YEAR) { key label amountYen initiativeCount } }`,
			`{"compareYears":{"fiscalYears":[2017,2018],"plans":[{"fiscalYear":2017,"budgetTotalYen":42135000,"issues":[{"number":1},{"number":2},{"number":3}]},
			    {"fiscalYear":2018,"budgetTotalYen":23800000,"issues":[{"number":1},{"number":2}]}],"sharedPartners":[{"name":"中間支援組織"},{"name":"地域活動協議会"}]},
			  "budgetBreakdown":[{"key":"2017","label":"平成29年度","amountYen":42135000,"initiativeCount":5},{"key":"2018","label":"平成30年度","amountYen":23800000,"initiativeCount":2}]}`},
		{"budgets per topic in 2017 (the draft's estimate not counted twice)",
			`{ budgetBreakdown(filter: {fiscalYear: 2017}, groupBy: TOPIC) { key amountYen initiativeCount node { ... on Topic { name } } } }`,
			`{"budgetBreakdown":[{"key":"topic/地域コミュニティ","amountYen":23468000,"initiativeCount":2,"node":{"name":"地域コミュニティ"}},
			  {"key":"topic/高齢者福祉・見守り","amountYen":17167000,"initiativeCount":3,"node":{"name":"高齢者福祉・見守り"}},
			  {"key":"topic/にぎわい・地域資源","amountYen":8000000,"initiativeCount":1,"node":{"name":"にぎわい・地域資源"}},
			  {"key":"topic/子育て・保育","amountYen":5000000,"initiativeCount":1,"node":{"name":"子育て・保育"}},
			  {"key":"topic/防災","amountYen":3500000,"initiativeCount":2,"node":{"name":"防災"}}]}`},
		{"an issue whose only budget line is - has no amount (null), not 0, and comes last",
			`{ budgetBreakdown(filter: {ward: "Nishi", fiscalYear: 2017}, groupBy: ISSUE) { key amountYen initiativeCount } }`,
			`{"budgetBreakdown":[{"key":"osaka/nishi/2017/issue/1","amountYen":23468000,"initiativeCount":2},
			  {"key":"osaka/nishi/2017/issue/2","amountYen":18667000,"initiativeCount":2},
			  {"key":"osaka/nishi/2017/issue/3","amountYen":null,"initiativeCount":1}]}`},
		{"how 見守り is connected to 防災",
			`{ paths(from: "topic/高齢者福祉・見守り", to: "topic/防災") { length nodes { id } edges { type } } }`,
			`{"paths":[{"length":2,"nodes":[{"id":"topic/高齢者福祉・見守り"},{"id":"osaka/nishi/2017/initiative/3-1-1"},{"id":"topic/防災"}],"edges":[{"type":"ABOUT"},{"type":"ABOUT"}]},
			  {"length":2,"nodes":[{"id":"topic/高齢者福祉・見守り"},{"id":"osaka/taisho/2017/initiative/2-1-1"},{"id":"topic/防災"}],"edges":[{"type":"ABOUT"},{"type":"ABOUT"}]}]}`},
		{"子育て anywhere, with the ward, year and code of each hit",
			`{ search(text: "子育て", first: 5) { node { id __typename } plan { id } ward { name } fiscalYear code } }`,
			`{"search":[
			   {"node":{"id":"osaka/nishi/2017/issue/2","__typename":"Issue"},"plan":{"id":"osaka/nishi/2017"},"ward":{"name":"西区"},"fiscalYear":2017,"code":"2"},
			   {"node":{"id":"osaka/nishi/2018/initiative/2-2-1","__typename":"Initiative"},"plan":{"id":"osaka/nishi/2018"},"ward":{"name":"西区"},"fiscalYear":2018,"code":"2-2-1"},
			   {"node":{"id":"osaka/nishi/2017/initiative/2-1-1","__typename":"Initiative"},"plan":{"id":"osaka/nishi/2017"},"ward":{"name":"西区"},"fiscalYear":2017,"code":"2-1-1"},
			   {"node":{"id":"target/子育て家庭","__typename":"TargetGroup"},"plan":null,"ward":null,"fiscalYear":null,"code":null},
			   {"node":{"id":"topic/子育て・保育","__typename":"Topic"},"plan":null,"ward":null,"fiscalYear":null,"code":null}]}`},
		{"子育て in 西区's 2018 plan only (the server filters before counting first)",
			`{ search(text: "子育て", first: 2, ward: "Nishi", fiscalYear: 2018) { node { id } ward { name } fiscalYear } }`,
			`{"search":[{"node":{"id":"osaka/nishi/2018/initiative/2-2-1"},"ward":{"name":"西区"},"fiscalYear":2018},
			  {"node":{"id":"osaka/nishi/2018/strategy/2-2"},"ward":{"name":"西区"},"fiscalYear":2018}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertData(t, h, tt.query, nil, tt.want) })
	}
}

// TestNeighborhoodOfCouncil asks for everything within two links of
// 地域活動協議会 and checks what must and must not be there.
func TestNeighborhoodOfCouncil(t *testing.T) {
	h := fixtureHandler(t)
	var d struct {
		Neighborhood struct {
			Nodes []struct{ ID, Kind string }
			Edges []struct{ From, To, Type string }
		}
	}
	mustQuery(t, h, `{ neighborhood(id: "partner/地域活動協議会", depth: 2) { nodes { id kind } edges { from to type } } }`, nil, &d)
	ids := map[string]string{}
	for _, n := range d.Neighborhood.Nodes {
		ids[n.ID] = n.Kind
	}
	for id, kind := range map[string]string{
		"osaka/nishi/2017/policy":            "Policy",     // one link: the policy names it
		"osaka/taisho/2017/initiative/2-1-1": "Initiative", // one link
		"partner/民生委員・児童委員":                  "Partner",    // two links, through Taisho 2-1-1
		"topic/防災":                           "Topic",      // two links
	} {
		if ids[id] != kind {
			t.Errorf("neighborhood lacks %s (%s); has %v", id, kind, ids)
		}
	}
	if _, ok := ids["partner/町会"]; ok {
		t.Errorf("町会 is three links away but is in the depth-2 neighborhood")
	}
	for _, e := range d.Neighborhood.Edges {
		if e.Type == "FROM" || ids[e.From] == "" || ids[e.To] == "" {
			t.Errorf("edge %+v is a provenance link or leaves the neighborhood", e)
		}
	}
}
