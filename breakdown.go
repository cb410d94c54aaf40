package wardgraph

import (
	"math"
	"sort"
	"strconv"
)

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

// BudgetBucket is one group's total of one budget kind. AmountYen is nil
// when no line of that kind in the group has an amount (every one is "-"):
// no amount, which is not zero, as on a Budget line.
type BudgetBucket struct {
	Key             string // a node id, or the fiscal year as text
	Label           string
	AmountYen       *int64
	InitiativeCount int
}

// BudgetBreakdown totals the budget lines of one kind of the given
// initiatives by group. Only initiatives with at least one line of that kind
// are counted. An initiative linked to several topics or partners counts in
// each of their buckets; one linked to none falls in the bucket with key ""
// and label "(none)". A bucket's amount is the sum of the lines that have
// one, nil when none has. Buckets come largest first, those without an
// amount last, then by key.
func BudgetBreakdown(refs []InitiativeRef, group BudgetGroup, kind BudgetKind) []BudgetBucket {
	buckets := map[string]*BudgetBucket{}
	for _, ref := range refs {
		if !hasKind(ref.Initiative.Budgets, kind) {
			continue
		}
		amount := KnownSum(ref.Initiative.Budgets, kind)
		for _, k := range bucketKeys(ref, group) {
			b := buckets[k.Key]
			if b == nil {
				b = &BudgetBucket{Key: k.Key, Label: k.Label}
				buckets[k.Key] = b
			}
			b.InitiativeCount++
			b.AmountYen = AddYen(b.AmountYen, amount)
		}
	}
	out := make([]BudgetBucket, 0, len(buckets))
	for _, b := range buckets {
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool {
		ai, aj := bucketOrder(out[i].AmountYen), bucketOrder(out[j].AmountYen)
		if ai != aj {
			return ai > aj
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// bucketOrder ranks an amount for sorting: no amount below every amount.
func bucketOrder(amount *int64) float64 {
	if amount == nil {
		return math.Inf(-1)
	}
	return float64(*amount)
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

func hasKind(lines []Budget, kind BudgetKind) bool {
	for _, b := range lines {
		if b.Kind == kind {
			return true
		}
	}
	return false
}
