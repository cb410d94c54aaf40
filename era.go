package wardgraph

import "strconv"

// FiscalYearLabel returns the Japanese label of a fiscal year as the city
// prints it: 平成29年度 for 2017, 令和元年度 for 2019, 令和4年度 for 2022.
// Years before 平成 (1989) are given in the Western calendar.
func FiscalYearLabel(fy int) string {
	switch {
	case fy >= 2019:
		if fy == 2019 {
			return "令和元年度"
		}
		return "令和" + strconv.Itoa(fy-2018) + "年度"
	case fy >= 1989:
		if fy == 1989 {
			return "平成元年度"
		}
		return "平成" + strconv.Itoa(fy-1988) + "年度"
	}
	return strconv.Itoa(fy) + "年度"
}
