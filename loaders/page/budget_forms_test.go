package page

import (
	"strconv"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/textnorm"
)

func TestParseAmount(t *testing.T) {
	yen := wardgraph.Yen
	tests := []struct {
		in   string
		want *int64
	}{
		{"22,268千円", yen(22_268_000)},
		{"65百万円", yen(65_000_000)},
		{"5千3百万円", yen(53_000_000)},
		{"6千2百万円", yen(62_000_000)},
		{"1億2,345万円", yen(123_450_000)},
		{"1億円", yen(100_000_000)},
		{"3億5千万円", yen(350_000_000)},
		{"5万円", yen(50_000)},
		{"1.5百万円", yen(1_500_000)},
		{"1,234円", yen(1_234)},
		{"千円", nil}, // no digit: not an amount
		{"-", nil},
		{"", nil},
		{"円", nil},
		{"99999999999999999999百万円", nil}, // too large: no amount rather than a wrong one
	}
	for _, tt := range tests {
		if got := parseAmount(textnorm.Normalize(tt.in)); !sameAmount(got, tt.want) {
			t.Errorf("parseAmount(%q) = %v, want %v", tt.in, deref(got), deref(tt.want))
		}
	}
}

func TestLineBudget(t *testing.T) {
	yen := wardgraph.Yen
	tests := []struct {
		in   string
		kind wardgraph.BudgetKind
		fy   int
		want *int64
		ok   bool
	}{
		{"令和4年度決算額 6千2百万円", wardgraph.BudgetKindSettled, 2022, yen(62_000_000), true},
		{"令和5年度予算額 5千3百万円", wardgraph.BudgetKindBudget, 2023, yen(53_000_000), true},
		{"6年度予算額 1億2,345万円", wardgraph.BudgetKindBudget, 2024, yen(123_450_000), true},
		{"予算額 263千円", wardgraph.BudgetKindBudget, 2024, yen(263_000), true},
		{"予算額 -", wardgraph.BudgetKindBudget, 2024, nil, true},
		{"予算額を確保する", "", 0, nil, false},
	}
	for _, tt := range tests {
		b, ok := lineBudget(tt.in, 2024, 3)
		if ok != tt.ok || ok && (b.Kind != tt.kind || b.FiscalYear != tt.fy || !sameAmount(b.AmountYen, tt.want) || b.Line != 3 || b.Raw != tt.in) {
			t.Errorf("lineBudget(%q) = %+v (%v) %v, want %s %d %v %v", tt.in, b, deref(b.AmountYen), ok, tt.kind, tt.fy, deref(tt.want), tt.ok)
		}
	}
}

// budgetPage is a made-up page with the budget forms of domain.md §3 and §5
// that the real samples do not all show.
const budgetPage = `令和4年度 西区運営方針
ページ番号:1
区の目標
まち
区の使命
・支える
令和4年度 区運営の基本的な考え方(区長の方針)
進める。
重点的に取り組む主な経営課題
経営課題1 見守り
・令和4年度予算額 5千3百万円
主な戦略【1-1 見守りの強化】
見守る。
【主な具体的取組1-1-1 見守り訪問】(4年度予算額)
訪問する。
(1億2,345万円)
【主な具体的取組1-1-2~3 相談と訪問】(4年度予算額 100千円)
主な戦略【1-2 地域の支援】
【主な具体的取組】(4年度予算額)
取組 予算額
・地域の清掃(1,000千円)
・地域の防犯(5千3百万円)
  防犯カメラを設置する。
・広報の充実 [予算額 263千円]
【主な具体的取組1-2-9 その他】
(4年度予算額)
2,000千円
地域に (9,999千円) を配る。
このページの作成者・問合せ先
西区役所 総務課
電話: 06-0000-0000
`

func TestBudgetForms(t *testing.T) {
	p, err := Parse("budget.txt", []byte(budgetPage))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, is := range p.Issues {
		for _, b := range is.Budgets {
			got["issue"] += budgetString(b)
		}
	}
	for _, ref := range p.Initiatives() {
		in := ref.Initiative
		got[in.Code] = in.Title + "|" + boolString(in.Numbered) + "|"
		for _, b := range in.Budgets {
			got[in.Code] += budgetString(b)
		}
	}
	want := map[string]string{
		"issue": "BUDGET 2022 53000000 @11;",
		"1-1-1": "見守り訪問|numbered|BUDGET 2022 123450000 @14;",
		"1-1-2": "相談と訪問|numbered|BUDGET 2022 100000 @17;",
		"1-2-1": "地域の清掃|ordinal|BUDGET 2022 1000000 @21;",
		"1-2-2": "地域の防犯|ordinal|BUDGET 2022 53000000 @22;",
		"1-2-3": "広報の充実|ordinal|BUDGET 2022 263000 @24;",
		"1-2-9": "その他|numbered|BUDGET 2022 2000000 @26;",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s = %q, want %q", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("initiatives and issue budgets %v, want exactly %v", got, want)
	}
	if d := findInitiative(t, p, "1-1-1").Description; d != "訪問する。" {
		t.Errorf("1-1-1 description %q: the amount line is the budget's, not text", d)
	}
	if d := findInitiative(t, p, "1-2-2").Description; d != "防犯カメラを設置する。" {
		t.Errorf("1-2-2 description %q", d)
	}
	warnings := strings.Join(FormatWarnings("budget.txt", p), "\n")
	for _, w := range []string{
		"budget.txt:17: warning: initiative heading 1-1-2~3 names a range of initiatives: kept as one, 1-1-2",
		`budget.txt:28: warning: budget expression not read as a budget line: "地域に (9,999千円) を配る。"`,
	} {
		if !strings.Contains(warnings, w) {
			t.Errorf("warnings lack %q:\n%s", w, warnings)
		}
	}
	if strings.Contains(warnings, "1-1-1~") || strings.Contains(warnings, "not understood") {
		t.Errorf("unexpected warnings:\n%s", warnings)
	}
	if p.Coverage == nil || p.Coverage.Lines != p.Coverage.Placed {
		t.Errorf("coverage %+v: every line of this page is placed", p.Coverage)
	}
}

func budgetString(b wardgraph.Budget) string {
	a := "none"
	if b.AmountYen != nil {
		a = itoa(*b.AmountYen)
	}
	return string(b.Kind) + " " + itoa(int64(b.FiscalYear)) + " " + a + " @" + itoa(int64(b.Line)) + ";"
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func boolString(numbered bool) string {
	if numbered {
		return "numbered"
	}
	return "ordinal"
}
