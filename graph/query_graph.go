package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
)

func (r queryResolver) Neighborhood(ctx context.Context, id string, depth *int) (*wardgraph.Subgraph, error) {
	d := deref(depth, 1)
	if err := wardgraph.CheckDepth(d); err != nil {
		return nil, err
	}
	g, err := r.store.Neighborhood(ctx, id, d)
	if err != nil {
		return nil, err
	}
	return &g, nil
}

func (r queryResolver) Paths(ctx context.Context, from string, to string, maxLength *int) ([]*wardgraph.Path, error) {
	n := deref(maxLength, 4)
	if err := wardgraph.CheckPathLength(n); err != nil {
		return nil, err
	}
	paths, err := r.store.Paths(ctx, from, to, n)
	if err != nil {
		return nil, err
	}
	return ptrs(paths), nil
}
