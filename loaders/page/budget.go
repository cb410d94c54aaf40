package page

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/textnorm"
)

// unitYen is the multiplier of each money unit, longest unit first.
var unitYen = []struct {
	unit string
	mult int64
}{{"百万円", 1_000_000}, {"千円", 1_000}, {"万円", 10_000}, {"円", 1}}

var (
	budgetOnce  sync.Once
	budgetKinds map[string]wardgraph.BudgetKind
	reBudget    *regexp.Regexp
	reAmount    = regexp.MustCompile(`^([0-9][0-9,]*(?:\.[0-9]+)?)\s*(百万円|千円|万円|円)$`)
	reBareMoney = regexp.MustCompile(`[(\[]\s*([0-9][0-9,]*(?:\.[0-9]+)?\s*(?:百万円|千円|万円|円))\s*[)\]]`)
)

// budgetRegexp builds, from data/budgets.tsv, the pattern of a bracketed
// budget expression: (29年度予算額 22,268千円), [予算額 263千円],
// (31算定見込額 11,050千円), (29年度予算額 - ), (4年度予算額).
func budgetRegexp() *regexp.Regexp {
	budgetOnce.Do(func() {
		budgetKinds = map[string]wardgraph.BudgetKind{}
		var terms []string
		for _, rec := range readTSV("data/budgets.tsv", 2) {
			t := textnorm.Normalize(rec[0])
			budgetKinds[t] = wardgraph.BudgetKind(rec[1])
			terms = append(terms, t)
		}
		sortLongestFirst(terms)
		for i, t := range terms {
			terms[i] = regexp.QuoteMeta(t)
		}
		reBudget = regexp.MustCompile(`[(\[]\s*(?:([0-9]{1,2}|元)\s*(?:年度)?\s*)?(` +
			strings.Join(terms, "|") + `)\s*[::]?\s*([^()\[\]]*?)\s*[)\]]`)
	})
	return reBudget
}

// extractBudgets finds every budget expression in s and returns them with s
// stripped of them. planYear resolves short years (29年度) to Western years
// and is the year of a budget, ward-CM or estimate line that prints none.
// A marker without an amount, as in 【主な具体的取組(4年度予算額) 名称(77,800千円)】,
// takes the first bare amount in brackets of the same line.
func extractBudgets(s string, planYear, line int) ([]wardgraph.Budget, string) {
	re := budgetRegexp()
	var out []wardgraph.Budget
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		b := wardgraph.Budget{Kind: budgetKinds[m[2]], Line: line}
		b.FiscalYear = planYear
		if m[1] != "" {
			b.FiscalYear = shortYear(m[1], planYear)
		} else if b.Kind == wardgraph.BudgetKindSettled {
			b.FiscalYear = 0 // a settled amount without a year is of some past year
		}
		b.AmountYen = parseAmount(m[3])
		b.Raw = strings.TrimSpace(strings.Trim(strings.TrimSpace(m[0]), "()[]"))
		out = append(out, b)
	}
	rest := re.ReplaceAllString(s, " ")
	if len(out) > 0 && out[len(out)-1].AmountYen == nil && isEmptyAmount(out[len(out)-1].Raw, re) {
		if m := reBareMoney.FindStringSubmatch(rest); m != nil {
			last := &out[len(out)-1]
			last.AmountYen = parseAmount(m[1])
			last.Raw += " " + m[1]
			rest = strings.Replace(rest, m[0], " ", 1)
		}
	}
	return out, strings.Join(strings.Fields(rest), " ")
}

// isEmptyAmount reports whether a budget expression had no amount text at
// all (not even "-").
func isEmptyAmount(raw string, re *regexp.Regexp) bool {
	m := re.FindStringSubmatch("(" + raw + ")")
	return m != nil && m[3] == ""
}

// parseAmount reads an amount such as 22,268千円 or 65百万円 in yen. It
// returns nil for "-", empty and unreadable amounts: present but no amount.
func parseAmount(s string) *int64 {
	m := reAmount.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return nil
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	if err != nil {
		return nil
	}
	for _, u := range unitYen {
		if u.unit == m[2] {
			yen := v * float64(u.mult)
			if yen > math.MaxInt64/2 {
				return nil
			}
			return wardgraph.Yen(int64(math.Round(yen)))
		}
	}
	return nil
}
