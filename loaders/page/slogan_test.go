package page

import (
	"reflect"
	"strings"
	"testing"
)

func TestQuotes(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"まち「きらきら、ぽかぽか。西区」の実現", []string{"きらきら、ぽかぽか。西区"}},
		{"『みんなで「住み心地の良いまち」へ』", []string{"みんなで「住み心地の良いまち」へ"}},
		{"「a“b”c」「d」", []string{"a“b”c", "d"}},
		{"”住んでよかった!” ”働いてよかった!”", []string{"住んでよかった!", "働いてよかった!"}},
		{"“e-SUMINOe”を「めざす将来像」とする", []string{"e-SUMINOe", "めざす将来像"}},
		{"「「入れ子」の外」", []string{"「入れ子」の外"}},
		{"「閉じない", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range quotes(tt.in) {
			got = append(got, q.text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("quotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlogans(t *testing.T) {
	line := func(n int, s string) class {
		c := classify(srcLine{n: n, text: s}, false)
		if c.kind != kText {
			t.Fatalf("%q is not text", s)
		}
		return c
	}
	tests := []struct {
		name        string
		sloganLines []string
		goal        []string
		want        []string
	}{
		{"one quote", nil, []string{"ひとが輝くまち「きらきら、ぽかぽか。西区」の実現"}, []string{"きらきら、ぽかぽか。西区"}},
		{"parallel quotes", nil, []string{"「にぎわい」あふれるまち、「ふれあい」あふれるまちの実現"}, []string{"にぎわい", "ふれあい"}},
		{"on a later line", nil, []string{"暮らして楽しい", "「未来と世界にひらくまち・港区」の実現"}, []string{"未来と世界にひらくまち・港区"}},
		{"list items each quoting", nil, []string{"・支えあう「温かいまち」", "・つくりあげる「住民主体のまち」", "・過ごせる「安心なまち」"},
			[]string{"温かいまち", "住民主体のまち", "安心なまち"}},
		{"repeats kept once", nil, []string{"・つながるまち『ひらの』", "・住み続けるまち『ひらの』"}, []string{"ひらの"}},
		{"one-character quote is emphasis", nil, []string{"地域の「和」で創るまち", "「誇り高きまち・住吉」を創る"}, nil},
		{"two-character quote is emphasis", nil, []string{"・みんなの「思い」が反映されるまち"}, nil},
		{"named catchphrase wins", nil, []string{"“すべてはこどもたちのために”をキャッチフレーズに、「住んでいてよかった」と実感できるまち"},
			[]string{"すべてはこどもたちのために"}},
		{"not-slogan phrase dropped", nil, []string{"・“e-SUMINOe”を「めざす将来像」とする"}, []string{"e-SUMINOe"}},
		{"スローガン line wins", []string{"スローガン「クリーンにしてグリーンな西淀川」"}, []string{"・「地域活動協議会」を中心に"}, []string{"クリーンにしてグリーンな西淀川"}},
		{"no quote", nil, []string{"安全、安心で、誰もが住みたいまち"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var goal []class
			for i, s := range tt.goal {
				goal = append(goal, line(i+1, s))
			}
			if got := slogans(tt.sloganLines, goal); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("slogans = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNotUnderstood checks that a content line no part takes is named in
// a warning and left out of the coverage's placed lines.
func TestNotUnderstood(t *testing.T) {
	text := "令和5年度 西区運営方針\nページ番号:1\nはじめに\n区の目標\nよいまち\n区の使命\n・支える\n令和5年度 区運営の基本的な考え方(区長の方針)\n進める。\n" +
		"重点的に取り組む経営課題\n一覧の説明\n経営課題1 見守り\n主な戦略【1-1 見守り】\n見守る。\nこのページの作成者・問合せ先\n西区役所 総務課\n電話: 06-0000-0000\nSNSリンクは別ウィンドウで開きます\n"
	p, err := Parse("nu.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(FormatWarnings("nu.txt", p), "\n")
	want := "nu.txt:3: warning: not understood: \"はじめに\"\nnu.txt:11: warning: not understood: \"一覧の説明\""
	if got != want {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, want)
	}
	if c := p.Coverage; c == nil || c.Lines != 17 || c.Placed != 15 {
		t.Errorf("coverage %+v, want 15 of 17 lines placed", c)
	}
}
