package wardgraph

// This file holds the analyst computations over plans. They are pure
// functions: every store supplies the plans (filtered by ward and year in
// its own query language) and the arithmetic is done once, here, so every
// store gives the same answer.

// TopicCell is one plan's numbers for one topic.
type TopicCell struct {
	PlanID          string
	IssueCount      int   // distinct issues with an initiative (or the issue itself) about the topic
	InitiativeCount int   // initiatives linked to the topic
	BudgetYen       int64 // BUDGET-kind total of those initiatives
}

// TopicComparison holds one topic's cells, one per compared plan, in the
// order of the plans.
type TopicComparison struct {
	Topic Topic
	Cells []TopicCell
}

// Comparison sets plans side by side: several wards in one year, or one
// ward across years.
type Comparison struct {
	Plans          []*Plan
	Topics         []TopicComparison // topics named by at least one plan, by name
	SharedPartners []Partner         // partners named by two or more of the plans, by name
}

// CrossCut is a partner, topic or target group that links parts of plans
// under several issues or wards.
type CrossCut struct {
	Via           GraphNode
	IssueIDs      []string // sorted
	WardIDs       []string // sorted
	InitiativeIDs []string // sorted
}

// BudgetGroup is what budgetBreakdown groups initiatives by.
type BudgetGroup string

// The budget groupings.
const (
	GroupByIssue      BudgetGroup = "ISSUE"
	GroupByStrategy   BudgetGroup = "STRATEGY"
	GroupByTopic      BudgetGroup = "TOPIC"
	GroupByPartner    BudgetGroup = "PARTNER"
	GroupByWard       BudgetGroup = "WARD"
	GroupByFiscalYear BudgetGroup = "FISCAL_YEAR"
)

// BudgetBucket is one group's total of one budget kind.
type BudgetBucket struct {
	Key             string // a node id, or the fiscal year as text
	Label           string
	AmountYen       int64
	InitiativeCount int
}
