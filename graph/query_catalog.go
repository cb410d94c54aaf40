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

// Node reads the node directly: a root field needs no batch, and a direct
// read spares the dataloader's wait.
func (r queryResolver) Node(ctx context.Context, id string) (model.Node, error) {
	if planID := wardgraph.PlanIDOf(id); planID != "" {
		plans, err := r.store.Plans(ctx, wardgraph.PlanFilter{IDs: []string{planID}})
		if err != nil || len(plans) == 0 {
			return nil, err
		}
		return planIndex(plans[0])[id], nil
	}
	if n, ok := registryNode(id); ok {
		return n, nil
	}
	nodes, err := r.store.Nodes(ctx, []string{id})
	if err != nil || len(nodes) == 0 {
		return nil, err
	}
	return sharedNode(nodes[0]), nil
}

func (r queryResolver) Nodes(ctx context.Context, ids []string) ([]model.Node, error) {
	if err := r.listSize("ids", len(ids)); err != nil {
		return nil, err
	}
	return resolveNodes(ctx, ids)
}
