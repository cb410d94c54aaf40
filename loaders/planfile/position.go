package planfile

import (
	"strconv"
	"strings"
)

// pos is a 1-based line and column (counted in characters) in a file.
type pos struct{ line, col int }

// positions maps JSON pointers ("/issues/0/code") to where the value, and
// for object members the key, starts in the file the plan was read from.
type positions struct {
	values map[string]pos
	keys   map[string]pos
}

func newPositions() *positions {
	return &positions{values: map[string]pos{}, keys: map[string]pos{}}
}

// value returns where the value at ptr starts, or that of its nearest
// ancestor present in the file (a missing member is reported at its object).
func (ps *positions) value(ptr string) pos {
	for {
		if p, ok := ps.values[ptr]; ok {
			return p
		}
		i := strings.LastIndexByte(ptr, '/')
		if i < 0 {
			return pos{1, 1}
		}
		ptr = ptr[:i]
	}
}

// key returns where the member name at ptr starts, falling back to value.
func (ps *positions) key(ptr string) pos {
	if p, ok := ps.keys[ptr]; ok {
		return p
	}
	return ps.value(ptr)
}

// Escaping and unescaping of JSON pointer tokens (RFC 6901).
var (
	escapeToken   = strings.NewReplacer("~", "~0", "/", "~1")
	unescapeToken = strings.NewReplacer("~1", "/", "~0", "~")
)

// pointer joins JSON pointer tokens, escaping ~ and /.
func pointer(tokens ...string) string {
	var sb strings.Builder
	for _, t := range tokens {
		sb.WriteByte('/')
		sb.WriteString(escapeToken.Replace(t))
	}
	return sb.String()
}

// fieldPath renders a JSON pointer the way users read it:
// /issues/0/strategies/1/code is issues[0].strategies[1].code.
func fieldPath(ptr string) string {
	if ptr == "" {
		return "(plan)"
	}
	var sb strings.Builder
	for _, t := range strings.Split(ptr[1:], "/") {
		t = unescapeToken.Replace(t)
		if _, err := strconv.Atoi(t); err == nil && sb.Len() > 0 {
			sb.WriteString("[" + t + "]")
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('.')
		}
		sb.WriteString(t)
	}
	return sb.String()
}
