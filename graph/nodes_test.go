package graph_test

import (
	"fmt"
	"testing"
)

// TestNodeEveryKind fetches one node of every kind by id and checks its
// type and a field that proves it is the right one.
func TestNodeEveryKind(t *testing.T) {
	h := fixtureHandler(t)
	tests := []struct{ id, typename, fields, want string }{
		{"osaka", "Municipality", "... on Municipality { code }", `"code":"27100"`},
		{"osaka/nishi", "Ward", "... on Ward { code }", `"code":"27106"`},
		{"osaka/nishi/2017", "Plan", "... on Plan { fiscalYearLabel }", `"fiscalYearLabel":"平成29年度"`},
		{"osaka/taisho/2017-draft", "Plan", "... on Plan { draft }", `"draft":true`},
		{"osaka/nishi/2017/goal", "Goal", "... on Goal { line plan { id } }", `"line":5,"plan":{"id":"osaka/nishi/2017"}`},
		{"osaka/nishi/2017/mission/2", "Mission", "... on Mission { number }", `"number":2`},
		{"osaka/nishi/2017/policy", "Policy", "... on Policy { partners { name } }", `"partners":[{"name":"地域活動協議会"}]`},
		{"osaka/nishi/2017/issue/2", "Issue", "... on Issue { title }", `"title":"子育てと見守りの充実"`},
		{"osaka/nishi/2017/strategy/2-4", "Strategy", "... on Strategy { issue { number } }", `"issue":{"number":2}`},
		{"osaka/nishi/2017/initiative/2-4-2", "Initiative", "... on Initiative { strategy { code } }", `"strategy":{"code":"2-4"}`},
		{"osaka/nishi/2017/initiative/2-4-2/budget/2", "Budget", "... on Budget { kind amountYen }", `"kind":"WARD_CM","amountYen":13738000`},
		{"osaka/nishi/2017/initiative/3-1-1/budget/1", "Budget", "... on Budget { amountYen raw }", `"amountYen":null,"raw":"(29年度予算額 - )"`},
		{"osaka/nishi/2017/reform/2", "ReformItem", "... on ReformItem { program { name } }", `"program":{"name":"市政改革プラン2.0"}`},
		{"osaka/nishi/department/総務課 事業調整グループ", "Department", "... on Department { phone }", `"phone":"06-0000-0001"`},
		{"partner/民生委員・児童委員", "Partner", "... on Partner { kind }", `"kind":"welfare"`},
		{"topic/防災", "Topic", "... on Topic { name }", `"name":"防災"`},
		{"target/高齢者", "TargetGroup", "... on TargetGroup { name }", `"name":"高齢者"`},
		{"program/市政改革プラン2.0", "Program", "... on Program { name }", `"name":"市政改革プラン2.0"`},
	}
	for _, tt := range tests {
		t.Run(tt.typename+" "+tt.id, func(t *testing.T) {
			q := fmt.Sprintf(`query($id: ID!) { node(id: $id) { __typename id %s } }`, tt.fields)
			want := fmt.Sprintf(`{"node":{"__typename":%q,"id":%q,%s}}`, tt.typename, tt.id, tt.want)
			assertData(t, h, q, map[string]any{"id": tt.id}, want)
		})
	}
}

// TestNodeUnknown checks that ids nothing has give null, not an error.
func TestNodeUnknown(t *testing.T) {
	h := fixtureHandler(t)
	for _, id := range []string{"osaka/nishi/2017/issue/9", "osaka/kita/2017", "partner/nobody", "nonsense", "osaka/nishi/2017/source"} {
		assertData(t, h, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}, `{"node":null}`)
	}
}

// TestContentNodesCarrySource checks that plan parts expose their line and
// the page they came from.
func TestContentNodesCarrySource(t *testing.T) {
	h := fixtureHandler(t)
	assertData(t, h, `{ node(id: "osaka/nishi/2017/initiative/2-4-2") { ... on Initiative { line source { url pageNumber updatedOn line } } } }`, nil,
		`{"node":{"line":29,"source":{"url":"https://example.invalid/fictional/nishi/2017","pageNumber":"900001","updatedOn":"2017-06-07","line":29}}}`)
}
