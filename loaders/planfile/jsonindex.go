package planfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// maxDepth bounds nesting; a plan is at most 8 levels deep.
const maxDepth = 64

// cursor converts byte offsets into lines and columns, walking forward.
type cursor struct {
	data           []byte
	off, line, col int
}

func newCursor(data []byte) *cursor { return &cursor{data: data, line: 1, col: 1} }

// at returns the position of byte offset off.
func (c *cursor) at(off int) pos {
	if off < c.off {
		c.off, c.line, c.col = 0, 1, 1
	}
	for c.off < off && c.off < len(c.data) {
		r, size := utf8.DecodeRune(c.data[c.off:])
		c.off += size
		c.col++
		if r == '\n' {
			c.line, c.col = c.line+1, 1
		}
	}
	return pos{c.line, c.col}
}

// frame is an object or array being read.
type frame struct {
	ptr     string
	object  bool
	wantKey bool
	key     string
	index   int
	seen    map[string]bool
}

// jsonIndexer walks the tokens of a JSON text, recording positions.
type jsonIndexer struct {
	data  []byte
	dec   *json.Decoder
	cur   *cursor
	ps    *positions
	stack []*frame
	done  bool
}

// indexJSON checks the syntax of a JSON text and records where every value
// and member name starts. It refuses duplicate member names, nesting
// deeper than maxDepth and anything after the top-level value.
func indexJSON(data []byte) (*positions, *problem) {
	ix := &jsonIndexer{data: data, dec: json.NewDecoder(bytes.NewReader(data)), cur: newCursor(data), ps: newPositions()}
	ix.dec.UseNumber()
	for {
		start := skipSeparators(data, int(ix.dec.InputOffset()))
		tok, err := ix.dec.Token()
		if err == io.EOF && ix.done {
			return ix.ps, nil
		}
		if err != nil {
			return nil, ix.syntaxProblem(err)
		}
		if ix.done {
			return nil, &problem{at: ix.cur.at(start), msg: "syntax error: unexpected data after the plan"}
		}
		if p := ix.token(tok, ix.cur.at(start)); p != nil {
			return nil, p
		}
	}
}

// token records one token found at p.
func (ix *jsonIndexer) token(tok json.Token, p pos) *problem {
	d, isDelim := tok.(json.Delim)
	if isDelim && (d == '}' || d == ']') {
		ix.stack = ix.stack[:len(ix.stack)-1]
		ix.finish()
		return nil
	}
	if n := len(ix.stack); n > 0 && ix.stack[n-1].wantKey {
		return ix.member(ix.stack[n-1], tok.(string), p)
	}
	ptr := ix.valuePointer()
	ix.ps.values[ptr] = p
	if !isDelim {
		ix.finish()
		return nil
	}
	if len(ix.stack) >= maxDepth {
		return &problem{at: p, msg: "syntax error: nested too deeply"}
	}
	ix.stack = append(ix.stack, &frame{ptr: ptr, object: d == '{', wantKey: d == '{', seen: map[string]bool{}})
	return nil
}

// member records a member name of the object f.
func (ix *jsonIndexer) member(f *frame, key string, p pos) *problem {
	ptr := f.ptr + pointer(key)
	if f.seen[key] {
		pr := fieldProblem(p, ptr, "duplicate property")
		return &pr
	}
	f.seen[key], f.key, f.wantKey = true, key, false
	ix.ps.keys[ptr] = p
	return nil
}

// valuePointer is the pointer of the value about to be read.
func (ix *jsonIndexer) valuePointer() string {
	n := len(ix.stack)
	if n == 0 {
		return ""
	}
	if f := ix.stack[n-1]; f.object {
		return f.ptr + pointer(f.key)
	}
	f := ix.stack[n-1]
	return f.ptr + "/" + strconv.Itoa(f.index)
}

// finish notes that a value of the innermost object or array is complete.
func (ix *jsonIndexer) finish() {
	n := len(ix.stack)
	if n == 0 {
		ix.done = true
		return
	}
	if f := ix.stack[n-1]; f.object {
		f.wantKey = true
	} else {
		f.index++
	}
}

// syntaxProblem locates a decoding error.
func (ix *jsonIndexer) syntaxProblem(err error) *problem {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &problem{at: ix.cur.at(int(se.Offset)), msg: "syntax error: " + se.Error()}
	}
	at := ix.cur.at(len(ix.data))
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return &problem{at: at, msg: "syntax error: unexpected end of file"}
	}
	return &problem{at: at, msg: "syntax error: " + err.Error()}
}

// skipSeparators returns the offset of the next token at or after off.
func skipSeparators(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}
