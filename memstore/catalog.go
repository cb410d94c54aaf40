package memstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	wardgraph "github.com/wardgraph/wardgraph"
)

// catalogLabels are the labels Catalog lists.
var catalogLabels = []string{wardgraph.LabelPartner, wardgraph.LabelTopic, wardgraph.LabelTargetGroup,
	wardgraph.LabelProgram, wardgraph.LabelDepartment}

// Catalog lists the nodes of one shared label whose name contains
// nameContains (ignoring case), by name then id. Shared nodes no plan names
// any more are listed too: they are kept.
func (s *Store) Catalog(ctx context.Context, label, nameContains string) ([]wardgraph.GraphNode, error) {
	if !slices.Contains(catalogLabels, label) {
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "cannot list label %q (want one of %s)", label, strings.Join(catalogLabels, ", "))
	}
	want := strings.ToLower(nameContains)
	s.mu.RLock()
	out := []wardgraph.GraphNode{}
	for id := range s.byLabel[label] {
		n := s.nodes[id].node
		if strings.Contains(strings.ToLower(n.Name), want) {
			out = append(out, n)
		}
	}
	s.mu.RUnlock()
	slices.SortFunc(out, func(a, b wardgraph.GraphNode) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}
