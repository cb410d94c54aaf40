package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
)

func (r queryResolver) Neighborhood(ctx context.Context, id string, depth *int) (*model.Subgraph, error) {
	d := deref(depth, 1)
	if err := wardgraph.CheckDepth(d); err != nil {
		return nil, err
	}
	g, err := r.store.Neighborhood(ctx, id, d)
	if err != nil {
		return nil, err
	}
	return &model.Subgraph{Subgraph: &g}, nil
}

func (r queryResolver) Paths(ctx context.Context, from string, to string, maxLength *int) ([]*model.Path, error) {
	n := deref(maxLength, 4)
	if err := wardgraph.CheckPathLength(n); err != nil {
		return nil, err
	}
	paths, err := r.store.Paths(ctx, from, to, n)
	if err != nil {
		return nil, err
	}
	out := make([]model.Path, len(paths))
	for i, p := range paths {
		out[i] = model.Path{Path: p}
	}
	return ptrs(out), nil
}
