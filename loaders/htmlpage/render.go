package htmlpage

import (
	"bytes"
	"io"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blocks are the elements that start and end a line of text.
var blocks = map[string]bool{
	"address": true, "article": true, "blockquote": true, "body": true, "caption": true, "dd": true,
	"details": true, "dialog": true, "div": true, "dl": true, "dt": true, "fieldset": true,
	"figcaption": true, "figure": true, "form": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "hr": true, "li": true, "main": true, "ol": true, "p": true, "pre": true,
	"section": true, "summary": true, "table": true, "tbody": true, "tfoot": true, "thead": true,
	"tr": true, "ul": true, "html": true, "head": true,
}

// voids are the elements that have no end tag.
var voids = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// bullets are the characters a list item's text may already start with.
const bullets = "・•●○◆◇■□▪-–*※"

var reISODate = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

// renderer holds the state of one Render.
type renderer struct {
	page     Page
	line     int // line of the HTML file where the current token starts
	skipTag  string
	skipNest int
	inTitle  bool
	pre      int
	buf      strings.Builder
	bufLine  int
	bullet   bool
	href     string // of the <a> being read, "" outside one
	linkText strings.Builder
	base     *url.URL
	seen     map[string]bool
}

// Render renders a UTF-8 HTML page.
func Render(data []byte) *Page {
	r := &renderer{line: 1, seen: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() == io.EOF {
				break
			}
			break // the tokenizer reads from memory: any error is the end
		}
		raw := z.Raw()
		tok := z.Token()
		r.token(tt, tok, raw)
		r.line += bytes.Count(raw, []byte{'\n'})
	}
	r.flush()
	r.page.Title = collapse(r.page.Title)
	r.resolveAttachments()
	return &r.page
}

// token handles one token that starts at r.line.
func (r *renderer) token(tt html.TokenType, tok html.Token, raw []byte) {
	switch tt {
	case html.StartTagToken, html.SelfClosingTagToken:
		if r.skipping(tok.Data, true, tt == html.SelfClosingTagToken) {
			return
		}
		if r.skips(tok) {
			r.flush()
			if tt == html.StartTagToken && !voids[tok.Data] {
				r.skipTag, r.skipNest = tok.Data, 1
			}
			return
		}
		r.start(tok)
	case html.EndTagToken:
		if r.skipping(tok.Data, false, false) {
			return
		}
		r.end(tok.Data)
	case html.TextToken:
		if r.skipTag == "" {
			r.text(tok.Data, raw)
		}
	}
}

// skipping reports whether the renderer is inside a dropped element,
// keeping count of nested elements of the same name.
func (r *renderer) skipping(name string, start, selfClosing bool) bool {
	if r.skipTag == "" {
		return false
	}
	if name == r.skipTag && !voids[name] && !selfClosing {
		if start {
			r.skipNest++
		} else if r.skipNest--; r.skipNest == 0 {
			r.skipTag = ""
		}
	}
	return true
}

// skips reports whether an element is left out with its content.
func (r *renderer) skips(tok html.Token) bool {
	if rules.tags[tok.Data] {
		return true
	}
	for _, a := range tok.Attr {
		if (a.Key == "class" || a.Key == "id" || a.Key == "role") && rules.skipsAttr(a.Val) {
			return true
		}
	}
	return false
}

// start handles a start tag of an element that is rendered.
func (r *renderer) start(tok html.Token) {
	switch tok.Data {
	case "title":
		r.inTitle = true
	case "meta", "link", "base":
		r.meta(tok)
	case "br":
		r.flush()
	case "a":
		r.href = attr(tok, "href")
		r.linkText.Reset()
	case "li":
		r.flush()
		r.bullet = true
	case "td", "th":
		if r.buf.Len() > 0 {
			r.buf.WriteByte(' ')
		}
	case "pre":
		r.flush()
		r.pre++
	default:
		if blocks[tok.Data] {
			r.flush()
		}
	}
}

// end handles an end tag of an element that is rendered.
func (r *renderer) end(name string) {
	switch name {
	case "title":
		r.inTitle = false
	case "a":
		r.link()
	case "pre":
		r.flush()
		if r.pre > 0 {
			r.pre--
		}
	default:
		if blocks[name] {
			r.flush()
		}
	}
}

