package storetest

import (
	"fmt"
	"strings"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// testNeighborhood: depths 0, 1 and 2, nodes by id, edges between them in
// SortEdges order, no Source nodes; bad depths and unknown ids.
func (s suite) testNeighborhood(t *testing.T) {
	st := s.loaded(t)
	const (
		d       = Taisho2017Draft
		budget  = d + "/initiative/1-1-1/budget/1"
		nigiwai = "topic/にぎわい・地域資源"
	)
	tests := []struct {
		id    string
		depth int
		nodes []string
		edges []edge
	}{
		{t17da, 0, []string{t17da}, []edge{}},
		{t17da, 1, []string{t17da, budget, d + "/strategy/1-1", nigiwai}, []edge{
			{t17da, wardgraph.RelAbout, nigiwai}, {t17da, wardgraph.RelFundedBy, budget},
			{d + "/strategy/1-1", wardgraph.RelImplementedBy, t17da}}},
		{t17da, 2, []string{t17da, budget, d + "/issue/1", d + "/strategy/1-1", t17a, nigiwai}, []edge{
			{t17da, wardgraph.RelAbout, nigiwai}, {t17da, wardgraph.RelFundedBy, budget},
			{d + "/issue/1", wardgraph.RelPursuedBy, d + "/strategy/1-1"},
			{d + "/strategy/1-1", wardgraph.RelImplementedBy, t17da},
			{t17a, wardgraph.RelAbout, nigiwai}}},
		{Nishi2017, 1, []string{"osaka/nishi", Nishi2017, Nishi2017 + "/goal", Nishi2017 + "/issue/1", Nishi2017 + "/issue/2",
			Nishi2017 + "/issue/3", Nishi2017 + "/mission/1", Nishi2017 + "/mission/2", Nishi2017 + "/policy",
			Nishi2017 + "/reform/1", Nishi2017 + "/reform/2", "osaka/nishi/department/" + nishiDepartment}, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.id, tt.depth), func(t *testing.T) {
			sg, err := st.Neighborhood(ctx, tt.id, tt.depth)
			noErr(t, "Neighborhood", err)
			same(t, "nodes", nodeIDs(sg.Nodes), tt.nodes)
			if tt.edges != nil {
				same(t, "edges", edgesOf(sg.Edges), tt.edges)
			}
			for _, e := range sg.Edges {
				if e.Type == wardgraph.RelFrom {
					t.Errorf("FROM edge %+v", e)
				}
			}
		})
	}
	for _, depth := range []int{-1, wardgraph.MaxDepth + 1} {
		_, err := st.Neighborhood(ctx, t17da, depth)
		wantCode(t, fmt.Sprint("depth ", depth), err, wardgraph.EINVALID)
	}
	_, err := st.Neighborhood(ctx, "osaka/nishi/2017/initiative/9-9-9", 1)
	wantCode(t, "unknown id", err, wardgraph.ENOTFOUND)
}

// testNeighborhoodLimit: past MaxNeighborhoodNodes nodes the walk stops
// (wardgraph.Walk): the nearest nodes first, each level in id order, and
// Truncated set.
func (s suite) testNeighborhoodLimit(t *testing.T) {
	st := s.fresh(t)
	big := fictionalBigPlan()
	_, err := st.SavePlan(ctx, big)
	noErr(t, "SavePlan", err)
	strategy := big.Issues[0].Strategies[0].ID
	sg, err := st.Neighborhood(ctx, strategy, 1) // 1 + issue + 510 initiatives within reach
	noErr(t, "too many nodes", err)
	if !sg.Truncated || len(sg.Nodes) != wardgraph.MaxNeighborhoodNodes {
		t.Fatalf("%d nodes, truncated %v; want %d, true", len(sg.Nodes), sg.Truncated, wardgraph.MaxNeighborhoodNodes)
	}
	got := map[string]bool{}
	for _, n := range nodeIDs(sg.Nodes) {
		got[n] = true
	}
	// Level 1 in id order: initiative/1-1-1, 1-1-10, 1-1-100, … 1-1-89, then
	// 1-1-9, 1-1-90 … 1-1-99 and issue/1: the last 12 do not fit in the 499 places.
	in := func(code string) string { return "osaka/minato/2019/initiative/" + code }
	for id, want := range map[string]bool{strategy: true, in("1-1-1"): true, in("1-1-510"): true, in("1-1-89"): true,
		in("1-1-9"): false, in("1-1-90"): false, in("1-1-99"): false, "osaka/minato/2019/issue/1": false} {
		if got[id] != want {
			t.Errorf("node %s in the cut neighbourhood: %v, want %v", id, got[id], want)
		}
	}
	for _, e := range sg.Edges {
		if !got[e.From] || !got[e.To] {
			t.Errorf("edge %s -%s-> %s leaves the cut neighbourhood", e.From, e.Type, e.To)
		}
	}
	sg, err = st.Neighborhood(ctx, strategy, 0)
	noErr(t, "depth 0", err)
	same(t, "depth 0", nodeIDs(sg.Nodes), []string{strategy})
	if sg.Truncated {
		t.Error("depth 0 says truncated")
	}
}

