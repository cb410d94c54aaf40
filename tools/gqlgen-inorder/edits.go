package main

import (
	"bytes"
	"slices"
)

// edit replaces src[from:to] with text (from == to inserts it).
type edit struct {
	from, to int
	text     string
}

// applyEdits returns src with edits applied, in one pass. The edits must
// not overlap; two inserts at one offset keep their order.
func applyEdits(src []byte, edits []edit) []byte {
	slices.SortStableFunc(edits, func(a, b edit) int { return a.from - b.from })
	var out bytes.Buffer
	out.Grow(len(src))
	last := 0
	for _, e := range edits {
		out.Write(src[last:e.from])
		out.WriteString(e.text)
		last = e.to
	}
	out.Write(src[last:])
	return out.Bytes()
}
