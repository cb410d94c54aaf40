package page

import (
	"reflect"
	"testing"

	"github.com/wardgraph/wardgraph/textnorm"
)

// TestClassify has one row per heading layout of domain.md §3 (typos
// included) and per kind of content line.
func TestClassify(t *testing.T) {
	tests := []struct {
		in      string
		inIssue bool
		kind    lineKind
		numbers []int
		title   string
	}{
		// header and chrome
		{"ページの先頭です", false, kChrome, nil, ""},
		{"  • Facebookでシェア", false, kChrome, nil, ""},
		{"平成29年度 西区運営方針", false, kTitle, nil, "平成29年度 西区運営方針"},
		{"令和7年度阿倍野区運営方針(案)", false, kTitle, nil, "令和7年度阿倍野区運営方針(案)"},
		{"2018年6月7日", false, kDate, nil, ""},
		{"ページ番号:397102", false, kPageNumber, nil, "397102"},
		// goal and mission headings
		{"区の目標(何をめざすのか)", false, kGoal, nil, "区の目標(何をめざすのか)"},
		{"【区の目標(何をめざすのか)】", false, kGoal, nil, "区の目標(何をめざすのか)"},
		{"【区の目標(何をめざすのか】", false, kGoal, nil, "区の目標(何をめざすのか"},
		{"<区の目標(何をめざすのか)>", false, kGoal, nil, "区の目標(何をめざすのか)"},
		{"目標(何をめざすのか)", false, kGoal, nil, "目標(何をめざすのか)"},
		{"【区の目標】", false, kGoal, nil, "区の目標"},
		{"区の使命(どのような役割を担うのか)", false, kMission, nil, "区の使命(どのような役割を担うのか)"},
		{"使命(どのような役割を担うのか)", false, kMission, nil, "使命(どのような役割を担うのか)"},
		{"≪区の使命≫", false, kMission, nil, "区の使命"},
		// policy headings
		{"平成29年度 区運営の基本的な考え方(区長の方針)", false, kPolicy, nil, "区運営の基本的な考え方(区長の方針)"},
		{"【令和4年度 区運営の基本的な考え方(区長の方針)】", false, kPolicy, nil, "区運営の基本的な考え方(区長の方針)"},
		{"<令和5年度 区運営の基本的な考え方(区長の方針)>", false, kPolicy, nil, "区運営の基本的な考え方(区長の方針)"},
		{"令和7年度 所属運営の基本的な考え方(区長の方針)", false, kPolicy, nil, "所属運営の基本的な考え方(区長の方針)"},
		{"【平成26年度 区運営の基本的な考え方(区の方針)】", false, kPolicy, nil, "区運営の基本的な考え方(区の方針)"},
		{"平成27年度 区運営の基本的な考え方(区・局長の方針)", false, kPolicy, nil, "区運営の基本的な考え方(区・局長の方針)"},
		{"【平成25年度 区運営の基本的な考え方(何に重点的に取り組むのか:選択と集中の方針を示す)】", false, kPolicy, nil,
			"区運営の基本的な考え方(何に重点的に取り組むのか:選択と集中の方針を示す)"},
		{"平成28年度 区の運営方針の基本的な考え方", false, kPolicy, nil, "区の運営方針の基本的な考え方"},
		{"区政運営の基本方針", false, kPolicy, nil, "区政運営の基本方針"},
		{"「目標」「使命」及び「所属運営の基本的な考え方」", false, kText, nil, "「目標」「使命」及び「所属運営の基本的な考え方」"},
		// issues
		{"重点的に取り組む主な経営課題", false, kIssues, nil, "重点的に取り組む主な経営課題"},
		{"1 重点的に取り組む主な経営課題", false, kIssues, nil, "重点的に取り組む主な経営課題"},
		{"経営課題1 地域コミュニティのさらなる活性化", false, kIssue, []int{1}, "地域コミュニティのさらなる活性化"},
		{"【経営課題1】 地域コミュニティ", false, kIssue, []int{1}, "地域コミュニティ"},
		{"【経営課題 1】", false, kIssue, []int{1}, ""},
		{"経営課題 1 市民と連携した快適なまちづくりの推進", false, kIssue, []int{1}, "市民と連携した快適なまちづくりの推進"},
		{"【経営課題1 人がつながるまち】(7年度予算額65百万円)", false, kIssue, []int{1}, "人がつながるまち"},
		{"≪経営課題2≫", false, kIssue, []int{2}, ""},
		{"経営課題3【安全・安心なまち】", false, kIssue, []int{3}, "安全・安心なまち"},
		{"経営課題1-(1) 地域福祉の推進", false, kIssue, []int{1}, "地域福祉の推進"},
		{"経営課題1:こどもの育ち", false, kIssue, []int{1}, "こどもの育ち"},
		// strategies
		{"主な戦略【1-1 地域活動協議会の活動支援】", true, kStrategy, []int{1, 1}, "地域活動協議会の活動支援"},
		{"【戦略1-2】 区政運営への住民参画", true, kStrategy, []int{1, 2}, "区政運営への住民参画"},
		{"主な戦略1-1 防災力の向上", true, kStrategy, []int{1, 1}, "防災力の向上"},
		{"<1-1 安全・安心なまちづくり>", true, kStrategy, []int{1, 1}, "安全・安心なまちづくり"},
		{"【1-1 見守りの充実】", false, kStrategy, []int{1, 1}, "見守りの充実"},
		{"1-1 つながりのあるまちづくりの推進", true, kStrategy, []int{1, 1}, "つながりのあるまちづくりの推進"},
		{"1-1 つながりのあるまちづくりの推進", false, kText, nil, "1-1 つながりのあるまちづくりの推進"},
		{"【主な戦略 地域活動協議会による自律的な地域運営の向上】", true, kStrategy, nil, "地域活動協議会による自律的な地域運営の向上"},
		{"主な戦略", true, kStrategyList, nil, ""},
		{"【主な戦略】", true, kStrategyList, nil, ""},
		{"主な戦略(課題解決の方策)", true, kStrategyList, nil, ""},
		{"戦略的な情報発信を進める", true, kText, nil, "戦略的な情報発信を進める"},
		// initiatives
		{"【主な具体的取組1-1-1 地域活動協議会の活動支援】(29年度予算額 22,268千円)", true, kInitiative, []int{1, 1, 1}, "地域活動協議会の活動支援"},
		{"【具体的取組1-2-2】 予算策定への住民参画 [予算額 263千円]", true, kInitiative, []int{1, 2, 2}, "予算策定への住民参画"},
		{"【主な具体的取組(4年度予算額) 地域活動の支援(77,800千円)】", true, kInitiative, nil, "地域活動の支援"},
		{"【1-1-1 こども食堂の支援】", true, kInitiative, []int{1, 1, 1}, "こども食堂の支援"},
		// sections
		{"課題認識", true, kSection, nil, "課題認識"},
		{"【アウトカム指標】", true, kSection, nil, "アウトカム指標"},
		{"アウトカム指標の達成状況(定量評価)", true, kSection, nil, "アウトカム指標の達成状況(定量評価)"},
		{"<関連するSDGs>", true, kSection, nil, "関連するSDGs"},
		{"経営課題の概要", true, kSection, nil, "経営課題の概要"},
		// reform items and contact
		{"「市政改革プラン2.0」に基づく取組等", false, kReformProgram, nil, "市政改革プラン2.0"},
		{"主な取組項目 未収金対策の強化", false, kReformItem, nil, "未収金対策の強化"},
		{"このページの作成者・問合せ先", false, kContact, nil, ""},
		// content lines and bullets
		{"【その他の取組】", false, kUnknownHeading, nil, "その他の取組"},
		{"・区民の安全", false, kText, nil, "区民の安全"},
		{"  • 区民の安全", false, kText, nil, "区民の安全"},
		{"- 区民の安全", false, kText, nil, "区民の安全"},
		{"○区民の安全", false, kText, nil, "区民の安全"},
		{"《まちを元気にする力》", false, kText, nil, "まちを元気にする力"},
		{"1. 区内人口", false, kText, nil, "1. 区内人口"},
		{"(1) 区内人口", false, kText, nil, "(1) 区内人口"},
		{"※ 予定", false, kText, nil, "※ 予定"},
		{"⇒ 成果", false, kText, nil, "成果"},
		{"\u3000区のブランド力を向上させる。", false, kText, nil, "区のブランド力を向上させる。"},
	}
	for _, tt := range tests {
		c := classify(srcLine{n: 1, text: textnorm.Normalize(tt.in)}, tt.inIssue)
		if c.kind != tt.kind || !reflect.DeepEqual(c.numbers, tt.numbers) || c.title != tt.title {
			t.Errorf("classify(%q, inIssue=%v) = kind %d %v %q, want kind %d %v %q",
				tt.in, tt.inIssue, c.kind, c.numbers, c.title, tt.kind, tt.numbers, tt.title)
		}
	}
}

func TestBulletFlag(t *testing.T) {
	for in, want := range map[string]bool{"・a": true, "• a": true, "- a": true, "《a》": true, "1. a": true, "(2) a": true, "※a": true, "a・b": false, "2018年": false} {
		if _, got := stripBullet(in); got != want {
			t.Errorf("stripBullet(%q) bullet = %v, want %v", in, got, want)
		}
	}
}
