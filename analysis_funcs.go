package wardgraph

import (
	"sort"
	"strconv"
)

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
			s.cell.BudgetYen += SumBudgets(ref.Initiative.Budgets, BudgetKindBudget)
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
		for _, pl := range p.parts() {
			for _, l := range linksOfKind(pl.links, LinkPartner) {
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

// CrossCutting finds the partners, topics and target groups linked from
// parts of the plans under at least minIssues different issues and in at
// least minWards different wards. Parts outside any issue (goal, missions,
// policy) count for their ward only. The most connected come first: by
// issues, then wards, then id.
func CrossCutting(plans []*Plan, minIssues, minWards int) []CrossCut {
	acc := map[string]*crossAcc{}
	for _, p := range plans {
		for _, pl := range p.parts() {
			for _, l := range pl.links {
				a := acc[LinkTargetID(l)]
				if a == nil {
					a = newCrossAcc(l)
					acc[LinkTargetID(l)] = a
				}
				a.add(p.Ward.ID, pl)
			}
		}
	}
	var out []CrossCut
	for _, a := range acc {
		if len(a.issues) >= minIssues && len(a.wards) >= minWards {
			out = append(out, a.result())
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if len(a.IssueIDs) != len(b.IssueIDs) {
			return len(a.IssueIDs) > len(b.IssueIDs)
		}
		if len(a.WardIDs) != len(b.WardIDs) {
			return len(a.WardIDs) > len(b.WardIDs)
		}
		return a.Via.ID < b.Via.ID
	})
	return out
}

type crossAcc struct {
	via                        GraphNode
	issues, wards, initiatives map[string]bool
}

func newCrossAcc(l Link) *crossAcc {
	label, pr := LabelTargetGroup, map[string]any{"name": l.Name}
	switch l.Kind {
	case LinkPartner:
		label, pr["kind"] = LabelPartner, l.Category
	case LinkTopic:
		label = LabelTopic
	}
	return &crossAcc{via: GraphNode{ID: LinkTargetID(l), Label: label, Name: l.Name, Text: l.Name, Props: pr},
		issues: map[string]bool{}, wards: map[string]bool{}, initiatives: map[string]bool{}}
}

func (a *crossAcc) add(wardID string, pl planPart) {
	a.wards[wardID] = true
	if pl.issueID != "" {
		a.issues[pl.issueID] = true
	}
	if pl.initiativeID != "" {
		a.initiatives[pl.initiativeID] = true
	}
}

func (a *crossAcc) result() CrossCut {
	return CrossCut{Via: a.via, IssueIDs: sortedKeys(a.issues), WardIDs: sortedKeys(a.wards), InitiativeIDs: sortedKeys(a.initiatives)}
}

// BudgetBreakdown totals the budget lines of one kind of the given
// initiatives by group. Only initiatives with at least one line of that kind
// are counted. An initiative linked to several topics or partners counts in
// each of their buckets; one linked to none falls in the bucket with key ""
// and label "(none)". Buckets come largest first, then by key.
func BudgetBreakdown(refs []InitiativeRef, group BudgetGroup, kind BudgetKind) []BudgetBucket {
	buckets := map[string]*BudgetBucket{}
	for _, ref := range refs {
		if !hasKind(ref.Initiative.Budgets, kind) {
			continue
		}
		amount := SumBudgets(ref.Initiative.Budgets, kind)
		for _, k := range bucketKeys(ref, group) {
			b := buckets[k.Key]
			if b == nil {
				b = &BudgetBucket{Key: k.Key, Label: k.Label}
				buckets[k.Key] = b
			}
			b.AmountYen += amount
			b.InitiativeCount++
		}
	}
	out := make([]BudgetBucket, 0, len(buckets))
	for _, b := range buckets {
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].AmountYen != out[j].AmountYen {
			return out[i].AmountYen > out[j].AmountYen
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// bucketKeys returns the keys and labels of the buckets an initiative falls in.
func bucketKeys(ref InitiativeRef, group BudgetGroup) []BudgetBucket {
	switch group {
	case GroupByIssue:
		return []BudgetBucket{{Key: ref.Issue.ID, Label: strconv.Itoa(ref.Issue.Number) + " " + ref.Issue.Title}}
	case GroupByStrategy:
		return []BudgetBucket{{Key: ref.Strategy.ID, Label: ref.Strategy.Code + " " + ref.Strategy.Title}}
	case GroupByWard:
		return []BudgetBucket{{Key: ref.Plan.Ward.ID, Label: ref.Plan.Ward.Name}}
	case GroupByFiscalYear:
		return []BudgetBucket{{Key: strconv.Itoa(ref.Plan.FiscalYear), Label: ref.Plan.FiscalYearLabel}}
	case GroupByTopic:
		return linkBuckets(ref.Initiative.Links, LinkTopic)
	}
	return linkBuckets(ref.Initiative.Links, LinkPartner)
}

func linkBuckets(links []Link, kind LinkKind) []BudgetBucket {
	var out []BudgetBucket
	for _, l := range linksOfKind(links, kind) {
		out = append(out, BudgetBucket{Key: LinkTargetID(l), Label: l.Name})
	}
	if len(out) == 0 {
		out = append(out, BudgetBucket{Key: "", Label: "(none)"})
	}
	return out
}

// ValidBudgetGroup reports whether g is one of the known groupings.
func ValidBudgetGroup(g BudgetGroup) bool {
	switch g {
	case GroupByIssue, GroupByStrategy, GroupByTopic, GroupByPartner, GroupByWard, GroupByFiscalYear:
		return true
	}
	return false
}

func hasKind(lines []Budget, kind BudgetKind) bool {
	for _, b := range lines {
		if b.Kind == kind {
			return true
		}
	}
	return false
}

func linksOfKind(links []Link, kind LinkKind) []Link {
	var out []Link
	for _, l := range links {
		if l.Kind == kind {
			out = append(out, l)
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
