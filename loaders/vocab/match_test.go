package vocab

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/textnorm"
)

// names returns the names of the links of kind found in one line.
func names(g *Gazetteer, s string) []string {
	var out []string
	for _, l := range g.Links([]Line{{N: 1, Text: textnorm.Normalize(s)}}) {
		out = append(out, l.Name)
	}
	return out
}

func TestPartnerScan(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"longest match wins", "民生委員・児童委員と連携する", []string{"民生委員・児童委員"}},
		{"short variant maps to the role", "民生委員と連携する", []string{"民生委員・児童委員"}},
		{"主任児童委員 is distinct", "主任児童委員と民生委員", []string{"主任児童委員", "民生委員・児童委員"}},
		{"地域社協 variant", "地域社協等との連携", []string{"地域社会福祉協議会"}},
		{"地域社会福祉協議会 full name", "地域社会福祉協議会と区社会福祉協議会", []string{"地域社会福祉協議会", "区社会福祉協議会"}},
		{"区社協 is the ward council", "区社協が支援する", []string{"区社会福祉協議会"}},
		{"inside a longer word", "各地域活動協議会間で共有", []string{"地域活動協議会"}},
		{"地域活動 alone is no partner", "地域活動への参加", nil},
		{"地域関係団体 not 地域団体", "地域関係団体等", []string{"地域関係団体"}},
		{"民間事業者 not 事業者", "民間事業者と事業者", []string{"民間事業者", "事業者"}},
		{"school variants", "小学校と中学校", []string{"学校"}},
		{"full-width NPO", "ＮＰＯ法人", []string{"NPO"}},
		{"学校周辺 is a place", "学校周辺の見守りを行う", nil},
		{"小学校区 is a district", "各小学校区で実施する", nil},
		{"学校の近く is a place", "学校の近くに設置する", nil},
		{"学校生活 is school life", "健全な学校生活を送る", nil},
		{"学校 still a partner", "学校と連携する", []string{"学校"}},
		{"商店街 kept apart from 商店会", "商店街と商店会", []string{"商店街", "商店会"}},
		{"まちづくり団体", "区民・まちづくり団体・企業", []string{"まちづくり団体", "企業"}},
		{"関係団体", "関係団体と協力する", []string{"関係団体"}},
		{"区政会議", "平野区区政会議のご意見", []string{"区政会議"}},
		{"まちづくりコーディネーター", "まちづくりコーディネーターを配置", []string{"まちづくりコーディネーター"}},
		{"保育所 as the service", "保育所・保護者による保育が困難な場合", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names(Partners(), tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("partners of %q = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestPartnerKinds(t *testing.T) {
	for _, tt := range []struct{ in, kind string }{
		{"まちづくり団体", "community"}, {"関係団体", "community"}, {"区政会議", "community"},
		{"まちづくりコーディネーター", "community"}, {"商店街", "community"}, {"民生委員", "welfare"},
	} {
		ls := Partners().Links([]Line{{N: 1, Text: tt.in}})
		if len(ls) != 1 || ls[0].Category != tt.kind {
			t.Errorf("%s: links %+v, want one of kind %s", tt.in, ls, tt.kind)
		}
	}
}

// TestLinkEvidence checks one link per name, with the first sentence and
// line naming it.
func TestLinkEvidence(t *testing.T) {
	lines := []Line{
		{N: 3, Text: "地域の見守りを進める。また、民生委員と連携する。"},
		{N: 4, Text: "民生委員・児童委員の研修を行う。地域社協を支援する。"},
	}
	got := Partners().Links(lines)
	want := []wardgraph.Link{
		{Kind: wardgraph.LinkPartner, Name: "民生委員・児童委員", Category: "welfare", Evidence: "また、民生委員と連携する。", Line: 3},
		{Kind: wardgraph.LinkPartner, Name: "地域社会福祉協議会", Category: "welfare", Evidence: "地域社協を支援する。", Line: 4},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links = %+v\nwant %+v", got, want)
	}
}

func TestTopicsAndTargets(t *testing.T) {
	tests := []struct {
		name, in        string
		topics, targets []string
	}{
		{"児童 inside 民生委員・児童委員 does not count", "民生委員・児童委員と認知症高齢者の見守りを行い、子育て家庭を支える。",
			[]string{"高齢者福祉・見守り", "子育て・保育"}, []string{"認知症高齢者", "子育て家庭"}},
		{"子どもから高齢者まで is everyone", "子どもから高齢者まで誰もが安心して暮らせるまち", nil, []string{"区民"}},
		{"通学路の見守り is road safety", "通学路の見守り活動を支援する", []string{"防犯・交通安全"}, nil},
		{"見守り alone is the elderly topic", "高齢者の見守り活動を支援する", []string{"高齢者福祉・見守り"}, []string{"高齢者"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names(Topics(), tt.in); !reflect.DeepEqual(got, tt.topics) {
				t.Errorf("topics = %v, want %v", got, tt.topics)
			}
			if got := names(TargetGroups(), tt.in); !reflect.DeepEqual(got, tt.targets) {
				t.Errorf("targets = %v, want %v", got, tt.targets)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	got := Sentences("一つ目。 二つ目。三つ目")
	if want := []string{"一つ目。", "二つ目。", "三つ目"}; !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}

// TestDataLoads keeps the embedded files well-formed: every gazetteer has
// terms and every context rule names a known gazetteer.
func TestDataLoads(t *testing.T) {
	gs, err := load()
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gs {
		if len(g.byFirst) == 0 {
			t.Errorf("%s gazetteer is empty", g.kind)
		}
	}
}

// TestRuneFilter: every rune added is had; a rune whose low 16 bits no
// added rune shares is not.
func TestRuneFilter(t *testing.T) {
	var f runeFilter
	for _, r := range []rune{'地', 'a', 0x10041, 0xFFFF} {
		f.add(r)
	}
	for r, want := range map[rune]bool{'地': true, 'a': true, 0x10041: true, 0x41: true, 0xFFFF: true, '区': false, 'b': false, 0x10042: false, 0: false} {
		if got := f.has(r); got != want {
			t.Errorf("has(%U) = %v, want %v", r, got, want)
		}
	}
	for _, g := range All() {
		for r := range g.byFirst {
			if !g.firsts.has(r) {
				t.Errorf("%s: first rune %q of a term is not in the filter", g.kind, r)
			}
		}
	}
}

// TestFindLinks: the links of several gazetteers at once are each one's
// links in turn; a name seen by one gazetteer is still linked by another.
func TestFindLinks(t *testing.T) {
	lines := []Line{
		{N: 3, Text: textnorm.Normalize("地域活動協議会と連携し、防災訓練を行う。子育て世帯を支援する。")},
		{N: 5, Text: textnorm.Normalize("学校と企業が子どもの見守りを行う。地域活動協議会も参加。")},
	}
	var want []wardgraph.Link
	for _, g := range All() {
		want = append(want, g.Links(lines)...)
	}
	if len(want) < 4 {
		t.Fatalf("only %d links in the test lines: the test tries too little", len(want))
	}
	if got := FindLinks(lines, All()...); !reflect.DeepEqual(got, want) {
		t.Errorf("FindLinks = %v, want %v", got, want)
	}
}

// scanRef is the scan of one gazetteer as first written: at each position
// the longest term there, else the next rune.
func scanRef(g *Gazetteer, s string) []Term {
	var out []Term
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		matched := false
		for _, t := range g.byFirst[r] {
			if strings.HasPrefix(s[i:], t.Text) {
				out, i, matched = append(out, t), i+len(t.Text), true
				break
			}
		}
		if !matched {
			i += size
		}
	}
	return out
}

// TestScanAll compares Scan and the one-pass scan of all gazetteers with
// scanRef on texts made of overlapping terms, cut terms and invalid bytes.
func TestScanAll(t *testing.T) {
	var pieces []string
	for _, g := range All() {
		for _, ts := range g.byFirst {
			for _, term := range ts {
				pieces = append(pieces, term.Text, term.Text[:len(term.Text)-1])
			}
		}
	}
	pieces = append(pieces, "と", "、", "。", " ", "\xff", "\xe5")
	rnd := rand.New(rand.NewSource(7))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rnd.Intn(20); k >= 0; k-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		s := b.String()
		got := make([][]Term, len(All()))
		scanAll(s, All(), firstsOf(All()), func(k int, t Term) { got[k] = append(got[k], t) })
		two := make([][]Term, 2) // the filter firstsOf makes for a set other than All
		scanAll(s, All()[1:], firstsOf(All()[1:]), func(k int, t Term) { two[k] = append(two[k], t) })
		for k, g := range All() {
			want := scanRef(g, s)
			if !reflect.DeepEqual(got[k], want) || !reflect.DeepEqual(g.Scan(s), want) || k > 0 && !reflect.DeepEqual(two[k-1], want) {
				t.Fatalf("%s in %+q: scanAll %v, Scan %v, want %v", g.kind, s, got[k], g.Scan(s), want)
			}
		}
	}
}

// TestDecodeRune compares decodeRune with utf8.DecodeRuneInString on every
// two- and three-byte sequence led by 0xC0–0xFF, with and without a tail.
func TestDecodeRune(t *testing.T) {
	for b0 := 0; b0 < 256; b0++ {
		for b1 := 0x70; b1 < 0xD0; b1++ {
			for b2 := 0x70; b2 < 0xD0; b2++ {
				for _, s := range []string{string([]byte{byte(b0), byte(b1), byte(b2)}), string([]byte{byte(b0), byte(b1)}), string([]byte{byte(b0), byte(b1), byte(b2), 'x'})} {
					r, n := decodeRune(s)
					wr, wn := utf8.DecodeRuneInString(s)
					if r != wr || n != wn {
						t.Fatalf("decodeRune(%+q) = %U %d, want %U %d", s, r, n, wr, wn)
					}
				}
			}
		}
	}
}

// TestRuneIndex: the table answers as the map it is built from, for every
// key and for runes that are no key.
func TestRuneIndex(t *testing.T) {
	maps := []map[rune][]Term{{}, {'a': {{Text: "a"}}}, {0: {{Text: "\x00"}}, utf8.MaxRune: {{Text: string(utf8.MaxRune)}}}}
	for _, g := range All() {
		maps = append(maps, g.byFirst)
	}
	big := map[rune][]Term{}
	for r := rune(0x4E00); r < 0x4E00+300; r++ {
		big[r*7] = []Term{{Text: string(r * 7)}}
	}
	maps = append(maps, big)
	for _, m := range maps {
		x := newRuneIndex(m)
		for r := rune(0); r < 0x10000; r++ {
			if got, want := x.get(r), m[r]; !reflect.DeepEqual(got, want) {
				t.Fatalf("get(%U) = %v, want %v (map of %d)", r, got, want, len(m))
			}
		}
		for r, want := range m {
			if got := x.get(r); !reflect.DeepEqual(got, want) {
				t.Fatalf("get(%U) = %v, want %v", r, got, want)
			}
		}
	}
}
