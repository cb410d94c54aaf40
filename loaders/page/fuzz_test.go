package page

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
)

// FuzzParse checks that Parse never panics and that a plan, when there is
// one, has a ward and a fiscal year and only lines inside the text. The seed
// corpus is every sample text, the layout test page and a few fragments;
// findings are kept in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	for _, name := range sampleFiles(f) {
		data, err := os.ReadFile(filepath.Join(sampleDir, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		layoutText,
		"平成29年度 西区運営方針\n経営課題1\n",
		"令和5年度西区運営方針\n【主な具体的取組(4年度予算額) (1円)】\n",
		"令和元年度 北区運営方針\n主な戦略\n・a\n1-1-1 b\n課題認識\nc",
		"西区役所\n平成31年度\n区の目標\n『「」』",
		"平成29年度 西区運営方針\n(29年度予算額 99999999999999999999百万円)",
		"平成29年度 西区運営方針\n経営課題1 a\n【主な具体的取組1-1-1 b】\n【主な具体的取組1-1-1 b】\n主な戦略1-1\n経営課題1 a",
		"令和2年度 西区運営方針\n課題認識\nx\n≪経営課題1≫\n<1-1 y>\nアウトカム指標\n(2年度予算額 1円)\nこのページの作成者・問合せ先\n電話:1",
		budgetPage,
		// HTML-derived lines (issue 10): list items with tabs, table rows, entities left over.
		"令和4年度 西区運営方針\n\t• 区の目標\t\n「x」\n|取組|予算額|\n経営課題1 a\n【主な具体的取組】\n\t・b\t(5千3百万円)\n&nbsp;\n・令和4年度予算額 1億2,345万円",
		"令和4年度 西区運営方針\n・【区の目標】\nスローガン「」\n”a”b”\n区の使命\n• 以下の\n1. x\n(主な戦略)\n1【y】\n【経営課題1 途中",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("fuzz.txt", data)
		if err != nil {
			if wardgraph.ErrorCode(err) != wardgraph.EINVALID || p != nil {
				t.Fatalf("error %v with plan %v: want EINVALID and no plan", err, p != nil)
			}
			return
		}
		if p.Ward.Code == "" || p.FiscalYear == 0 || p.ID == "" {
			t.Fatalf("plan without ward or year: %+v", p)
		}
		checkLines(t, p, bytes.Count(data, []byte{'\n'})+1)
		checkIDs(t, p)
		checkAccounted(t, p)
		again, err := Parse("fuzz.txt", data)
		if err != nil {
			t.Fatalf("second parse failed: %v", err)
		}
		first, _ := json.Marshal(p)
		second, _ := json.Marshal(again)
		if !bytes.Equal(first, second) {
			t.Fatalf("two parses of the same text differ")
		}
	})
}

// checkLines fails when any Line of the plan is outside 0..n.
func checkLines(t *testing.T, p *wardgraph.Plan, n int) {
	t.Helper()
	lines := []int{p.TitleLine, p.PolicyLine}
	add := func(links []wardgraph.Link) {
		for _, l := range links {
			lines = append(lines, l.Line)
		}
	}
	if p.Goal != nil {
		lines = append(lines, p.Goal.Line)
		add(p.Goal.Links)
	}
	for _, m := range p.Missions {
		lines = append(lines, m.Line)
		add(m.Links)
	}
	add(p.PolicyLinks)
	for _, w := range p.Warnings {
		lines = append(lines, w.Line)
	}
	for _, r := range p.Revisions {
		lines = append(lines, r.Line)
	}
	for _, r := range p.ReformItems {
		lines = append(lines, r.Line)
	}
	if p.Contact != nil {
		lines = append(lines, p.Contact.Line)
	}
	for _, is := range p.Issues {
		lines = append(lines, is.Line)
		add(is.Links)
		lines = append(lines, sectionLines(is.Sections, is.Budgets)...)
		for _, st := range is.Strategies {
			lines = append(lines, st.Line)
			add(st.Links)
			lines = append(lines, sectionLines(st.Sections, nil)...)
			for _, in := range st.Initiatives {
				lines = append(lines, in.Line)
				add(in.Links)
				lines = append(lines, sectionLines(in.Sections, in.Budgets)...)
			}
		}
	}
	for _, l := range lines {
		if l < 0 || l > n {
			t.Fatalf("line %d outside the text's %d lines", l, n)
		}
	}
}

func sectionLines(secs []wardgraph.Section, budgets []wardgraph.Budget) []int {
	var out []int
	for _, s := range secs {
		out = append(out, s.Line)
	}
	for _, b := range budgets {
		out = append(out, b.Line)
	}
	return out
}

// checkIDs fails when two parts of the plan share an id.
func checkIDs(t *testing.T, p *wardgraph.Plan) {
	t.Helper()
	seen := map[string]bool{}
	add := func(id string) {
		if id == "" || seen[id] {
			t.Fatalf("id %q empty or repeated", id)
		}
		seen[id] = true
	}
	add(p.ID)
	for _, m := range p.Missions {
		add(m.ID)
	}
	for _, r := range p.ReformItems {
		add(r.ID)
	}
	for _, is := range p.Issues {
		add(is.ID)
		for _, st := range is.Strategies {
			add(st.ID)
			for _, in := range st.Initiatives {
				add(in.ID)
				for _, b := range in.Budgets {
					add(b.ID)
				}
			}
		}
	}
}

