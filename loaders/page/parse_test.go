package page

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
)

// parseSample parses one bundled sample text.
func parseSample(t *testing.T, name string) *wardgraph.Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(sampleDir, name))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(name, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return p
}

// findInitiative returns the initiative with the given code.
func findInitiative(t *testing.T, p *wardgraph.Plan, code string) *wardgraph.Initiative {
	t.Helper()
	for _, r := range p.Initiatives() {
		if r.Initiative.Code == code {
			return r.Initiative
		}
	}
	t.Fatalf("no initiative %s", code)
	return nil
}

// linkNames returns the names of the links of one kind.
func linkNames(links []wardgraph.Link, kind wardgraph.LinkKind) []string {
	var out []string
	for _, l := range links {
		if l.Kind == kind {
			out = append(out, l.Name)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestNishiHeader(t *testing.T) {
	p := parseSample(t, "nishi_2017.txt")
	checks := []struct{ name, got, want string }{
		{"id", p.ID, "osaka/nishi/2017"},
		{"ward name", p.Ward.Name, "西区"},
		{"ward code", p.Ward.Code, "27106"},
		{"ward romaji", p.Ward.NameRomaji, "Nishi"},
		{"city", p.Ward.CityCode, "27100"},
		{"label", p.FiscalYearLabel, "平成29年度"},
		{"title", p.Title, "平成29年度 西区運営方針"},
		{"page", p.Source.PageNumber, "397102"},
		{"updated", p.Source.UpdatedOn, "2018-06-07"},
		{"url", p.Source.URL, "https://www.city.osaka.lg.jp/nishi/page/0000397102.html"},
		{"credit", p.Source.Credit, "出典: 大阪市ホームページ"},
		{"file", p.Source.File, "nishi_2017.txt"},
		{"slogan", p.Goal.Slogan, "きらきら、ぽかぽか。西区"},
		{"goal", p.Goal.Text, "ひとが輝き、ぬくもりとうるおいに満ちたまち「きらきら、ぽかぽか。西区」の実現"},
		{"revision date", p.Revisions[0].Date, "2017-09-29"},
		{"department", p.Contact.Department, "総務課 事業調整グループ"},
		{"phone", p.Contact.Phone, "06-6532-9978"},
		{"fax", p.Contact.Fax, "06-6538-7316"},
		{"address", p.Contact.Address, "〒550-8501 大阪市西区新町4丁目5番14号(西区役所5階)"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if p.FiscalYear != 2017 || p.Draft || p.TitleLine != 4 {
		t.Errorf("fiscal year %d draft %v title line %d, want 2017 false 4", p.FiscalYear, p.Draft, p.TitleLine)
	}
	if len(p.Revisions) != 2 || p.Revisions[1].Date != "" {
		t.Errorf("revisions = %+v, want 2, the second without a date", p.Revisions)
	}
	if len(p.Warnings) != 0 {
		t.Errorf("warnings = %v, want none for the complete page", p.Warnings)
	}
}

func TestNishiBody(t *testing.T) {
	p := parseSample(t, "nishi_2017.txt")
	if len(p.Missions) != 3 || p.Missions[2].Line != 22 {
		t.Errorf("missions = %+v, want 3, the last on line 22", p.Missions)
	}
	if p.PolicyLine != 26 || strings.Count(p.Policy, "\n") != 1 || !strings.HasPrefix(p.Policy, "区のブランド力") {
		t.Errorf("policy line %d = %q, want two paragraphs from line 26", p.PolicyLine, p.Policy)
	}
	var strategies, initiatives []string
	for _, is := range p.Issues {
		if is.Description == "" {
			t.Errorf("issue %d has no description", is.Number)
		}
		for _, st := range is.Strategies {
			strategies = append(strategies, st.Code)
			if !st.Numbered {
				t.Errorf("strategy %s not numbered", st.Code)
			}
			for _, in := range st.Initiatives {
				initiatives = append(initiatives, in.Code)
			}
		}
	}
	if got, want := strings.Join(strategies, " "), "1-1 2-1 2-4 3-2 3-3 4-2"; got != want {
		t.Errorf("strategies %s, want %s", got, want)
	}
	if got, want := strings.Join(initiatives, " "), "1-1-1 2-1-2 2-4-2 3-2-1 3-3-1 4-2-2"; got != want {
		t.Errorf("initiatives %s, want %s", got, want)
	}
	if len(p.ReformItems) != 2 || p.ReformItems[0].Title != "未収金対策の強化" || p.ReformItems[1].Program != "市政改革プラン2.0" ||
		p.ReformItems[0].Description == "" {
		t.Errorf("reform items = %+v", p.ReformItems)
	}
}

func TestNishiBudgets(t *testing.T) {
	p := parseSample(t, "nishi_2017.txt")
	if got := p.BudgetTotalYen(wardgraph.BudgetKindBudget); got != 58_693_000 {
		t.Errorf("BUDGET total = %d, want 58693000", got)
	}
	in := findInitiative(t, p, "2-4-2")
	if len(in.Budgets) != 2 {
		t.Fatalf("2-4-2 budgets = %+v, want 2", in.Budgets)
	}
	for i, want := range []struct {
		kind wardgraph.BudgetKind
		yen  int64
		raw  string
	}{{wardgraph.BudgetKindBudget, 13_667_000, "29年度予算額 13,667千円"}, {wardgraph.BudgetKindWardCM, 13_738_000, "29年度区CM予算額 13,738千円"}} {
		b := in.Budgets[i]
		if b.Kind != want.kind || b.AmountYen == nil || *b.AmountYen != want.yen || b.Raw != want.raw || b.FiscalYear != 2017 || b.Line != 58 {
			t.Errorf("2-4-2 budget %d = %+v, want %v %d %q FY2017 line 58", i, b, want.kind, want.yen, want.raw)
		}
	}
	empty := findInitiative(t, p, "4-2-2").Budgets
	if len(empty) != 1 || empty[0].Kind != wardgraph.BudgetKindBudget || empty[0].AmountYen != nil || empty[0].Raw != "29年度予算額 -" {
		t.Errorf("4-2-2 budgets = %+v, want one BUDGET line without amount", empty)
	}
}

func TestNishiLinks(t *testing.T) {
	p := parseSample(t, "nishi_2017.txt")
	tests := []struct {
		code     string
		partners []string
		topics   []string
	}{
		{"1-1-1", []string{"中間支援組織", "地域活動協議会"}, []string{"地域コミュニティ"}},
		{"2-4-2", []string{"民生委員・児童委員", "地域社会福祉協議会", "見守りコーディネーター", "福祉専門職"}, []string{"高齢者福祉・見守り"}},
		{"3-2-1", []string{"活動団体", "地域関係団体", "関係機関"}, []string{"にぎわい・地域資源"}},
		{"2-1-2", []string{"事業者"}, []string{"子育て・保育"}},
		{"4-2-2", nil, []string{"コンプライアンス"}},
	}
	for _, tt := range tests {
		in := findInitiative(t, p, tt.code)
		partners, topics := linkNames(in.Links, wardgraph.LinkPartner), linkNames(in.Links, wardgraph.LinkTopic)
		for _, w := range tt.partners {
			if !contains(partners, w) {
				t.Errorf("%s partners %v lack %s", tt.code, partners, w)
			}
		}
		for _, w := range tt.topics {
			if !contains(topics, w) {
				t.Errorf("%s topics %v lack %s", tt.code, topics, w)
			}
		}
	}
	if partners := linkNames(findInitiative(t, p, "2-1-2").Links, wardgraph.LinkPartner); contains(partners, "保育所") {
		t.Errorf("2-1-2 partners %v: 保育所 is the service there (保育所・保護者による保育が困難), not a partner", partners)
	}
	for _, l := range findInitiative(t, p, "2-4-2").Links {
		if l.Name == "民生委員・児童委員" && (l.Line != 59 || !strings.HasPrefix(l.Evidence, "また、各地域における民生委員・児童委員") || l.Category != "welfare") {
			t.Errorf("民生委員・児童委員 link = %+v, want line 59 with its sentence", l)
		}
	}
	if names := linkNames(p.PolicyLinks, wardgraph.LinkPartner); !contains(names, "地域活動協議会") {
		t.Errorf("policy partners = %v, want 地域活動協議会", names)
	}
}

// TestExcerpts checks the identity and goal of every other sample text.
func TestExcerpts(t *testing.T) {
	tests := []struct {
		file, ward, code string
		year             int
		draft            bool
		goalPrefix       string
	}{
		{"kita_2022.txt", "北区", "27127", 2022, false, "「人が集い、ともに支えあい"},
		{"chuo_2017_draft.txt", "中央区", "27128", 2017, true, "中央区というブランドを更に高める。"},
		{"taisho_2017.txt", "大正区", "27108", 2017, false, "『みんなで決めて、みんなで動き"},
		{"taisho_2023.txt", "大正区", "27108", 2023, false, "人や文化が多様性に富み"},
		{"tennoji_2023.txt", "天王寺区", "27109", 2023, false, "みんなの「思い」が区政に反映されているまち"},
		{"naniwa_2014_draft.txt", "浪速区", "27111", 2014, true, "「賑わいと活力に満ち溢れるまちの創造」"},
		{"abeno_2025_draft.txt", "阿倍野区", "27119", 2025, true, "誰もが住みたい、住み続けたいまち「あべの」の実現"},
		{"sumiyoshi_2013.txt", "住吉区", "27120", 2013, false, "住吉 自立した区民・地域の「和」で創るまち"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := parseSample(t, tt.file)
			if p.Ward.Name != tt.ward || p.Ward.Code != tt.code || p.FiscalYear != tt.year || p.Draft != tt.draft {
				t.Errorf("got %s %s %d draft=%v, want %s %s %d draft=%v",
					p.Ward.Name, p.Ward.Code, p.FiscalYear, p.Draft, tt.ward, tt.code, tt.year, tt.draft)
			}
			if p.Goal == nil || !strings.HasPrefix(p.Goal.Text, tt.goalPrefix) {
				t.Errorf("goal = %+v, want it to start with %q", p.Goal, tt.goalPrefix)
			}
			if len(p.Missions) == 0 || p.Policy == "" {
				t.Errorf("missions %d, policy %q: want both", len(p.Missions), p.Policy)
			}
			if !hasWarning(p, "the page seems cut short") {
				t.Errorf("warnings %v: want the cut-short warning", p.Warnings)
			}
		})
	}
}

func hasWarning(p *wardgraph.Plan, part string) bool {
	for _, w := range p.Warnings {
		if strings.Contains(w.Message, part) {
			return true
		}
	}
	return false
}
