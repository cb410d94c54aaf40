package graph_test

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/wardgraph/wardgraph"
)

// countingStore counts the calls to every read of the store it wraps.
type countingStore struct {
	wardgraph.Store
	mu    sync.Mutex
	calls map[string]int
}

func newCountingStore(s wardgraph.Store) *countingStore {
	return &countingStore{Store: s, calls: map[string]int{}}
}

func (c *countingStore) count(method string) {
	c.mu.Lock()
	c.calls[method]++
	c.mu.Unlock()
}

// total returns the number of calls so far and resets the counts.
func (c *countingStore) total() (int, map[string]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n, byMethod := 0, c.calls
	for _, v := range c.calls {
		n += v
	}
	c.calls = map[string]int{}
	return n, byMethod
}

func (c *countingStore) Plans(ctx context.Context, f wardgraph.PlanFilter) ([]*wardgraph.Plan, error) {
	c.count("Plans")
	return c.Store.Plans(ctx, f)
}

func (c *countingStore) Wards(ctx context.Context) ([]wardgraph.Ward, error) {
	c.count("Wards")
	return c.Store.Wards(ctx)
}

func (c *countingStore) Initiatives(ctx context.Context, q wardgraph.InitiativeQuery) (wardgraph.InitiativePage, error) {
	c.count("Initiatives")
	return c.Store.Initiatives(ctx, q)
}

func (c *countingStore) LinkedInitiatives(ctx context.Context, ids []string) (map[string][]wardgraph.InitiativeRef, error) {
	c.count("LinkedInitiatives")
	return c.Store.LinkedInitiatives(ctx, ids)
}

func (c *countingStore) Catalog(ctx context.Context, label, nameContains string) ([]wardgraph.GraphNode, error) {
	c.count("Catalog")
	return c.Store.Catalog(ctx, label, nameContains)
}

func (c *countingStore) Nodes(ctx context.Context, ids []string) ([]wardgraph.GraphNode, error) {
	c.count("Nodes")
	return c.Store.Nodes(ctx, ids)
}

func (c *countingStore) Search(ctx context.Context, q wardgraph.SearchQuery) ([]wardgraph.SearchHit, error) {
	c.count("Search")
	return c.Store.Search(ctx, q)
}

func (c *countingStore) Neighborhood(ctx context.Context, id string, depth int) (wardgraph.Subgraph, error) {
	c.count("Neighborhood")
	return c.Store.Neighborhood(ctx, id, depth)
}

func (c *countingStore) Paths(ctx context.Context, from, to string, maxLength int) ([]wardgraph.Path, error) {
	c.count("Paths")
	return c.Store.Paths(ctx, from, to, maxLength)
}

// slowStore makes Plans wait delay, or until the context ends.
type slowStore struct {
	wardgraph.Store
	delay time.Duration
}

func (s slowStore) Plans(ctx context.Context, f wardgraph.PlanFilter) ([]*wardgraph.Plan, error) {
	select {
	case <-time.After(s.delay):
		return s.Store.Plans(ctx, f)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// brokenStore fails the way a driver does: Wards with a raw error whose
// text must never reach a client, Plans with a wrapped *wardgraph.Error,
// Ping with an unavailable store.
type brokenStore struct{ wardgraph.Store }

const secret = "Neo.ClientError: MATCH (w:Ward) RETURN w /* secret cypher */"

func (brokenStore) Wards(context.Context) ([]wardgraph.Ward, error) {
	return nil, errors.New(secret)
}

func (brokenStore) Plans(context.Context, wardgraph.PlanFilter) ([]*wardgraph.Plan, error) {
	return nil, wardgraph.Wrap(errors.New(secret), wardgraph.EUNAVAILABLE, "the store cannot be reached")
}

func (brokenStore) Ping(context.Context) error {
	return wardgraph.Wrap(errors.New(secret), wardgraph.EUNAVAILABLE, "the store cannot be reached")
}