// meta reads the page's URL, base and update date from <meta>, <link> and
// <base>.
func (r *renderer) meta(tok html.Token) {
	switch {
	case tok.Data == "base":
		r.base, _ = url.Parse(attr(tok, "href"))
	case tok.Data == "link" && hasWord(attr(tok, "rel"), "canonical"):
		r.page.URL = attr(tok, "href")
	case tok.Data == "meta" && attr(tok, "property") == "og:url" && r.page.URL == "":
		r.page.URL = attr(tok, "content")
	case tok.Data == "meta" && isDateMeta(attr(tok, "name")):
		if m := reISODate.FindString(strings.TrimSpace(attr(tok, "content"))); m != "" && r.page.UpdatedOn == "" {
			r.page.UpdatedOn = m
		}
	}
}

func isDateMeta(name string) bool {
	switch strings.ToLower(name) {
	case "date", "last-modified", "dcterms.modified", "dc.date.modified", "article:modified_time":
		return true
	}
	return false
}

// text adds a text token to the current line.
func (r *renderer) text(s string, raw []byte) {
	if r.inTitle {
		r.page.Title += s
		return
	}
	if r.href != "" {
		r.linkText.WriteString(s)
	}
	if r.pre > 0 {
		r.preText(s, raw)
		return
	}
	s = collapseKeepEdges(s)
	if r.buf.Len() == 0 || strings.HasSuffix(r.buf.String(), " ") {
		s = strings.TrimLeft(s, " ")
	}
	if s == "" {
		return
	}
	if r.buf.Len() == 0 {
		r.bufLine = r.line + leadingNewlines(raw)
		if r.bullet && !startsWithBullet(s) {
			r.buf.WriteString("・")
		}
		r.bullet = false
	}
	r.buf.WriteString(s)
}

// preText adds preformatted text: each of its lines is a line.
func (r *renderer) preText(s string, raw []byte) {
	n := r.line
	for i, part := range strings.Split(s, "\n") {
		if i > 0 {
			r.flush()
			n++
		}
		if r.buf.Len() == 0 && strings.TrimSpace(part) != "" {
			r.bufLine = n
		}
		r.buf.WriteString(part)
	}
}

// flush ends the current line.
func (r *renderer) flush() {
	if t := strings.TrimSpace(r.buf.String()); t != "" {
		r.page.Lines = append(r.page.Lines, Line{N: r.bufLine, Text: t})
	}
	r.buf.Reset()
}

// link ends an <a>: a link to a document is kept as an attachment.
func (r *renderer) link() {
	href := strings.TrimSpace(r.href)
	r.href = ""
	u, err := url.Parse(href)
	if href == "" || err != nil || !rules.isAttachment(u.Path) {
		return
	}
	r.page.Attachments = append(r.page.Attachments, Link{Title: collapse(r.linkText.String()), URL: href})
}

// resolveAttachments makes attachment URLs absolute against <base> or the
// page's URL, and drops repeats.
func (r *renderer) resolveAttachments() {
	base := r.base
	if base == nil || !base.IsAbs() {
		base, _ = url.Parse(r.page.URL)
	}
	var out []Link
	for _, a := range r.page.Attachments {
		if u, err := url.Parse(a.URL); err == nil && base != nil && base.IsAbs() {
			a.URL = base.ResolveReference(u).String()
		}
		if !r.seen[a.URL] {
			r.seen[a.URL] = true
			out = append(out, a)
		}
	}
	r.page.Attachments = out
}

func attr(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasWord(s, word string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w == word {
			return true
		}
	}
	return false
}

// leadingNewlines counts the line ends before the first non-space
// character of a raw text token.
func leadingNewlines(raw []byte) int {
	i := bytes.IndexFunc(raw, func(r rune) bool { return !unicode.IsSpace(r) })
	if i < 0 {
		i = len(raw)
	}
	return bytes.Count(raw[:i], []byte{'\n'})
}

func startsWithBullet(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(bullets, r)
}

// collapse collapses white space runs to one space and trims the ends.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// collapseKeepEdges collapses white space runs to one space, keeping one
// space at either end where there was white space (and turns invalid
// UTF-8 into U+FFFD). Valid text whose white space is single spaces
// already, as most is, is returned as it is.
func collapseKeepEdges(s string) string {
	if isCollapsed(s) {
		return s
	}
	return collapseRunes(s)
}

// collapseRunes is collapseKeepEdges rune by rune.
func collapseRunes(s string) string {
	var b strings.Builder
	space := false
	for _, c := range s {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(c)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// isCollapsed reports whether collapseKeepEdges leaves s as it is: valid
// UTF-8 where every white space character is a space and none follows another.
func isCollapsed(s string) bool {
	for i := 0; i < len(s); i++ {
		if isSpaceByte(s[i]) && (s[i] != ' ' || i+1 < len(s) && isSpaceByte(s[i+1])) {
			return false
		}
	}
	return utf8.ValidString(s)
}

// isSpaceByte reports whether b is white space to collapseKeepEdges.
func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}
