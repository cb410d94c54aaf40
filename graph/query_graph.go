package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
)

func (r queryResolver) Neighborhood(ctx context.Context, id string, depth *int) (*wardgraph.Subgraph, error) {
	d := deref(depth, 1)
	if d < 1 || d > wardgraph.MaxDepth {
		return nil, wardgraph.Errorf(wardgraph.ELIMIT, "neighborhood depth is %d; it must be 1 to %d", d, wardgraph.MaxDepth)
	}
	g, err := r.store.Neighborhood(ctx, id, d)
	if err != nil {
		return nil, err
	}
	return &g, nil
}

func (r queryResolver) Paths(ctx context.Context, from string, to string, maxLength *int) ([]*wardgraph.Path, error) {
	n := deref(maxLength, 4)
	if n < 1 || n > wardgraph.MaxPathLength {
		return nil, wardgraph.Errorf(wardgraph.ELIMIT, "paths maxLength is %d; it must be 1 to %d", n, wardgraph.MaxPathLength)
	}
	paths, err := r.store.Paths(ctx, from, to, n)
	if err != nil {
		return nil, err
	}
	return ptrs(paths), nil
}
