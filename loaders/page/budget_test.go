package page

import (
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/textnorm"
)

func TestExtractBudgets(t *testing.T) {
	type want struct {
		kind wardgraph.BudgetKind
		fy   int
		yen  *int64
		raw  string
	}
	yen := wardgraph.Yen
	tests := []struct {
		name, in string
		planYear int
		want     []want
		rest     string
	}{
		{"budget in thousands", "title(29年度予算額 22,268千円)", 2017,
			[]want{{wardgraph.BudgetKindBudget, 2017, yen(22_268_000), "29年度予算額 22,268千円"}}, "title"},
		{"budget and ward CM", "(29年度予算額 13,667千円)(29年度区CM予算額 13,738千円)", 2017,
			[]want{{wardgraph.BudgetKindBudget, 2017, yen(13_667_000), "29年度予算額 13,667千円"},
				{wardgraph.BudgetKindWardCM, 2017, yen(13_738_000), "29年度区CM予算額 13,738千円"}}, ""},
		{"dash is no amount", "(29年度予算額 - )", 2017, []want{{wardgraph.BudgetKindBudget, 2017, nil, "29年度予算額 -"}}, ""},
		{"full-width dash is no amount", "(29年度予算額 ー)", 2017, []want{{wardgraph.BudgetKindBudget, 2017, nil, "29年度予算額 ー"}}, ""},
		{"square brackets, no year", "title [予算額 263千円]", 2013, []want{{wardgraph.BudgetKindBudget, 2013, yen(263_000), "予算額 263千円"}}, "title"},
		{"estimate in square brackets", "[算定見込額 263千円]", 2014, []want{{wardgraph.BudgetKindEstimate, 2014, yen(263_000), "算定見込額 263千円"}}, ""},
		{"estimate with short year", "(31算定見込額 11,050千円)", 2019, []want{{wardgraph.BudgetKindEstimate, 2019, yen(11_050_000), "31算定見込額 11,050千円"}}, ""},
		{"heisei 31 in a reiwa plan", "(31年度予算額 100千円)", 2019, []want{{wardgraph.BudgetKindBudget, 2019, yen(100_000), "31年度予算額 100千円"}}, ""},
		{"reiwa short year", "(4年度予算額 5万円)", 2022, []want{{wardgraph.BudgetKindBudget, 2022, yen(50_000), "4年度予算額 5万円"}}, ""},
		{"millions, no space", "【経営課題1 まち】(7年度予算額65百万円)", 2025, []want{{wardgraph.BudgetKindBudget, 2025, yen(65_000_000), "7年度予算額65百万円"}}, "【経営課題1 まち】"},
		{"plain yen", "(28年度決算額 1,234円)", 2017, []want{{wardgraph.BudgetKindSettled, 2016, yen(1_234), "28年度決算額 1,234円"}}, ""},
		{"settled without year", "(決算額 10千円)", 2017, []want{{wardgraph.BudgetKindSettled, 0, yen(10_000), "決算額 10千円"}}, ""},
		{"decimal millions", "(5年度予算額 1.5百万円)", 2023, []want{{wardgraph.BudgetKindBudget, 2023, yen(1_500_000), "5年度予算額 1.5百万円"}}, ""},
		{"marker with amount later", "【主な具体的取組(4年度予算額) 地域活動の支援(77,800千円)】", 2022,
			[]want{{wardgraph.BudgetKindBudget, 2022, yen(77_800_000), "4年度予算額 77,800千円"}}, "【主な具体的取組 地域活動の支援 】"},
		{"full-width input", "(２９年度予算額 ２２，２６８千円)", 2017, []want{{wardgraph.BudgetKindBudget, 2017, yen(22_268_000), "29年度予算額 22,268千円"}}, ""},
		{"no budget", "地域の予算を考える", 2017, nil, "地域の予算を考える"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rest := extractBudgets(textnorm.Normalize(tt.in), tt.planYear, 7)
			if rest != tt.rest {
				t.Errorf("rest = %q, want %q", rest, tt.rest)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d lines %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Kind != w.kind || g.FiscalYear != w.fy || g.Raw != w.raw || g.Line != 7 || !sameAmount(g.AmountYen, w.yen) {
					t.Errorf("line %d = %+v (amount %v), want %+v (amount %v)", i, g, deref(g.AmountYen), w, deref(w.yen))
				}
			}
		})
	}
}

func sameAmount(a, b *int64) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

func deref(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestEraYear(t *testing.T) {
	tests := []struct {
		era, n string
		want   int
		ok     bool
	}{
		{"平成", "29", 2017, true}, {"平成", "31", 2019, true}, {"平成", "元", 1989, true},
		{"令和", "元", 2019, true}, {"令和", "1", 2019, true}, {"令和", "7", 2025, true},
		{"昭和", "50", 0, false}, {"令和", "0", 0, false}, {"令和", "x", 0, false},
	}
	for _, tt := range tests {
		if got, ok := eraYear(tt.era, tt.n); got != tt.want || ok != tt.ok {
			t.Errorf("eraYear(%s, %s) = %d %v, want %d %v", tt.era, tt.n, got, ok, tt.want, tt.ok)
		}
	}
}

func TestShortYear(t *testing.T) {
	tests := []struct {
		n    string
		plan int
		want int
	}{{"29", 2017, 2017}, {"30", 2017, 2018}, {"31", 2019, 2019}, {"元", 2019, 2019}, {"4", 2022, 2022}, {"2", 2019, 2020}, {"29", 0, 0}}
	for _, tt := range tests {
		if got := shortYear(tt.n, tt.plan); got != tt.want {
			t.Errorf("shortYear(%s, %d) = %d, want %d", tt.n, tt.plan, got, tt.want)
		}
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2018年6月7日", "2018-06-07"},
		{"…反映しています。(平成29年9月29日)", "2017-09-29"},
		{"(令和元年5月1日)", "2019-05-01"},
		{"(令和6年6月10日)", "2024-06-10"},
		{"2018年13月7日", ""},
		{"平成29年8月に策定", ""},
	}
	for _, tt := range tests {
		if got, _ := findDate(tt.in); got != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadHeader(t *testing.T) {
	tests := []struct {
		text, ward, label string
		year              int
		draft             bool
	}{
		{"平成29年度 西区運営方針", "西区", "平成29年度", 2017, false},
		{"令和元年度東住吉区運営方針(素案)", "東住吉区", "令和元年度", 2019, true},
		{"平成31年度 住吉区運営方針(案)", "住吉区", "平成31年度", 2019, true},
		{"令和５年度　西淀川区運営方針", "西淀川区", "令和5年度", 2023, false},
		{"平成26年度運営方針(案)\n浪速区役所 総務課", "浪速区", "平成26年度", 2014, true},
	}
	for _, tt := range tests {
		lines := splitLines([]byte(tt.text))
		h := readHeader(lines, classifyAll(lines))
		if h.ward.Name != tt.ward || h.year != tt.year || h.label != tt.label || h.draft != tt.draft {
			t.Errorf("readHeader(%q) = %s %d %s draft=%v, want %s %d %s draft=%v",
				tt.text, h.ward.Name, h.year, h.label, h.draft, tt.ward, tt.year, tt.label, tt.draft)
		}
	}
}
