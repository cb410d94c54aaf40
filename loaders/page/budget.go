package page

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders/vocab"
	"github.com/wardgraph/wardgraph/textnorm"
)

// amountPattern is an amount in yen: digits with the numeral units 十 百 千
// 万 億 between or after them, then 円: 22,268千円, 65百万円, 5千3百万円,
// 1億2,345万円.
const amountPattern = `[0-9][0-9,]*(?:\.[0-9]+)?(?:\s*[十百千万億]+\s*(?:[0-9][0-9,]*(?:\.[0-9]+)?)?)*\s*円`

var (
	budgetOnce   sync.Once
	budgetKinds  map[string]wardgraph.BudgetKind
	budgetTerms  []string // the keys of budgetKinds, longest first
	budgetCores  []string // coreTerms(budgetTerms)
	reBudget     guarded
	reLineBudget guarded
	reAmount     = guard(`^`+amountPattern+`$`, startsWithDigit)
	reBareMoney  = guardFrom(`[(\[]\s*(`+amountPattern+`)\s*[)\]]`, containsAll("円"), "([")
	reMoney      = guardFrom(amountPattern, containsAll("円"), "0123456789")
)

// budgetRegexp builds, from data/budgets.tsv, the pattern of a bracketed
// budget expression: (29年度予算額 22,268千円), [予算額 263千円],
// (31算定見込額 11,050千円), (29年度予算額 - ), (4年度予算額).
func budgetRegexp() guarded {
	budgetOnce.Do(func() {
		budgetKinds = map[string]wardgraph.BudgetKind{}
		for _, rec := range readTSV("data/budgets.tsv", 2) {
			t := textnorm.Normalize(rec[0])
			budgetKinds[t] = wardgraph.BudgetKind(rec[1])
			budgetTerms = append(budgetTerms, t)
		}
		vocab.SortLongestFirst(budgetTerms)
		budgetCores = coreTerms(budgetTerms)
		terms := make([]string, len(budgetTerms))
		for i, t := range budgetTerms {
			terms[i] = regexp.QuoteMeta(t)
		}
		reBudget = guardFrom(`[(\[]\s*(?:([0-9]{1,2}|元)\s*(?:年度)?\s*)?(`+
			strings.Join(terms, "|")+`)\s*[::]?\s*([^()\[\]]*?)\s*[)\]]`, hasBudgetTerm, "([")
		reLineBudget = guard(`^(?:(平成|令和)?\s*([0-9]{1,2}|元)\s*年度\s*)?(`+
			strings.Join(terms, "|")+`)\s*[::]?\s*(`+amountPattern+`|-)?$`, hasBudgetTerm)
	})
	return reBudget
}

// lineBudget reads a line that is nothing but an unbracketed budget
// expression, as budget lines in bullets are written: 令和4年度予算額 5千3百万円,
// 予算額 263千円, 6年度予算額 -.
func lineBudget(s string, planYear, line int) (wardgraph.Budget, bool) {
	budgetRegexp()
	m := reLineBudget.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return wardgraph.Budget{}, false
	}
	b := wardgraph.Budget{Kind: budgetKinds[m[3]], FiscalYear: planYear, Line: line, Raw: strings.TrimSpace(s)}
	switch {
	case m[1] != "":
		b.FiscalYear, _ = eraYear(m[1], m[2])
	case m[2] != "":
		b.FiscalYear = shortYear(m[2], planYear)
	case b.Kind == wardgraph.BudgetKindSettled:
		b.FiscalYear = 0
	}
	b.AmountYen = parseAmount(m[4])
	return b, true
}

// extractBudgets finds every budget expression in s and returns them with s
// stripped of them. planYear resolves short years (29年度) to Western years
// and is the year of a budget, ward-CM or estimate line that prints none.
// A marker without an amount, as in 【主な具体的取組(4年度予算額) 名称(77,800千円)】,
// takes the first bare amount in brackets of the same line.
func extractBudgets(s string, planYear, line int) ([]wardgraph.Budget, string) {
	out, rest := splitBudgets(s, planYear, line)
	return out, collapseSpace(rest)
}

// splitBudgets is extractBudgets with the white space of the rest left as
// it is, for callers that want the budgets or whether anything is left.
func splitBudgets(s string, planYear, line int) ([]wardgraph.Budget, string) {
	var out []wardgraph.Budget
	var rest strings.Builder // s with each expression replaced by a space
	prev := 0
	for _, ix := range budgetRegexp().FindAllStringSubmatchIndex(s, -1) {
		rest.WriteString(s[prev:ix[0]])
		rest.WriteByte(' ')
		prev = ix[1]
		out = append(out, readBudget(submatches(s, ix), planYear, line))
	}
	if out == nil {
		return nil, s
	}
	rest.WriteString(s[prev:])
	return out, fillEmptyAmount(out, rest.String())
}

