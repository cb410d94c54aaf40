package page

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders/textenc"
	"github.com/wardgraph/wardgraph/textnorm"
)

// MaxBytes is the largest page text Parse accepts: 4 MiB. A whole ward
// policy page is about 11 KB; anything near the limit is not a page.
const MaxBytes = 4 << 20

// srcLine is one line of the text: its 1-based number, the NFKC-normalised
// and trimmed text, and whether the raw line was blank.
type srcLine struct {
	n    int
	text string
}

// checkInput refuses input that is not a page text: too large, empty,
// binary or not UTF-8. The error names the file and the reason.
func checkInput(name string, data []byte) error {
	switch {
	case len(data) > MaxBytes:
		return invalid(name, "too large: %d bytes (the limit is %d bytes)", len(data), MaxBytes)
	case len(bytes.TrimSpace(data)) == 0:
		return invalid(name, "empty: no text")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return invalid(name, "binary data, not text: NUL byte at offset %d (line %d)", i, lineAt(data, i))
	}
	if i := textenc.InvalidUTF8At(data); i >= 0 {
		return invalid(name, "not UTF-8: invalid byte 0x%02X at offset %d (line %d)", data[i], i, lineAt(data, i))
	}
	for i, r := range data { // valid UTF-8: a byte below 0x80 is an ASCII rune
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f {
			return invalid(name, "binary data, not text: control character U+%04X at line %d", r, lineAt(data, i))
		}
	}
	return nil
}

// invalid returns the EINVALID error for a file.
func invalid(name, format string, args ...any) *wardgraph.Error {
	return wardgraph.Errorf(wardgraph.EINVALID, "%s: %s", name, fmt.Sprintf(format, args...))
}

// lineAt returns the 1-based line of byte offset i.
func lineAt(data []byte, i int) int {
	return bytes.Count(data[:i], []byte{'\n'}) + 1
}

// splitLines splits the text into normalised lines, keeping every line's
// 1-based number. A UTF-8 byte order mark is dropped.
func splitLines(data []byte) []srcLine {
	s := strings.TrimPrefix(string(data), "\uFEFF")
	raw := strings.Split(s, "\n")
	out := make([]srcLine, 0, len(raw))
	for i, l := range raw {
		out = append(out, srcLine{n: i + 1, text: textnorm.Normalize(strings.TrimRight(l, "\r"))})
	}
	return out
}

// Line is one line of a page's text as another reader produced it (the
// HTML renderer, loaders/htmlpage): its 1-based line in the file it came
// from and its text, in UTF-8.
type Line struct {
	N    int
	Text string
}

// ParseLines is Parse for a page already turned into lines, each carrying
// its own line number (for example the line of the HTML file a rendered
// line came from), so every part of the plan points at that line. Lines
// must be in file order; the same number may occur more than once.
func ParseLines(name string, lines []Line) (*wardgraph.Plan, error) {
	src := make([]srcLine, 0, len(lines))
	total := 0
	for _, l := range lines {
		if strings.ContainsRune(l.Text, 0) {
			return nil, invalid(name, "binary data, not text: NUL character at line %d", l.N)
		}
		total += len(l.Text)
		src = append(src, srcLine{n: l.N, text: textnorm.Normalize(l.Text)})
	}
	switch {
	case total > MaxBytes:
		return nil, invalid(name, "too large: %d bytes of text (the limit is %d bytes)", total, MaxBytes)
	case allBlank(lines):
		return nil, invalid(name, "empty: no text")
	}
	return parseLines(name, src)
}

// allBlank reports whether the lines hold nothing but white space.
func allBlank(lines []Line) bool {
	for _, l := range lines {
		if strings.TrimSpace(l.Text) != "" {
			return false
		}
	}
	return true
}
