package wardgraph

import (
	"sort"
)

// The analyst computations (compare.go, crosscut.go, breakdown.go) are pure
// functions: every store supplies the plans (filtered by ward and year in
// its own query language) and the arithmetic is done once, here, so every
// store gives the same answer.

// TopicCell is one plan's numbers for one topic.
type TopicCell struct {
	PlanID          string
	IssueCount      int    // distinct issues with an initiative (or the issue itself) about the topic
	InitiativeCount int    // initiatives linked to the topic
	BudgetYen       *int64 // BUDGET-kind total of those initiatives; nil when no line of theirs has an amount (no amount, not 0)
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

// Compare sets the plans side by side in the order given: for every topic
// linked from any of them, one cell per plan, and the partners that two or
// more of the plans name anywhere.
func Compare(plans []*Plan) Comparison {
	c := Comparison{Plans: plans}
	cells := map[string][]TopicCell{}
	names := map[string]string{}
	for i, p := range plans {
		for _, t := range topicStats(p) {
			if cells[t.id] == nil {
				cells[t.id] = make([]TopicCell, len(plans))
				names[t.id] = t.name
			}
			cells[t.id][i] = t.cell
		}
	}
	for id, cs := range cells {
		for i := range cs {
			cs[i].PlanID = plans[i].ID
		}
		c.Topics = append(c.Topics, TopicComparison{Topic: Topic{ID: id, Name: names[id]}, Cells: cs})
	}
	sort.Slice(c.Topics, func(i, j int) bool { return c.Topics[i].Topic.Name < c.Topics[j].Topic.Name })
	c.SharedPartners = sharedPartners(plans)
	return c
}

type topicStat struct {
	id, name string
	cell     TopicCell
	issues   map[string]bool
}

// topicStats counts, per topic, the issues and initiatives of p linked to
// it and the BUDGET total of those initiatives.
func topicStats(p *Plan) []*topicStat {
	byID := map[string]*topicStat{}
	get := func(l Link) *topicStat {
		id := LinkTargetID(l)
		if byID[id] == nil {
			byID[id] = &topicStat{id: id, name: l.Name, issues: map[string]bool{}}
		}
		return byID[id]
	}
	for _, is := range p.Issues {
		for _, l := range linksOfKind(is.Links, LinkTopic) {
			get(l).issues[is.ID] = true
		}
	}
	for _, ref := range p.Initiatives() {
		for _, l := range linksOfKind(ref.Initiative.Links, LinkTopic) {
			s := get(l)
			s.issues[ref.Issue.ID] = true
			s.cell.InitiativeCount++
			s.cell.BudgetYen = AddYen(s.cell.BudgetYen, KnownSum(ref.Initiative.Budgets, BudgetKindBudget))
		}
	}
	out := make([]*topicStat, 0, len(byID))
	for _, s := range byID {
		s.cell.IssueCount = len(s.issues)
		out = append(out, s)
	}
	return out
}

// sharedPartners returns the partners named by at least two of the plans,
// by name.
func sharedPartners(plans []*Plan) []Partner {
	count := map[string]int{}
	partner := map[string]Partner{}
	for _, p := range plans {
		seen := map[string]bool{}
		for _, pt := range p.Parts() {
			for _, l := range linksOfKind(pt.Links, LinkPartner) {
				id := LinkTargetID(l)
				if !seen[id] {
					seen[id] = true
					count[id]++
					partner[id] = Partner{ID: id, Name: l.Name, Kind: l.Category}
				}
			}
		}
	}
	var out []Partner
	for id, n := range count {
		if n >= 2 {
			out = append(out, partner[id])
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
