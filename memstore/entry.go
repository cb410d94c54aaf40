package memstore

import (
	"strings"

	wardgraph "github.com/wardgraph/wardgraph"
)

// planEntry is one saved plan with everything the store derives from it.
// It is built before the store is locked and never changed afterwards, so
// swapping entries under the write lock replaces a plan atomically.
type planEntry struct {
	plan   *wardgraph.Plan
	graph  wardgraph.Projection
	walk   []wardgraph.GraphEdge // distinct non-FROM edges, for walks
	refs   []wardgraph.InitiativeRef
	inits  []initInfo         // parallel to refs
	linked map[string][]int32 // link target id -> positions in refs
	docs   []int32            // positions in graph.Nodes of the searchable nodes (the corpus)
}

// initInfo holds what initiative filters and sorts look at.
type initInfo struct {
	budget int64  // BUDGET-kind total
	title  string // lower-cased
	desc   string // lower-cased
	links  []linkInfo
}

type linkInfo struct {
	kind wardgraph.LinkKind
	id   string
	name string // lower-cased
}

// newPlanEntry derives the graph, the indexes and the initiative list of a
// plan the store owns.
func newPlanEntry(p *wardgraph.Plan) *planEntry {
	pe := &planEntry{plan: p, graph: p.Projection(), refs: p.Initiatives(),
		linked: map[string][]int32{}}
	pe.walk = walkEdges(pe.graph.Edges)
	for i, n := range pe.graph.Nodes {
		if n.Text != "" && !wardgraph.IsShared(n.Label) {
			pe.docs = append(pe.docs, int32(i))
		}
	}
	for i, r := range pe.refs {
		pe.inits = append(pe.inits, newInitInfo(r.Initiative))
		seen := map[string]bool{}
		for _, l := range r.Initiative.Links {
			if id := wardgraph.LinkTargetID(l); !seen[id] {
				seen[id] = true
				pe.linked[id] = append(pe.linked[id], int32(i))
			}
		}
	}
	return pe
}

func newInitInfo(in *wardgraph.Initiative) initInfo {
	info := initInfo{budget: wardgraph.SumBudgets(in.Budgets, wardgraph.BudgetKindBudget),
		title: strings.ToLower(in.Title), desc: strings.ToLower(in.Description)}
	for _, l := range in.Links {
		info.links = append(info.links, linkInfo{kind: l.Kind, id: wardgraph.LinkTargetID(l), name: strings.ToLower(l.Name)})
	}
	return info
}

// walkEdges returns the distinct edges other than FROM, the first of each
// (from, type, to) winning.
func walkEdges(es []wardgraph.GraphEdge) []wardgraph.GraphEdge {
	seen := map[edgeKey]bool{}
	var out []wardgraph.GraphEdge
	for _, e := range es {
		k := keyOf(e)
		if e.Type == wardgraph.RelFrom || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}
