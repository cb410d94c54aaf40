package graph_test

import (
	"reflect"
	"testing"
)

// TestFirstZeroEveryConnection: first: 0 is an empty page with its
// totalCount on every connection, and search(first: 0) finds nothing.
func TestFirstZeroEveryConnection(t *testing.T) {
	h := fixtureHandler(t)
	const page = `(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage startCursor endCursor } }`
	var d struct {
		Initiatives connection
		Plan        struct{ Initiatives connection }
		Partner     struct{ Initiatives connection }
		Topic       struct{ Initiatives connection }
		Search      []struct{ Score float64 }
	}
	mustQuery(t, h, `{
	  initiatives`+page+`
	  plan(ward: "西区", fiscalYear: 2017) { initiatives`+page+` }
	  partner: node(id: "partner/地域活動協議会") { ... on Partner { initiatives`+page+` } }
	  topic: node(id: "topic/防災") { ... on Topic { initiatives`+page+` } }
	  search(text: "見守り", first: 0) { score } }`, nil, &d)
	for name, tt := range map[string]struct {
		c     connection
		total int
	}{"initiatives": {d.Initiatives, 10}, "Plan.initiatives": {d.Plan.Initiatives, 5},
		"Partner.initiatives": {d.Partner.Initiatives, 4}, "Topic.initiatives": {d.Topic.Initiatives, 2}} {
		c := tt.c
		if len(c.Edges) != 0 || c.TotalCount != tt.total || !c.PageInfo.HasNextPage || c.PageInfo.StartCursor != nil {
			t.Errorf("%s(first: 0): %d edges, totalCount %d, hasNextPage %v; want 0, %d, true", name, len(c.Edges), c.TotalCount, c.PageInfo.HasNextPage, tt.total)
		}
	}
	if len(d.Search) != 0 {
		t.Errorf("search(first: 0) returned %d hits", len(d.Search))
	}
}

// TestPlanInitiativesOrderIsTheStoreOrder: Plan.initiatives and the root
// initiatives list one plan's initiatives in the same order for every
// order (FISCAL_YEAR DESC used to reverse the ties in one and not the other).
func TestPlanInitiativesOrderIsTheStoreOrder(t *testing.T) {
	h := fixtureHandler(t)
	for _, field := range []string{"CODE", "BUDGET", "FISCAL_YEAR"} {
		for _, dir := range []string{"ASC", "DESC"} {
			vars := map[string]any{"o": map[string]any{"field": field, "direction": dir}}
			var d struct {
				Initiatives struct{ Nodes []struct{ ID string } }
				Plan        struct {
					Initiatives struct{ Nodes []struct{ ID string } }
				}
			}
			mustQuery(t, h, `query($o: InitiativeOrder) {
			  initiatives(filter: {ward: "西区", fiscalYear: 2017}, orderBy: $o, first: 100) { nodes { id } }
			  plan(ward: "西区", fiscalYear: 2017) { initiatives(orderBy: $o) { nodes { id } } } }`, vars, &d)
			if !reflect.DeepEqual(d.Initiatives.Nodes, d.Plan.Initiatives.Nodes) || len(d.Plan.Initiatives.Nodes) != 5 {
				t.Errorf("%s %s: initiatives %v, Plan.initiatives %v", field, dir, d.Initiatives.Nodes, d.Plan.Initiatives.Nodes)
			}
		}
	}
}
