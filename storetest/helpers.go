package storetest

import (
	"reflect"
	"strings"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
)

// Page sizes the suite reads with: everything (more than the fixtures
// hold) and the GraphQL layer's default for search.
const (
	everything  = 1000
	searchFirst = wardgraph.DefaultPageSize
)

// initiative returns the id of an initiative of a fixture plan.
func initiative(planID, code string) string { return planID + "/initiative/" + code }

// wantCode fails t unless err carries the wardgraph error code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := wardgraph.ErrorCode(err); got != code {
		t.Errorf("%s: error %v has code %q, want %q", what, err, got, code)
	}
}

// noErr stops t on an error.
func noErr(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// same fails t unless got and want are deeply equal.
func same[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got  %v\n want %v", what, got, want)
	}
}

// refIDs returns the initiative ids of refs, checking that every ref points
// at its plan, issue and strategy.
func refIDs(t *testing.T, refs []wardgraph.InitiativeRef) []string {
	t.Helper()
	out := []string{}
	for _, r := range refs {
		if r.Plan == nil || r.Issue == nil || r.Strategy == nil || r.Initiative == nil {
			t.Errorf("incomplete initiative ref %+v", r) // not Fatal: readers call this from goroutines
			out = append(out, "(incomplete)")
			continue
		}
		id := r.Initiative.ID
		if wardgraph.PlanIDOf(id) != r.Plan.ID || !strings.HasPrefix(r.Initiative.Code, r.Strategy.Code+"-") ||
			!strings.HasPrefix(r.Strategy.Code, r.Issue.ID[strings.LastIndex(r.Issue.ID, "/")+1:]+"-") {
			t.Errorf("ref of %s points at plan %s, issue %s, strategy %s", id, r.Plan.ID, r.Issue.ID, r.Strategy.Code)
		}
		out = append(out, id)
	}
	return out
}

// nodeIDs returns the ids of nodes.
func nodeIDs(nodes []wardgraph.GraphNode) []string {
	out := []string{}
	for _, n := range nodes {
		out = append(out, n.ID)
	}
	return out
}

// nodeNames returns the names of nodes.
func nodeNames(nodes []wardgraph.GraphNode) []string {
	out := []string{}
	for _, n := range nodes {
		out = append(out, n.Name)
	}
	return out
}

// planIDs returns the ids of plans.
func planIDs(plans []*wardgraph.Plan) []string {
	out := []string{}
	for _, p := range plans {
		out = append(out, p.ID)
	}
	return out
}

// edge is an edge without its evidence, for comparing.
type edge struct{ from, typ, to string }

func edgesOf(es []wardgraph.GraphEdge) []edge {
	out := []edge{}
	for _, e := range es {
		out = append(out, edge{e.From, e.Type, e.To})
	}
	return out
}

// findInitiative returns the initiative with the given code in p.
func findInitiative(p *wardgraph.Plan, code string) *wardgraph.Initiative {
	for _, r := range p.Initiatives() {
		if r.Initiative.Code == code {
			return r.Initiative
		}
	}
	return nil
}
