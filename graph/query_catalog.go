package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
	"github.com/wardgraph/wardgraph/textnorm"
)

func (r queryResolver) Partners(ctx context.Context, nameContains *string) ([]*wardgraph.Partner, error) {
	return catalog[wardgraph.Partner](ctx, r.Resolver, wardgraph.LabelPartner, nameContains)
}

func (r queryResolver) Topics(ctx context.Context, nameContains *string) ([]*wardgraph.Topic, error) {
	return catalog[wardgraph.Topic](ctx, r.Resolver, wardgraph.LabelTopic, nameContains)
}

func (r queryResolver) TargetGroups(ctx context.Context, nameContains *string) ([]*wardgraph.TargetGroup, error) {
	return catalog[wardgraph.TargetGroup](ctx, r.Resolver, wardgraph.LabelTargetGroup, nameContains)
}

func (r queryResolver) Programs(ctx context.Context, nameContains *string) ([]*wardgraph.Program, error) {
	return catalog[wardgraph.Program](ctx, r.Resolver, wardgraph.LabelProgram, nameContains)
}

// catalog lists one shared label's nodes as T.
func catalog[T any](ctx context.Context, r *Resolver, label string, nameContains *string) ([]*T, error) {
	nodes, err := r.store.Catalog(ctx, label, textnorm.Normalize(deref(nameContains, "")))
	if err != nil {
		return nil, err
	}
	out := make([]*T, 0, len(nodes))
	for _, g := range nodes {
		if v, ok := sharedNode(g).(T); ok {
			out = append(out, &v)
		}
	}
	return out, nil
}

// Node reads the node directly: a root field needs no batch.
func (r queryResolver) Node(ctx context.Context, id string) (model.Node, error) {
	return nodeThunk(r.direct(ctx), id)()
}

func (r queryResolver) Nodes(ctx context.Context, ids []string) ([]model.Node, error) {
	if err := wardgraph.ListSize("ids", len(ids), r.cfg.MaxPageSize); err != nil {
		return nil, err
	}
	return r.resolveNodes(ctx, ids)
}