// pathIDs returns the node ids of each path, checking that each edge joins
// the nodes beside it.
func pathIDs(t *testing.T, paths []wardgraph.Path) [][]string {
	t.Helper()
	out := [][]string{}
	for _, p := range paths {
		ids := nodeIDs(p.Nodes)
		if len(p.Edges) != len(ids)-1 {
			t.Fatalf("path %v has %d edges", ids, len(p.Edges))
		}
		for i, e := range p.Edges {
			a, b := ids[i], ids[i+1]
			if !(e.From == a && e.To == b || e.From == b && e.To == a) || e.Type == wardgraph.RelFrom {
				t.Errorf("edge %+v does not join %s and %s", e, a, b)
			}
		}
		out = append(out, ids)
	}
	return out
}

// testPaths: several shortest paths in order, one long one, the length
// bound, no connection, from == to, bad lengths and unknown ends.
func (s suite) testPaths(t *testing.T) {
	st := s.loaded(t)
	t17 := func(part string) string { return Taisho2017 + "/" + part }
	tests := []struct {
		name     string
		from, to string
		max      int
		want     [][]string
	}{
		{"three shared links", n17d, t17b, 4, [][]string{
			{n17d, "partner/民生委員・児童委員", t17b}, {n17d, "target/高齢者", t17b}, {n17d, "topic/高齢者福祉・見守り", t17b}}},
		{"through the plan", t17a, t17b, 6, [][]string{
			{t17a, t17("strategy/1-1"), t17("issue/1"), Taisho2017, t17("issue/2"), t17("strategy/2-1"), t17b}}},
		{"longer than the bound", t17a, t17b, 5, [][]string{}},
		{"shorter bound", n17d, t17b, 1, [][]string{}},
		{"only through provenance", n17a, Nishi2017 + "/source", 6, [][]string{}},
		{"to itself", n17a, n17a, 1, [][]string{{n17a}}},
		{"one link", n17a, "partner/中間支援組織", 1, [][]string{{n17a, "partner/中間支援組織"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := st.Paths(ctx, tt.from, tt.to, tt.max)
			noErr(t, "Paths", err)
			same(t, "paths", pathIDs(t, got), tt.want)
		})
	}
	got, err := st.Paths(ctx, t17a, t17b, 6)
	noErr(t, "Paths", err)
	if len(got) == 1 {
		same(t, "edges of the path", edgesOf(got[0].Edges), []edge{
			{t17("strategy/1-1"), wardgraph.RelImplementedBy, t17a}, {t17("issue/1"), wardgraph.RelPursuedBy, t17("strategy/1-1")},
			{Taisho2017, wardgraph.RelAddresses, t17("issue/1")}, {Taisho2017, wardgraph.RelAddresses, t17("issue/2")},
			{t17("issue/2"), wardgraph.RelPursuedBy, t17("strategy/2-1")}, {t17("strategy/2-1"), wardgraph.RelImplementedBy, t17b}})
	}
	for _, max := range []int{0, wardgraph.MaxPathLength + 1} {
		_, err := st.Paths(ctx, n17a, n17b, max)
		wantCode(t, fmt.Sprint("maxLength ", max), err, wardgraph.EINVALID)
	}
	_, err = st.Paths(ctx, n17a, "partner/存在しない", 4)
	wantCode(t, "unknown end", err, wardgraph.ENOTFOUND)
	if !strings.Contains(wardgraph.ErrorMessage(err), "partner/存在しない") {
		t.Errorf("message %q does not name the unknown end", wardgraph.ErrorMessage(err))
	}
	_, err = st.Paths(ctx, "partner/存在しない", n17a, 4)
	wantCode(t, "unknown start", err, wardgraph.ENOTFOUND)
}

// testPathsLimit: of 26 shortest paths, the first MaxPaths in order of
// their node ids are returned.
func (s suite) testPathsLimit(t *testing.T) {
	st := s.fresh(t)
	big := fictionalBigPlan()
	_, err := st.SavePlan(ctx, big)
	noErr(t, "SavePlan", err)
	from, to := big.Issues[0].Strategies[0].Initiatives[0].ID, big.Issues[0].Strategies[0].Initiatives[1].ID
	got, err := st.Paths(ctx, from, to, 4)
	noErr(t, "Paths", err)
	want := [][]string{{from, big.Issues[0].Strategies[0].ID, to}}
	for k := 1; len(want) < wardgraph.MaxPaths; k++ {
		want = append(want, []string{from, fmt.Sprintf("topic/架空テーマ%02d", k), to})
	}
	same(t, "paths", pathIDs(t, got), want)
}
