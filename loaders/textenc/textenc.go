// Package textenc decodes the text of a page into UTF-8 with LF line ends:
// UTF-8 with or without a byte order mark, UTF-16 with a byte order mark,
// Shift_JIS (CP932, Windows-31J) and EUC-JP, taken from a declared charset
// (an HTML <meta charset> or an HTTP Content-Type) when there is one and
// detected otherwise. CR-only and CRLF line ends become LF, so line n of the
// result is line n of the input as an editor counts lines.
package textenc

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"github.com/wardgraph/wardgraph"
)

// Names of the encodings Decode reports.
const (
	UTF8     = "UTF-8"
	UTF16LE  = "UTF-16LE"
	UTF16BE  = "UTF-16BE"
	ShiftJIS = "Shift_JIS"
	EUCJP    = "EUC-JP"
)

// supported maps the canonical WHATWG name of each supported encoding to
// the name Decode reports and its decoder.
var supported = map[string]struct {
	name string
	enc  encoding.Encoding
}{
	"utf-8":     {UTF8, unicode.UTF8},
	"utf-16le":  {UTF16LE, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)},
	"utf-16be":  {UTF16BE, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)},
	"shift_jis": {ShiftJIS, japanese.ShiftJIS},
	"euc-jp":    {EUCJP, japanese.EUCJP},
}

// Decoded is a text in UTF-8 and the encoding it was read in.
type Decoded struct {
	Text     []byte // UTF-8, LF line ends, no byte order mark
	Encoding string // UTF8, UTF16LE, UTF16BE, ShiftJIS or EUCJP
	Declared bool   // the encoding came from a declaration, not detection
}

// Warning words how a text that was not plain UTF-8 was read, for the
// "file: warning: ..." lines; "" for UTF-8.
func (d Decoded) Warning() string {
	switch {
	case d.Encoding == UTF8:
		return ""
	case d.Declared:
		return fmt.Sprintf("decoded from %s (declared by the page, its byte order mark or the server)", d.Encoding)
	}
	return fmt.Sprintf("decoded from %s (detected; the text declares no encoding)", d.Encoding)
}

// Decode reads data, named name in messages. declared is a charset label
// ("Shift_JIS", "x-sjis", "utf-8", ...) from the page or the server, or "".
// A byte order mark wins over a declaration; a declared or detected
// encoding the bytes do not follow is an error naming the first offending
// byte's offset and line. Data with a NUL byte and no UTF-16 byte order mark
// is returned as it is, for the caller to refuse as binary.
func Decode(name string, data []byte, declared string) (Decoded, error) {
	if d, ok := decodeBOM(data); ok {
		return d, nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return Decoded{Text: data, Encoding: UTF8}, nil
	}
	if declared != "" {
		return decodeDeclared(name, data, declared)
	}
	return detect(name, data)
}

// decodeBOM decodes a text that starts with a UTF-8 or UTF-16 byte order mark.
func decodeBOM(data []byte) (Decoded, bool) {
	var key string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return Decoded{Text: lf(data[3:]), Encoding: UTF8}, true
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		key = "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		key = "utf-16be"
	default:
		return Decoded{}, false
	}
	e := supported[key]
	out, err := e.enc.NewDecoder().Bytes(data)
	if err != nil { // x/text replaces bad units with U+FFFD; this is a safeguard
		return Decoded{}, false
	}
	return Decoded{Text: lf(out), Encoding: e.name, Declared: true}, true
}

// decodeDeclared decodes data in a declared encoding.
func decodeDeclared(name string, data []byte, label string) (Decoded, error) {
	enc, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil {
		return Decoded{}, invalid(name, "declares the unknown encoding %q", label)
	}
	canon, _ := htmlindex.Name(enc)
	e, ok := supported[canon]
	if !ok {
		return Decoded{}, invalid(name, "declares the encoding %q, which wardgraph does not read (it reads UTF-8, UTF-16 with a byte order mark, Shift_JIS and EUC-JP)", label)
	}
	out, bad := decodeStrict(e.enc, data)
	if canon == "utf-8" { // a real U+FFFD in UTF-8 is fine
		out, bad = data, InvalidUTF8At(data)
	}
	if bad >= 0 {
		return Decoded{}, invalid(name, "declares %s but is not: invalid byte 0x%02X at offset %d (line %d)", e.name, data[bad], bad, lineAt(data, bad))
	}
	return Decoded{Text: lf(out), Encoding: e.name, Declared: true}, nil
}

