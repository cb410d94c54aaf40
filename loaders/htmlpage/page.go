// Package htmlpage turns an HTML page of the city's website into the text
// lines a browser's text rendering would show, each with the line of the
// HTML file it came from, and the page's metadata: title, canonical URL,
// update date and the links to its attachments (the 様式 PDFs of the full
// plan, the revision history). Block elements and <br> end lines, list
// items become bullet lines, a table row becomes one line with its cells in
// order; scripts, styles, navigation, header, footer and SNS blocks are
// left out (data/skip.tsv). Input must already be UTF-8 (package
// loaders/textenc; Charset finds what the page declares).
package htmlpage

import (
	"bytes"
	"regexp"
)

// Line is one rendered line: its text and the 1-based line of the HTML
// file where its first character is.
type Line struct {
	N    int
	Text string
}

// Link is an attachment: the link's text and its URL, resolved against the
// page's own URL when that is known.
type Link struct {
	Title string
	URL   string
}

// Page is a rendered page.
type Page struct {
	Lines       []Line
	Title       string // <title>
	URL         string // <link rel="canonical">, else og:url
	UpdatedOn   string // YYYY-MM-DD from a date <meta>, "" when none
	Attachments []Link // in page order, each URL once
}

var (
	reMetaCharset = regexp.MustCompile(`(?is)<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)`)
	reHTMLTag     = regexp.MustCompile(`(?i)<(?:!doctype\s+html|html|head|body|meta|title|p|div|br|table|tr|td|h[1-6]|ul|ol|li|span|a)\b[^>]*>`)
)

// sniffBytes is how much of a file Charset and IsHTML look at.
const sniffBytes = 4096

// Charset returns the charset the page declares in a <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=..."> within its
// first 4 KB, or "".
func Charset(data []byte) string {
	if m := reMetaCharset.FindSubmatch(head(data)); m != nil {
		return string(m[1])
	}
	return ""
}

// IsHTML reports whether a text is HTML markup: it starts with "<" (after
// white space and a byte order mark) and its first 4 KB hold at least two
// HTML tags.
func IsHTML(data []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head(data), []byte("\xEF\xBB\xBF")), " \t\r\n")
	return bytes.HasPrefix(h, []byte("<")) && len(reHTMLTag.FindAllIndex(h, 2)) == 2
}

func head(data []byte) []byte {
	if len(data) > sniffBytes {
		return data[:sniffBytes]
	}
	return data
}
