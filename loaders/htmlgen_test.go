package loaders

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"
)

// The HTML versions of the sample texts in testdata/pages are made by
// toHTML (go test ./loaders -run TestPageVariants -update): the text's
// lines as a city page would mark them up (headings, paragraphs with inline
// markup, bullet lists, a budget line as a table row, attachment links, the
// date and page number on one HTML line), inside navigation, header,
// breadcrumbs, SNS buttons, a side menu that repeats content-like headings,
// a footer, a script and a style that must all be left out.

var (
	reBudgetRow  = regexp.MustCompile(`^(【.*】)(\(.*)$`)
	reDateOnly   = regexp.MustCompile(`^\d{4}年\d{1,2}月\d{1,2}日$`)
	reHeadingish = regexp.MustCompile(`^(区の目標|区の使命|経営課題|重点的に取り組む|主な戦略|平成\d+年度 区運営の|令和\d+年度 区運営の)`)
)

const htmlHead = `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="%s">
<title>%s｜大阪市</title>
<link rel="canonical" href="%s">
<meta property="og:url" content="%s">
<meta name="date" content="2018-06-07">
<script>var menu = "<p>経営課題9 スクリプトの中</p>"; if (a < b) { document.write("<div>x</div>"); }</script>
<style>p { margin: 0 } .sns > li::before { content: "経営課題8" }</style>
</head>
<body>
<div id="skip"><a href="#main">本文へ</a></div>
<header id="header">
<p class="logo"><a href="/">大阪市ホームページ</a></p>
<nav class="gnav"><ul><li><a href="/kurashi/">くらし</a></li><li><a href="/kosodate/">子育て</a></li><li><a href="/bousai/">防災・安全</a></li></ul></nav>
</header>
<div id="pankuzu"><a href="/">トップページ</a> &gt; <a href="../">区役所</a> &gt; 区運営方針</div>
<div id="main">
`

const htmlFoot = `</div>
<aside id="sidebar">
<h2>このカテゴリーのページ</h2>
<ul><li><a href="/x.html">経営課題1 サイドメニューの見出し</a></li><li><a href="/y.html">区の目標(何をめざすのか)</a></li></ul>
</aside>
<footer>
<p>大阪市役所 〒530-8201 大阪市北区中之島1丁目3番20号</p>
<p>Copyright &copy; City of Osaka. All rights reserved.</p>
</footer>
</body>
</html>
`

// toHTML marks up a page text; charset is what the page declares.
func toHTML(text, title, url, charset string) string {
	var b strings.Builder
	fmt.Fprintf(&b, htmlHead, charset, esc(title), url, url)
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	attach := 0
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		next := strings.TrimSpace(nextNonBlank(lines, i))
		switch {
		case l == "":
			b.WriteString("\n")
		case strings.HasPrefix(l, "SNSリンク"):
			b.WriteString(`<div class="sns_area"><p>` + esc(l) + "</p>\n<ul>\n")
			for i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "•") {
				i++
				b.WriteString("<li><a href=\"#\">" + esc(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[i]), "•"))) + "</a></li>\n")
			}
			b.WriteString("</ul></div>\n")
		case strings.HasPrefix(l, "・"):
			b.WriteString("<ul>\n")
			for ; i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "・"); i++ {
				b.WriteString("  <li>" + esc(strings.TrimPrefix(strings.TrimSpace(lines[i]), "・")) + "</li>\n")
			}
			i--
			b.WriteString("</ul>\n")
		case strings.HasPrefix(next, "Adobe Acrobat Reader"):
			attach++
			fmt.Fprintf(&b, "<p class=\"file\"><a href=\"./cmsfiles/contents/attach%d.pdf\">%s</a></p>\n", attach, esc(l))
		case reDateOnly.MatchString(l) && strings.HasPrefix(next, "ページ番号"):
			j := i + 1
			for strings.TrimSpace(lines[j]) == "" {
				j++
			}
			fmt.Fprintf(&b, "<p class=\"date\">%s</p><p class=\"pageno\">%s</p>\n", esc(l), esc(strings.TrimSpace(lines[j])))
			for ; i < j; i++ {
				b.WriteString("\n") // keep the HTML lines in step with the text's
			}
		case reBudgetRow.MatchString(l):
			m := reBudgetRow.FindStringSubmatch(l)
			fmt.Fprintf(&b, "<table class=\"budget\"><tr><th>%s</th><td>%s</td></tr></table>\n", esc(m[1]), esc(m[2]))
		case reHeadingish.MatchString(l):
			b.WriteString("<h2>" + esc(l) + "</h2>\n")
		case utf8.RuneCountInString(l) > 20:
			r := []rune(l)
			b.WriteString("<p>\n  <strong>" + esc(string(r[:5])) + "</strong>" + esc(string(r[5:])) + "</p>\n")
		default:
			b.WriteString("<p>" + esc(l) + "</p>\n")
		}
	}
	b.WriteString(htmlFoot)
	return b.String()
}

// esc escapes text for HTML; runs of spaces, which a browser would
// collapse, are written with &nbsp; as the city's pages do.
func esc(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "  ", " &nbsp;")
}

func nextNonBlank(lines []string, i int) string {
	for j := i + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) != "" {
			return lines[j]
		}
	}
	return ""
}