// detect decodes undeclared data: UTF-8 when it is valid UTF-8, else the
// Japanese encoding it is valid in (Shift_JIS before EUC-JP when both are).
func detect(name string, data []byte) (Decoded, error) {
	first := InvalidUTF8At(data)
	if first < 0 {
		return Decoded{Text: lf(data), Encoding: UTF8}, nil
	}
	best, bestScore := Decoded{}, -1
	for _, key := range []string{"shift_jis", "euc-jp"} {
		e := supported[key]
		if out, ok := decodeValid(e.enc, data); ok {
			if score := japaneseScore(out); score > bestScore {
				best, bestScore = Decoded{Text: lf(out), Encoding: e.name}, score
			}
		}
	}
	if bestScore >= 0 {
		return best, nil
	}
	return Decoded{}, invalid(name, "not UTF-8: invalid byte 0x%02X at offset %d (line %d); not Shift_JIS or EUC-JP either", data[first], first, lineAt(data, first))
}

// japaneseScore counts the kana, common kanji and Japanese punctuation of
// a decoded text: when bytes are valid in both Shift_JIS and EUC-JP, the
// right reading is the one that looks like Japanese (the wrong one yields
// half-width katakana and rare kanji).
func japaneseScore(text []byte) int {
	n := 0
	for _, r := range string(text) {
		switch {
		case r >= 0x3040 && r <= 0x30FF, r >= 0x3000 && r <= 0x303F, r >= 0x4E00 && r <= 0x9FFF:
			n++
		case r >= 0xFF61 && r <= 0xFF9F:
			n--
		}
	}
	return max(n, 0)
}

// decodeStrict decodes data and returns the offset of the first byte that
// is not part of a valid character in enc (x/text's Japanese decoders
// replace those by U+FFFD instead of failing), or -1.
func decodeStrict(enc encoding.Encoding, data []byte) ([]byte, int) {
	out, ok := decodeValid(enc, data)
	switch {
	case ok:
		return out, -1
	case out == nil:
		return nil, 0
	}
	return nil, firstBad(enc, data)
}

// decodeValid decodes data and reports whether every byte was part of a
// valid character in enc; detection needs no more than that (finding the
// first bad byte, firstBad, decodes the text again and again). out is nil
// when the decoder failed outright.
func decodeValid(enc encoding.Encoding, data []byte) (out []byte, ok bool) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, false
	}
	return out, !bytes.ContainsRune(out, utf8.RuneError)
}

// firstBad finds the first offset at which enc decodes to U+FFFD, by
// decoding growing prefixes line by line (texts are small).
func firstBad(enc encoding.Encoding, data []byte) int {
	start := 0
	for start < len(data) {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += start + 1
		}
		out, _ := enc.NewDecoder().Bytes(data[start:end])
		if i := bytes.IndexRune(out, utf8.RuneError); i >= 0 {
			return start + badInLine(enc, data[start:end])
		}
		start = end
	}
	return 0
}

// badInLine returns the offset within line of the first byte that turns
// into U+FFFD.
func badInLine(enc encoding.Encoding, line []byte) int {
	for i := 1; i <= len(line); i++ {
		out, _ := enc.NewDecoder().Bytes(line[:i])
		if bytes.ContainsRune(out, utf8.RuneError) {
			return i - 1
		}
	}
	return 0
}

// lf turns CRLF and lone CR line ends into LF.
func lf(data []byte) []byte {
	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
}

// InvalidUTF8At returns the offset of the first byte that is not valid
// UTF-8, or -1.
func InvalidUTF8At(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// lineAt returns the 1-based line of byte offset i, counting CR, CRLF and
// LF line ends alike.
func lineAt(data []byte, i int) int {
	return bytes.Count(lf(data[:i]), []byte{'\n'}) + 1
}

func invalid(name, format string, args ...any) *wardgraph.Error {
	return wardgraph.Errorf(wardgraph.EINVALID, "%s: %s", name, fmt.Sprintf(format, args...))
}
