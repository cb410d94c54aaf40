package neo4jstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

// catalogLabels are the shared labels Catalog lists.
var catalogLabels = []string{wardgraph.LabelPartner, wardgraph.LabelTopic, wardgraph.LabelTargetGroup,
	wardgraph.LabelProgram, wardgraph.LabelDepartment}

// Catalog lists the nodes of one shared label whose name contains
// nameContains (ignoring case), by name then id.
func (s *Store) Catalog(ctx context.Context, label, nameContains string) ([]wardgraph.GraphNode, error) {
	if !slices.Contains(catalogLabels, label) {
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "cannot list label %q (want one of %s)", label, strings.Join(catalogLabels, ", "))
	}
	recs, err := s.query(ctx, "catalog", map[string]any{"label": label, "nameContains": nameContains})
	if err != nil {
		return nil, err
	}
	out, err := recordNodes(recs, "n")
	if err != nil {
		return nil, err
	}
	want := strings.ToLower(nameContains)
	out = slices.DeleteFunc(out, func(n wardgraph.GraphNode) bool { return !strings.Contains(strings.ToLower(n.Name), want) })
	slices.SortFunc(out, func(a, b wardgraph.GraphNode) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// Nodes returns the nodes with the given ids, in the order asked, leaving
// out ids that do not exist.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]wardgraph.GraphNode, error) {
	out := make([]wardgraph.GraphNode, 0, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	found, err := s.nodesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if n, ok := found[id]; ok {
			out = append(out, n)
		}
	}
	return out, nil
}

func (s *Store) nodesByID(ctx context.Context, ids []string) (map[string]wardgraph.GraphNode, error) {
	recs, err := s.query(ctx, "nodes", map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	return nodeMap(recs)
}

func nodesByIDTx(run runFunc, ids []string) (map[string]wardgraph.GraphNode, error) {
	recs, err := run("nodes", map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	return nodeMap(recs)
}

func nodeMap(recs []*neo4j.Record) (map[string]wardgraph.GraphNode, error) {
	nodes, err := recordNodes(recs, "n")
	if err != nil {
		return nil, err
	}
	m := make(map[string]wardgraph.GraphNode, len(nodes))
	for _, n := range nodes {
		m[n.ID] = n
	}
	return m, nil
}

// recordNodes returns the GraphNodes under key in every record.
func recordNodes(recs []*neo4j.Record, key string) ([]wardgraph.GraphNode, error) {
	out := make([]wardgraph.GraphNode, 0, len(recs))
	for _, r := range recs {
		n, err := recordNode(r, key)
		if err != nil {
			return nil, wardgraph.Wrap(err, wardgraph.EINTERNAL, msgQuery)
		}
		out = append(out, graphNode(n))
	}
	return out, nil
}
