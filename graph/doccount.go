package graph

import "github.com/vektah/gqlparser/v2/ast"

// docCounts is what a query document holds: what is written (fields,
// aliases, directives, spreads) and how many fields its operations select
// with every fragment expanded (at most a cap plus one).
type docCounts struct {
	fields, aliases, directives, spreads int
	expanded                             int
}

// countDocument counts doc in one pass over what is written, plus one pass
// per fragment for the expanded count (each fragment's size is worked out
// once), so fragment bombs cost no more to count than to parse. Counts of
// expansion stop growing past limit.
func countDocument(doc *ast.QueryDocument, limit int) docCounts {
	c := &counter{limit: limit, defs: map[string]*ast.FragmentDefinition{}, sizes: map[string]int{}}
	for _, f := range doc.Fragments {
		c.defs[f.Name] = f
		c.n.directives += len(f.Directives)
		c.written(f.SelectionSet)
	}
	for _, op := range doc.Operations {
		c.n.directives += len(op.Directives)
		for _, v := range op.VariableDefinitions {
			c.n.directives += len(v.Directives)
		}
		c.written(op.SelectionSet)
		c.n.expanded = c.add(c.n.expanded, c.expand(op.SelectionSet))
	}
	return c.n
}

type counter struct {
	n     docCounts
	limit int
	defs  map[string]*ast.FragmentDefinition
	sizes map[string]int // expanded size of each fragment seen
}

// written counts the selections as written, spreads not followed.
func (c *counter) written(set ast.SelectionSet) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			c.n.fields++
			if s.Alias != "" && s.Alias != s.Name {
				c.n.aliases++
			}
			c.n.directives += len(s.Directives)
			c.written(s.SelectionSet)
		case *ast.InlineFragment:
			c.n.directives += len(s.Directives)
			c.written(s.SelectionSet)
		case *ast.FragmentSpread:
			c.n.spreads++
			c.n.directives += len(s.Directives)
		}
	}
}

// expand returns the number of fields set selects, fragments expanded.
func (c *counter) expand(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			n = c.add(n, c.add(1, c.expand(s.SelectionSet)))
		case *ast.InlineFragment:
			n = c.add(n, c.expand(s.SelectionSet))
		case *ast.FragmentSpread:
			n = c.add(n, c.fragment(s.Name))
		}
	}
	return n
}

func (c *counter) fragment(name string) int {
	if n, ok := c.sizes[name]; ok {
		return n
	}
	c.sizes[name] = 0 // a cycle back here counts as nothing (validation refuses it)
	def := c.defs[name]
	if def == nil {
		return 0
	}
	n := c.expand(def.SelectionSet)
	c.sizes[name] = n
	return n
}

// add adds without passing limit+1, so no count can overflow.
func (c *counter) add(a, b int) int { return min(a+b, c.limit+1) }
