package page

import (
	"fmt"
	"regexp"
	"strconv"
)

// eraBase maps an era name to the Western year of its year 0: 平成n = n+1988,
// 令和n = n+2018 (domain.md §4).
var eraBase = map[string]int{"平成": 1988, "令和": 2018}

// eraYear returns the Western year of an era year; n is digits or 元 (1).
func eraYear(era, n string) (int, bool) {
	base, ok := eraBase[era]
	if !ok {
		return 0, false
	}
	if n == "元" {
		return base + 1, true
	}
	v, err := strconv.Atoi(n)
	if err != nil || v < 1 || v > 99 {
		return 0, false
	}
	return base + v, true
}

// shortYear resolves a year printed without its era (29年度, 4年度, 31算定見込額)
// to the Western year closest to the plan's fiscal year, so that 31 in a
// 令和元年度 plan is 平成31 = 2019. It returns 0 when planYear is unknown.
func shortYear(n string, planYear int) int {
	if planYear == 0 {
		return 0
	}
	best := 0
	for _, era := range []string{"平成", "令和"} {
		y, ok := eraYear(era, n)
		if ok && (best == 0 || abs(y-planYear) < abs(best-planYear)) {
			best = y
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

var (
	reWesternDate = regexp.MustCompile(`(\d{4})年(\d{1,2})月(\d{1,2})日`)
	reEraDate     = regexp.MustCompile(`(平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日`)
)

// isoDate formats a date as YYYY-MM-DD, or "" when it is not a valid date.
func isoDate(y int, m, d string) string {
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if y < 1900 || y > 2999 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mi, di)
}

// findDate returns the first date in s, Western (2018年6月7日) or era
// (平成29年9月29日), as YYYY-MM-DD, and the matched text.
func findDate(s string) (iso, match string) {
	wl := reWesternDate.FindStringSubmatchIndex(s)
	el := reEraDate.FindStringSubmatchIndex(s)
	switch {
	case el != nil && (wl == nil || el[0] < wl[0]):
		m := reEraDate.FindStringSubmatch(s)
		y, _ := eraYear(m[1], m[2])
		return isoDate(y, m[3], m[4]), m[0]
	case wl != nil:
		m := reWesternDate.FindStringSubmatch(s)
		y, _ := strconv.Atoi(m[1])
		return isoDate(y, m[2], m[3]), m[0]
	}
	return "", ""
}
