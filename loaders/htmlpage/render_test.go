package htmlpage

import (
	"reflect"
	"testing"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name, html string
		want       []Line
	}{
		{"blocks and br end lines", "<p>a</p><div>b<br>c</div>", []Line{{1, "a"}, {1, "b"}, {1, "c"}}},
		{"inline markup joins", "<p>区の<strong>目標</strong>(何を<a href='x'>めざす</a>のか)</p>", []Line{{1, "区の目標(何をめざすのか)"}}},
		{"white space collapses", "<p>\n  a   b\n  c</p>", []Line{{2, "a b c"}}},
		{"list items are bullets", "<ul>\n<li>一</li>\n<li>・二</li>\n</ul>", []Line{{2, "・一"}, {3, "・二"}}},
		{"table row cells in order", "<table>\n<tr><th>【取組1-1-1】</th><td>(予算額 1千円)</td></tr>\n</table>", []Line{{2, "【取組1-1-1】 (予算額 1千円)"}}},
		{"script, style, noscript dropped", "<script>x='<p>no</p>'</script><style>p{}</style><noscript>no</noscript><p>yes</p>", []Line{{1, "yes"}}},
		{"chrome dropped", "<header><p>h</p></header><nav>n</nav><div class='sns_area'><p>s</p></div><div id='pankuzu'>p</div><main><p>m</p></main><footer>f</footer>", []Line{{1, "m"}}},
		{"nested dropped element", "<nav><nav>a</nav>b</nav><p>c</p>", []Line{{1, "c"}}},
		{"entities", "<p>A&amp;B &lt;C&gt; &nbsp;D</p>", []Line{{1, "A&B <C> \u00a0D"}}},
		{"pre keeps lines", "<pre>a\nb</pre>", []Line{{1, "a"}, {2, "b"}}},
		{"lines counted through comments and dropped parts", "<!--\n\n-->\n<script>\n\n</script>\n<p>x</p>", []Line{{7, "x"}}},
	}
	for _, tt := range tests {
		got := Render([]byte(tt.html)).Lines
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestRenderMetadata(t *testing.T) {
	page := `<html><head><title> 平成29年度 西区運営方針 ｜ 大阪市西区 </title>
<meta property="og:url" content="https://example.org/og.html">
<link rel="canonical" href="https://www.city.osaka.lg.jp/nishi/page/0000397102.html">
<meta name="dcterms.modified" content="2018-06-07T09:00:00+09:00">
</head><body>
<p><a href="./cmsfiles/contents/0000397/397102/yoshiki1.pdf">様式1 (PDF形式, 120KB)</a></p>
<p><a href="/nishi/cmsfiles/contents/0000397/397102/rireki.PDF">改定履歴</a> <a href="/nishi/page/0000397103.html">次のページ</a></p>
<p><a href="./cmsfiles/contents/0000397/397102/yoshiki1.pdf">様式1 again</a></p>
</body></html>`
	got := Render([]byte(page))
	want := &Page{
		Title: "平成29年度 西区運営方針 ｜ 大阪市西区", URL: "https://www.city.osaka.lg.jp/nishi/page/0000397102.html", UpdatedOn: "2018-06-07",
		Attachments: []Link{
			{"様式1 (PDF形式, 120KB)", "https://www.city.osaka.lg.jp/nishi/page/cmsfiles/contents/0000397/397102/yoshiki1.pdf"},
			{"改定履歴", "https://www.city.osaka.lg.jp/nishi/cmsfiles/contents/0000397/397102/rireki.PDF"},
		},
	}
	got.Lines = nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if u := Render([]byte(`<meta property="og:url" content="https://example.org/og.html"><p>x</p>`)).URL; u != "https://example.org/og.html" {
		t.Errorf("og:url: %q", u)
	}
}

func TestCharsetAndIsHTML(t *testing.T) {
	for in, want := range map[string]string{
		`<meta charset="Shift_JIS">`: "Shift_JIS",
		`<META http-equiv="Content-Type" content="text/html; charset=euc-jp">`: "euc-jp",
		`<p>no declaration</p>`: "",
	} {
		if got := Charset([]byte(in)); got != want {
			t.Errorf("Charset(%s) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"<p>平成29年度 西区運営方針</p>\n<p>x</p>":      true,
		"\xEF\xBB\xBF  <!DOCTYPE html><html>": true,
		"平成29年度 <b>西区</b> <i>運営方針</i>":        false, // text first
		"<西区>\n区の目標":                          false,
	} {
		if got := IsHTML([]byte(in)); got != want {
			t.Errorf("IsHTML(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestCollapseKeepEdges holds the shortcut for collapsed text to the rune
// by rune collapse.
func TestCollapseKeepEdges(t *testing.T) {
	for _, s := range []string{"", " ", "  ", "a", " a ", "a  b", "a\tb", "a \nb", "\r", "区の 目標", "区の\u3000目標", "\xff a", "a\xe3\x80", "  先頭", "末尾  ", "a b c"} {
		if got, want := collapseKeepEdges(s), collapseRunes(s); got != want {
			t.Errorf("collapseKeepEdges(%q) = %q, want %q", s, got, want)
		}
	}
}