// readBudget reads one match of the budget expression (groups: short year,
// term, amount).
func readBudget(m []string, planYear, line int) wardgraph.Budget {
	b := wardgraph.Budget{Kind: budgetKinds[m[2]], Line: line}
	b.FiscalYear = planYear
	if m[1] != "" {
		b.FiscalYear = shortYear(m[1], planYear)
	} else if b.Kind == wardgraph.BudgetKindSettled {
		b.FiscalYear = 0 // a settled amount without a year is of some past year
	}
	b.AmountYen = parseAmount(m[3])
	b.Raw = strings.TrimSpace(strings.Trim(strings.TrimSpace(m[0]), "()[]"))
	return b
}

// fillEmptyAmount gives the last budget, when its expression had no amount
// text, the first bare amount in brackets of rest (the line without its
// budget expressions), and returns rest without that amount.
func fillEmptyAmount(out []wardgraph.Budget, rest string) string {
	last := &out[len(out)-1]
	if last.AmountYen == nil && isEmptyAmount(last.Raw) {
		if m := reBareMoney.FindStringSubmatch(rest); m != nil {
			last.AmountYen = parseAmount(m[1])
			last.Raw += " " + m[1]
			rest = strings.Replace(rest, m[0], " ", 1)
		}
	}
	return rest
}

// isEmptyAmount reports whether a budget expression had no amount text at
// all (not even "-").
func isEmptyAmount(raw string) bool {
	m := budgetRegexp().FindStringSubmatch("(" + raw + ")")
	return m != nil && m[3] == ""
}

// parseAmount reads an amount such as 22,268千円, 65百万円, 5千3百万円 or
// 1億2,345万円 in yen. It returns nil for "-", empty and unreadable amounts:
// present but no amount.
func parseAmount(s string) *int64 {
	s = strings.TrimSpace(s)
	if !reAmount.MatchString(s) {
		return nil
	}
	yen, ok := japaneseNumber(strings.TrimSuffix(s, "円"))
	if !ok || yen > math.MaxInt64/2 {
		return nil
	}
	return wardgraph.Yen(int64(math.Round(yen)))
}

// numeralUnits are the multipliers of the numeral units: 十 百 千 multiply
// within a group of four digits, 万 and 億 close a group.
var numeralUnits = map[rune]float64{'十': 10, '百': 100, '千': 1_000, '万': 1e4, '億': 1e8}

// japaneseNumber reads digits mixed with numeral units: 5千3百万 is
// 53,000,000, 1億2,345万 is 123,450,000, 22,268千 is 22,268,000.
func japaneseNumber(s string) (float64, bool) {
	var total, group, cur float64
	hasCur := false
	for _, tok := range numeralTokens(s) {
		first, _ := utf8.DecodeRuneInString(tok)
		mult, isUnit := numeralUnits[first]
		switch {
		case !isUnit:
			v, err := strconv.ParseFloat(strings.ReplaceAll(tok, ",", ""), 64)
			if err != nil {
				return 0, false
			}
			cur, hasCur = v, true
		case mult < 1e4:
			group += orOne(cur, hasCur) * mult
			cur, hasCur = 0, false
		default:
			total += orOne(group+cur, group != 0 || hasCur) * mult
			group, cur, hasCur = 0, 0, false
		}
	}
	return total + group + cur, true
}

// orOne returns v, or 1 when there is no number before a unit (千 = 1千).
func orOne(v float64, has bool) float64 {
	if !has {
		return 1
	}
	return v
}

// numeralTokens splits 5千3百万 into 5, 千, 3, 百, 万, dropping white space
// (a number is the runes between units, spaces and tabs left out).
func numeralTokens(s string) []string {
	var out []string
	var num strings.Builder
	for i, r := range s {
		switch {
		case r == ' ' || r == '\t':
		case numeralUnits[r] != 0:
			if num.Len() > 0 {
				out = append(out, num.String())
				num.Reset()
			}
			out = append(out, s[i:i+utf8.RuneLen(r)])
		default:
			num.WriteRune(r)
		}
	}
	if num.Len() > 0 {
		out = append(out, num.String())
	}
	return out
}

// hasMoney reports whether s holds a budget expression or an amount in
// brackets: what must end up as a budget line or a warning.
func hasMoney(s string) bool {
	return budgetRegexp().MatchString(s) || reBareMoney.MatchString(s) ||
		(reMoney.MatchString(s) && containsBudgetTerm(s))
}

// containsBudgetTerm reports whether s names a budget kind (予算額, 決算額, …).
func containsBudgetTerm(s string) bool {
	budgetRegexp()
	return hasBudgetTerm(s)
}

// hasBudgetTerm is containsBudgetTerm once budgetRegexp has read the terms.
func hasBudgetTerm(s string) bool {
	return containsAny(s, budgetCores)
}
