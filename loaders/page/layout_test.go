package page

import (
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
)

// layoutText is a made-up page in layouts the samples do not show: ≪≫ and
// 【】 issue headings with the title on the next line or in brackets,
// 主な戦略 with the code on the next line, coded and uncoded strategy lists,
// sections, budgets on the issue and on their own line, no blank lines.
const layoutText = `令和元年度 東住吉区運営方針(素案)
2019年2月1日
ページ番号:123
<目標>
みんなで創る「ひがしすみよし未来」
<使命>
・安全の提供
  続きの行
・地域活動の支援
【令和元年度 区運営の基本的な考え方(区・局長の方針)】
地域活動協議会と連携する。
重点的に取り組む主な経営課題
≪経営課題1≫
地域福祉の充実
(元年度予算額 1,000千円)
経営課題の概要
民生委員が不足している。
主な戦略
【1-1 見守りの強化】
地域社協と見守りを進める。
【具体的取組1-1-1】 見守り訪問 [算定見込額 263千円]
(31算定見込額 11,050千円)
アウトカム指標
訪問件数 100件
経営課題2【にぎわいづくり】
主な戦略(課題解決の方策)
・公園の活用
・水辺のにぎわい
【主な具体的取組 イベントの支援】(元年度予算額 5万円)
商店会と協働する。
関連するSDGs
11 住み続けられるまちづくりを
「市政改革プラン2.0」に基づく取組等
主な取組項目 未収金対策の強化
保険料の収納率を上げる。
このページの作成者・問合せ先
東住吉区役所 総務課(企画調整)
電話:06-1234-5678
ファックス:06-1234-5679
住所:〒546-8501 大阪市東住吉区東田辺1丁目13番4号
`

func TestLayoutVariants(t *testing.T) {
	p, err := Parse("layout.txt", []byte(layoutText))
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	check("id", p.ID, "osaka/higashisumiyoshi/2019-draft")
	check("label", p.FiscalYearLabel, "令和元年度")
	check("slogan", p.Goal.Slogan, "ひがしすみよし未来")
	check("missions", len(p.Missions), 2)
	check("mission continued", p.Missions[0].Text, "安全の提供\n続きの行")
	check("policy", p.Policy, "地域活動協議会と連携する。")
	is1, is2 := p.Issues[0], p.Issues[1]
	check("issue 1 title from next line", is1.Title, "地域福祉の充実")
	check("issue 1 budget year", is1.Budgets[0].FiscalYear, 2019)
	check("issue 1 section", is1.Sections[0].Title+"/"+is1.Sections[0].Text, "経営課題の概要/民生委員が不足している。")
	check("strategy 1-1", is1.Strategies[0].Code+" "+is1.Strategies[0].Title, "1-1 見守りの強化")
	in := is1.Strategies[0].Initiatives[0]
	check("initiative code", in.Code, "1-1-1")
	check("estimate lines", len(in.Budgets), 2)
	check("estimate 31 in 令和元年度", in.Budgets[1].FiscalYear, 2019)
	check("estimate kind", in.Budgets[1].Kind, wardgraph.BudgetKindEstimate)
	check("initiative section", in.Sections[0].Title+"/"+in.Sections[0].Text, "アウトカム指標/訪問件数 100件")
	check("issue 2 title in brackets", is2.Title, "にぎわいづくり")
	check("uncoded strategies", len(is2.Strategies), 2)
	st := is2.Strategies[1]
	check("uncoded strategy", st.Code+" "+st.Title+" "+strings.Repeat("numbered", b2i(st.Numbered)), "2-2 水辺のにぎわい ")
	check("uncoded initiative", st.Initiatives[0].Code, "2-2-1")
	check("initiative budget in 万円", *st.Initiatives[0].Budgets[0].AmountYen, int64(50_000))
	check("SDGs section", st.Initiatives[0].Sections[0].Title, "関連するSDGs")
	check("reform", p.ReformItems[0].Program+"/"+p.ReformItems[0].Title, "市政改革プラン2.0/未収金対策の強化")
	check("department", p.Contact.Department, "総務課(企画調整)")
	check("phone", p.Contact.Phone, "06-1234-5678")
	check("warnings", len(p.Warnings), 0)
	check("partner on issue section", linkNames(is1.Links, wardgraph.LinkPartner)[0], "民生委員・児童委員")
	check("partner on strategy", linkNames(is1.Strategies[0].Links, wardgraph.LinkPartner)[0], "地域社会福祉協議会")
	check("partner on policy", linkNames(p.PolicyLinks, wardgraph.LinkPartner)[0], "地域活動協議会")
	if t.Failed() {
		t.Logf("warnings: %v", p.Warnings)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestTitleLikeLines checks that a line repeating the title ends the
// content (the PDF links at the foot of the page), while another line that
// merely names a plan stays text of its part.
func TestTitleLikeLines(t *testing.T) {
	text := "令和5年度 西区運営方針\n区の目標\nよいまち。\n経営課題1 見守り\n主な戦略【1-1 見守り】\n平成29年度 西区運営方針を引き継ぐ\n令和5年度 西区運営方針(令和6年6月10日更新)\nPDF版はこちら"
	p, err := Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Issues[0].Strategies[0].Description; got != "平成29年度 西区運営方針を引き継ぐ" {
		t.Errorf("strategy description = %q", got)
	}
}