// layoutLines are the lines FuzzParseLayout builds pages from: one of each
// heading layout and some content, so that the fuzzer explores orders of
// headings that no real page has.
var layoutLines = []string{
	"平成29年度 西区運営方針", "令和元年度 北区運営方針(素案)", "2018年6月7日", "ページ番号:397102", "",
	"運営方針の進捗管理を実施しました。(平成29年9月29日)", "【区の目標(何をめざすのか】", "目標", "<区の使命>",
	"平成29年度 区運営の基本的な考え方(区長の方針)", "重点的に取り組む主な経営課題", "経営課題1 地域",
	"≪経営課題2≫", "経営課題1【安全】(7年度予算額65百万円)", "主な戦略【1-1 支援】", "【戦略2-1】 見守り",
	"主な戦略", "主な戦略(課題解決の方策)", "<1-2 防災>", "1-1 つながり", "【主な具体的取組1-1-1 a】(29年度予算額 22,268千円)",
	"【具体的取組2-1-1】 b [算定見込額 263千円]", "【主な具体的取組(4年度予算額) c(77,800千円)】", "(29年度区CM予算額 13,738千円)",
	"課題認識", "アウトカム指標", "【不明な見出し】", "・民生委員・児童委員と連携する。", "  • 地域社協を支援する", "- 子育て家庭",
	"《まちの力》", "1. 番号付き", "地域活動協議会の活動を支援する。", "「市政改革プラン2.0」に基づく取組等",
	"主な取組項目 未収金対策の強化", "このページの作成者・問合せ先", "西区役所 総務課", "電話: 06-6532-9978 ファックス: 06-6538-7316",
	"住所: 大阪市西区", "ページの先頭です", "平成29年度 西区運営方針(平成30年6月7日更新)",
	"【主な具体的取組】", "取組 予算額", "・令和4年度予算額 5千3百万円", "(4年度予算額)", "1,976千円",
	"【主な具体的取組1-1-1~2 d】", "スローガン「クリーン」", "重点的に取り組む主な経営課題(様式2)", "・【区の目標】",
	"(主な戦略)", "①【防災・減災対策】", "【経営課題1 途中", "• 以下の7つの柱", "     ・区民意見の反映", "経営課題の概要",
	"\t• 地域活動\t", "|取組|予算額|", "防災訓練の様子", "“にぎわい”と“ふれあい”",
}

// FuzzParseLayout builds a page from layoutLines, one line per input byte,
// and checks the invariants of FuzzParse.
func FuzzParseLayout(f *testing.F) {
	f.Add([]byte{0, 2, 3, 6, 7, 8, 9, 10, 11, 14, 20, 23, 27, 33, 34, 35, 36, 37, 38})
	f.Add([]byte{1, 12, 17, 18, 21, 24, 19, 22, 25, 26, 13, 16, 28, 29, 30, 31, 32})
	f.Fuzz(func(t *testing.T, picks []byte) {
		var sb strings.Builder
		for _, b := range picks {
			sb.WriteString(layoutLines[int(b)%len(layoutLines)])
			sb.WriteByte('\n')
		}
		data := []byte(sb.String())
		p, err := Parse("layout.txt", data)
		if err != nil {
			if wardgraph.ErrorCode(err) != wardgraph.EINVALID {
				t.Fatalf("error %v: want EINVALID", err)
			}
			return
		}
		checkLines(t, p, bytes.Count(data, []byte{'\n'})+1)
		checkIDs(t, p)
		checkAccounted(t, p)
	})
}

// checkAccounted fails when a plan's coverage is missing or impossible, when
// more lines were left unplaced than warnings name, or when an amount is
// negative: nothing is dropped without a word.
func checkAccounted(t *testing.T, p *wardgraph.Plan) {
	t.Helper()
	c := p.Coverage
	if c == nil || c.Placed < 0 || c.Placed > c.Lines {
		t.Fatalf("coverage %+v", c)
	}
	warned := map[int]bool{}
	for _, w := range p.Warnings {
		if w.Line > 0 {
			warned[w.Line] = true
		}
	}
	if c.Lines-c.Placed > len(warned) {
		t.Fatalf("%d lines not placed but only %d lines warned about: %+v", c.Lines-c.Placed, len(warned), p.Warnings)
	}
	for _, ref := range p.Initiatives() {
		for _, b := range ref.Initiative.Budgets {
			if b.AmountYen != nil && *b.AmountYen < 0 {
				t.Fatalf("negative amount %+v", b)
			}
		}
	}
}

// FuzzAmount checks that reading an amount never panics, never gives a
// negative amount and reads the same amount twice.
func FuzzAmount(f *testing.F) {
	for _, s := range []string{"22,268千円", "5千3百万円", "1億2,345万円", "65百万円", "1.5百万円", "千円", "1億億万円", "9.9e9億円", "0.0000001円", "1,,,2千円"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, b := parseAmount(s), parseAmount(s)
		if !sameAmount(a, b) {
			t.Fatalf("two reads of %q differ", s)
		}
		if a != nil && *a < 0 {
			t.Fatalf("negative amount %d from %q", *a, s)
		}
	})
}
