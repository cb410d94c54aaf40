package graph

import (
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/generated"
	"github.com/wardgraph/wardgraph/graph/model"
)

// Estimates of list lengths that have no page size, for the complexity
// of a query. A field's cost is 1 + its selection's cost × the number of
// items it can return.
const (
	estWards         = 24  // wards in a city
	estPlansPerWard  = 15  // plans (years, drafts) per ward
	estPlansPerYear  = 2   // plans of one ward in one year (final, draft)
	estAnalysisItems = 50  // cross-cuts or budget buckets
	estNeighborhood  = 50  // nodes one link away
	estCatalog       = 100 // partners, topics, ... in the catalog
)

// Costs of store work that no selection shows: they make a field's price
// follow what the store does for it, not only what it returns.
const (
	costPerSearchRune   = 10   // search scans every candidate text for each character asked
	costPerPathLink     = 200  // each link of maxLength widens paths' breadth-first search
	estSubgraphEdges    = 2500 // links among a neighbourhood's nodes at the node cap
	costSubgraphCompact = wardgraph.MaxNeighborhoodNodes + estSubgraphEdges
)

// complexity returns the cost functions of the list fields that can grow.
func complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	q := &c.Query
	q.Wards = func(child int, _ *bool) int { return times(child, estWards) }
	q.Municipalities = func(child int) int { return times(child, 1) }
	q.Plans = func(child int, ward *string, year *int, _ *bool) int { return times(child, plansEstimate(ward, year)) }
	q.Initiatives = func(child int, _ *model.InitiativeFilter, first *int, _ *string, _ *model.InitiativeOrder) int {
		return times(child, deref(first, 20))
	}
	q.Partners = func(child int, _ *string) int { return times(child, estCatalog) }
	q.Topics = func(child int, _ *string) int { return times(child, estCatalog) }
	q.TargetGroups = func(child int, _ *string) int { return times(child, estCatalog) }
	q.Programs = func(child int, _ *string) int { return times(child, estCatalog) }
	q.Nodes = func(child int, ids []string) int { return times(child, len(ids)) }
	q.Search = func(child int, text string, first *int) int {
		return times(child, deref(first, 20)) + utf8.RuneCountInString(text)*costPerSearchRune
	}
	q.CompareWards = func(child int, wards []string, _ int) int { return times(child, len(wards)) }
	q.CompareYears = func(child int, _ string, years []int) int { return times(child, len(years)) }
	q.CrossCutting = func(child int, _ *string, _ *int, _ *int, _ *int) int { return times(child, estAnalysisItems) }
	q.BudgetBreakdown = func(child int, _ *model.InitiativeFilter, _ wardgraph.BudgetGroup, _ *wardgraph.BudgetKind) int {
		return times(child, estAnalysisItems)
	}
	q.Neighborhood = func(child int, _ string, depth *int) int { return 1 + neighborhoodEstimate(deref(depth, 1)) + child }
	q.Paths = func(child int, _, _ string, maxLength *int) int {
		return times(child, wardgraph.MaxPaths) + min(max(deref(maxLength, 4), 1), wardgraph.MaxPathLength)*costPerPathLink
	}
	c.Subgraph.Nodes = func(child int) int { return times(child, wardgraph.MaxNeighborhoodNodes) }
	c.Subgraph.Edges = func(child int) int { return times(child, estSubgraphEdges) }
	c.Subgraph.Compact = func(int) int { return costSubgraphCompact }
	c.Path.Nodes = func(child int) int { return times(child, wardgraph.MaxPathLength+1) }
	c.Path.Edges = func(child int) int { return times(child, wardgraph.MaxPathLength) }
	c.Municipality.Wards = func(child int) int { return times(child, estWards) }
	c.Ward.Plans = func(child int) int { return times(child, estPlansPerWard) }
	c.Plan.Initiatives = func(child int, first *int, _ *string, _ *model.InitiativeOrder) int {
		return times(child, deref(first, 100))
	}
	c.Partner.Initiatives = func(child int, first *int, _ *string) int { return times(child, deref(first, 20)) }
	c.Topic.Initiatives = func(child int, first *int, _ *string) int { return times(child, deref(first, 20)) }
	c.TargetGroup.Initiatives = func(child int, first *int, _ *string) int { return times(child, deref(first, 20)) }
	return c
}

func times(child, n int) int { return 1 + child*max(n, 1) }

func plansEstimate(ward *string, year *int) int {
	switch {
	case ward != nil && year != nil:
		return estPlansPerYear
	case ward != nil:
		return estPlansPerWard
	case year != nil:
		return estWards * estPlansPerYear
	}
	return estWards * estPlansPerWard
}

// neighborhoodEstimate is the walk's cost: the nodes it can reach at
// depth, up to the node cap.
func neighborhoodEstimate(depth int) int {
	n := 1
	for range min(max(depth, 1), wardgraph.MaxDepth) {
		n *= estNeighborhood
	}
	return min(n, wardgraph.MaxNeighborhoodNodes)
}
