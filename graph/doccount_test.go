package graph

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// bomb is a fragment bomb of the given levels: 2^levels fields expanded,
// each level one field deeper.
func bomb(t *testing.T, levels int) *ast.QueryDocument {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "{ ...F%d } fragment F0 on Query { __typename }", levels)
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, " fragment F%d on Query { wards { ...F%d } plans { ...F%d } }", i, i-1, i-1)
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: b.String()})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestWalksAreLinear checks that the depth walk and the document count
// finish on a 60-level fragment bomb (2^61 fields expanded; a walk that
// follows every spread would never end) with the right answers.
func TestWalksAreLinear(t *testing.T) {
	doc := bomb(t, 60)
	w := &shapeWalker{fragments: doc.Fragments, depths: map[string]int{}}
	if d := w.depth(doc.Operations[0].SelectionSet); d != 61 {
		t.Errorf("depth = %d, want 61", d)
	}
	c := countDocument(doc, 5000)
	want := docCounts{fields: 1 + 2*60, spreads: 1 + 2*60, expanded: 5001}
	if c != want {
		t.Errorf("counts = %+v, want %+v", c, want)
	}
	small := countDocument(bomb(t, 3), 5000)
	if small.expanded != 2+4+8+8 { // 2 fields, 4, 8, then 8 __typename leaves
		t.Errorf("3-level bomb expands to %d fields, want 22", small.expanded)
	}
}
