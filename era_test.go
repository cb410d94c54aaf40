package wardgraph

import "testing"

func TestFiscalYearLabel(t *testing.T) {
	tests := map[int]string{2013: "平成25年度", 2017: "平成29年度", 2018: "平成30年度", 2019: "令和元年度",
		2020: "令和2年度", 2022: "令和4年度", 2025: "令和7年度", 1989: "平成元年度", 1988: "1988年度"}
	for fy, want := range tests {
		if got := FiscalYearLabel(fy); got != want {
			t.Errorf("FiscalYearLabel(%d) = %q, want %q", fy, got, want)
		}
	}
}
