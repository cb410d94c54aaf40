package wardgraph

import (
	"slices"
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
	partners := make([][]Partner, len(plans))
	for i, p := range plans {
		var topics []*topicStat
		topics, partners[i] = planStats(p)
		for _, t := range topics {
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
	c.SharedPartners = sharedPartners(partners)
	return c
}

type topicStat struct {
	id, name string
	cell     TopicCell
	issues   []string // distinct, in the order met
}

// planStats walks p's parts once for what Compare needs of it: per topic,
// the issues and initiatives of p linked to it and the BUDGET total of
// those initiatives (topicStats), and the partners p names anywhere, each
// once, as first named (in document order).
func planStats(p *Plan) ([]*topicStat, []Partner) {
	ts := topicStats{byID: map[string]*topicStat{}}
	for i := range p.Issues {
		is := &p.Issues[i]
		for _, l := range is.Links {
			if l.Kind == LinkTopic {
				ts.get(l).addIssue(is.ID)
			}
		}
	}
	var partners []Partner
	seen := map[string]bool{}
	for pt := range p.AllParts() {
		for _, l := range pt.Links {
			switch {
			case l.Kind == LinkTopic && pt.Label == LabelInitiative:
				ts.initiative(l, pt)
			case l.Kind == LinkPartner:
				if id := LinkTargetID(l); !seen[id] {
					seen[id] = true
					partners = append(partners, Partner{ID: id, Name: l.Name, Kind: l.Category})
				}
			}
		}
	}
	return ts.list, partners
}

// topicStats gathers the topicStat of each topic a plan links to.
type topicStats struct {
	byID map[string]*topicStat
	list []*topicStat // in the order first met
}

func (ts *topicStats) get(l Link) *topicStat {
	id := LinkTargetID(l)
	s := ts.byID[id]
	if s == nil {
		s = &topicStat{id: id, name: l.Name}
		ts.byID[id] = s
		ts.list = append(ts.list, s)
	}
	return s
}

// initiative counts the initiative part pt under the topic l links it to.
func (ts *topicStats) initiative(l Link, pt Part) {
	s := ts.get(l)
	s.addIssue(pt.Issue.ID)
	s.cell.InitiativeCount++
	s.cell.BudgetYen = AddYen(s.cell.BudgetYen, KnownSum(pt.Initiative.Budgets, BudgetKindBudget))
}

func (s *topicStat) addIssue(id string) {
	if !slices.Contains(s.issues, id) {
		s.issues = append(s.issues, id)
		s.cell.IssueCount = len(s.issues)
	}
}

// sharedPartners returns the partners named by at least two of the plans
// (each plan's partners given once each), by name; of a partner's names,
// the last plan's.
func sharedPartners(plans [][]Partner) []Partner {
	count := map[string]int{}
	partner := map[string]Partner{}
	for _, ps := range plans {
		for _, pt := range ps {
			count[pt.ID]++
			partner[pt.ID] = pt
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
