package graph_test

import (
	"testing"
)

type connection struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   struct{ ID string }
	}
}

const pageQuery = `query($first: Int, $after: String) {
  initiatives(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`

// TestPaginationWalk walks every initiative two at a time with cursors and
// checks that the pages join up to the whole list, in CODE order.
func TestPaginationWalk(t *testing.T) {
	h := fixtureHandler(t)
	var all []string
	after := any(nil)
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("pagination does not end")
		}
		var d struct{ Initiatives connection }
		mustQuery(t, h, pageQuery, map[string]any{"first": 2, "after": after}, &d)
		c := d.Initiatives
		if c.TotalCount != 10 {
			t.Fatalf("totalCount = %d, want 10", c.TotalCount)
		}
		if c.PageInfo.HasPreviousPage != (pages > 0) {
			t.Errorf("page %d: hasPreviousPage = %v", pages, c.PageInfo.HasPreviousPage)
		}
		for _, e := range c.Edges {
			all = append(all, e.Node.ID)
		}
		if n := len(c.Edges); n > 0 && *c.PageInfo.EndCursor != c.Edges[n-1].Cursor {
			t.Errorf("endCursor %q is not the last edge's cursor %q", *c.PageInfo.EndCursor, c.Edges[n-1].Cursor)
		}
		if !c.PageInfo.HasNextPage {
			break
		}
		after = *c.PageInfo.EndCursor
	}
	want := []string{"osaka/nishi/2017/initiative/1-1-1", "osaka/nishi/2017/initiative/1-1-2", "osaka/nishi/2017/initiative/2-1-1",
		"osaka/nishi/2017/initiative/2-4-2", "osaka/nishi/2017/initiative/3-1-1", "osaka/nishi/2018/initiative/1-1-1",
		"osaka/nishi/2018/initiative/2-2-1", "osaka/taisho/2017/initiative/1-1-1", "osaka/taisho/2017/initiative/2-1-1", "osaka/taisho/2017-draft/initiative/1-1-1"}
	if len(all) != len(want) {
		t.Fatalf("walked %d initiatives %v, want %d", len(all), all, len(want))
	}
	for i := range want {
		if all[i] != want[i] {
			t.Errorf("item %d = %s, want %s", i, all[i], want[i])
		}
	}
}

// TestNestedPagination pages through a plan's and a partner's initiatives.
func TestNestedPagination(t *testing.T) {
	h := fixtureHandler(t)
	var d struct {
		Plan struct{ Initiatives connection }
	}
	mustQuery(t, h, `{ plan(ward: "Nishi", fiscalYear: 2017) { initiatives(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`, nil, &d)
	first := d.Plan.Initiatives
	if first.TotalCount != 5 || len(first.Edges) != 3 || !first.PageInfo.HasNextPage {
		t.Fatalf("first page = %+v, want 3 of 5 with a next page", first)
	}
	var d2 struct {
		Plan struct{ Initiatives connection }
	}
	mustQuery(t, h, `query($after: String) { plan(ward: "Nishi", fiscalYear: 2017) { initiatives(first: 3, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } } }`,
		map[string]any{"after": *first.PageInfo.EndCursor}, &d2)
	second := d2.Plan.Initiatives
	if len(second.Edges) != 2 || second.PageInfo.HasNextPage || !second.PageInfo.HasPreviousPage ||
		second.Edges[0].Node.ID != "osaka/nishi/2017/initiative/2-4-2" {
		t.Errorf("second page = %+v, want 2-4-2 and 3-1-1, last page", second)
	}
	assertData(t, h, `{ node(id: "partner/地域活動協議会") { ... on Partner { initiatives(first: 1) { totalCount pageInfo { hasNextPage } nodes { id } } } } }`, nil,
		`{"node":{"initiatives":{"totalCount":4,"pageInfo":{"hasNextPage":true},"nodes":[{"id":"osaka/nishi/2017/initiative/1-1-1"}]}}}`)
	assertData(t, h, `{ plan(ward: "Nishi", fiscalYear: 2017) { initiatives(first: 2, orderBy: {field: BUDGET, direction: DESC}) { nodes { code } } } }`, nil,
		`{"plan":{"initiatives":{"nodes":[{"code":"1-1-1"},{"code":"2-4-2"}]}}}`)
}
