package model

import (
	"strconv"

	"github.com/wardgraph/wardgraph"
)

// SearchHit is a search result with its node resolved.
type SearchHit struct {
	Node    Node
	Snippet string
	Score   float64
	Plan    *Plan
}

// Ward is the hit's plan's ward, nil for shared nodes.
func (h SearchHit) Ward() *wardgraph.Ward {
	if h.Plan == nil {
		return nil
	}
	return &h.Plan.Ward
}

// FiscalYear is the hit's plan's year, nil for shared nodes.
func (h SearchHit) FiscalYear() *int {
	if h.Plan == nil {
		return nil
	}
	return &h.Plan.FiscalYear
}

// Code is the code of an issue, strategy or initiative hit.
func (h SearchHit) Code() *string {
	var s string
	switch n := h.Node.(type) {
	case Issue:
		s = strconv.Itoa(n.Number())
	case Strategy:
		s = n.Code()
	case Initiative:
		s = n.Code()
	default:
		return nil
	}
	return &s
}

// WardComparison is several wards' plans for one year side by side.
type WardComparison struct {
	FiscalYear     int
	Plans          []*Plan
	Topics         []TopicComparison
	SharedPartners []wardgraph.Partner
}

// YearComparison is one ward's plans across years side by side.
type YearComparison struct {
	Ward           wardgraph.Ward
	FiscalYears    []int
	Plans          []*Plan
	Topics         []TopicComparison
	SharedPartners []wardgraph.Partner
}

// TopicComparison is one topic's cells, one per compared plan.
type TopicComparison struct {
	Topic wardgraph.Topic
	Cells []TopicCell
}

// TopicCell is one plan's numbers for one topic.
type TopicCell struct {
	Plan            *Plan
	IssueCount      int
	InitiativeCount int
	BudgetYen       *int64
}

// TopicsOfComparison converts a comparison's topics, pointing each cell at
// its plan among plans, the comparison's plans wrapped.
func TopicsOfComparison(c wardgraph.Comparison, plans []*Plan) []TopicComparison {
	byID := map[string]*Plan{}
	for _, p := range plans {
		byID[p.ID] = p
	}
	out := make([]TopicComparison, len(c.Topics))
	for i, t := range c.Topics {
		cells := make([]TopicCell, len(t.Cells))
		for j, c := range t.Cells {
			cells[j] = TopicCell{Plan: byID[c.PlanID], IssueCount: c.IssueCount,
				InitiativeCount: c.InitiativeCount, BudgetYen: c.BudgetYen}
		}
		out[i] = TopicComparison{Topic: t.Topic, Cells: cells}
	}
	return out
}

// CrossCut is a shared node linking parts of plans under several issues or
// wards.
type CrossCut struct {
	Via         Node
	Issues      []Issue
	Wards       []wardgraph.Ward
	Initiatives []Initiative
}

// IssueCount is how many issues the node links.
func (c CrossCut) IssueCount() int { return len(c.Issues) }

// WardCount is how many wards the node links.
func (c CrossCut) WardCount() int { return len(c.Wards) }

// BudgetBucket is one group's total with the group's node, when it has one.
type BudgetBucket struct {
	wardgraph.BudgetBucket
	Node Node
}
