package generated

import (
	"io"
	"strconv"
)

// This file is written by hand; tools/gqlgen-inorder (run by go generate
// after gqlgen) points the leaf fields that are a struct's own string or
// int fields at these marshallers.

// fieldString marshals a string field of an object in place.
// graphql.MarshalString makes a closure holding the string for every
// value; fieldString holds only the field's address, which an interface
// value holds without allocating. The object outlives the answer: stores
// never change a saved plan in place.
type fieldString struct{ p *string }

// MarshalGQL writes the string as graphql.MarshalString does.
func (f fieldString) MarshalGQL(w io.Writer) { writeQuoted(w, *f.p) }

// fieldInt marshals an int field of an object in place, as fieldString
// does a string.
type fieldInt struct{ p *int }

// MarshalGQL writes the number as graphql.MarshalInt does.
func (f fieldInt) MarshalGQL(w io.Writer) {
	var buf [20]byte
	_, _ = w.Write(strconv.AppendInt(buf[:0], int64(*f.p), 10))
}

const hexDigits = "0123456789ABCDEF"

// writeQuoted writes s quoted and escaped byte for byte as gqlgen's
// writeQuotedString does: control characters, backslash and double
// quote escaped, everything else (multi-byte UTF-8 included, valid or
// not) as it is. It looks at bytes, not runes: every byte it escapes is
// ASCII, and no byte of a multi-byte sequence is.
func writeQuoted(w io.Writer, s string) {
	i := 0
	for i < len(s) && !needsEscape[s[i]] {
		i++
	}
	if i == len(s) { // the common case: nothing to escape
		if sw, ok := w.(interface{ WriteByte(byte) error }); ok {
			_ = sw.WriteByte('"')
			_, _ = io.WriteString(w, s)
			_ = sw.WriteByte('"')
			return
		}
	}
	_, _ = io.WriteString(w, `"`)
	start := 0
	for ; i < len(s); i++ {
		if c := s[i]; needsEscape[c] {
			_, _ = io.WriteString(w, s[start:i])
			_, _ = io.WriteString(w, escape(c))
			start = i + 1
		}
	}
	_, _ = io.WriteString(w, s[start:])
	_, _ = io.WriteString(w, `"`)
}

// needsEscape marks the bytes writeQuoted escapes.
var needsEscape = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['\\'], t['"'] = true, true
	return t
}()

// escape is the JSON escape of an ASCII byte writeQuoted escapes.
func escape(c byte) string {
	switch c {
	case '\t':
		return `\t`
	case '\r':
		return `\r`
	case '\n':
		return `\n`
	case '\\':
		return `\\`
	case '"':
		return `\"`
	}
	return `\u00` + string([]byte{hexDigits[c>>4], hexDigits[c&0xf]})
}
