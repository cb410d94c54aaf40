package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders"
)

// reloadable is the store `serve --data DIR` answers from: on SIGHUP it
// reads DIR again into a fresh embedded store, exactly as a restart would,
// and swaps it in, so that each store call sees the old plans or the new
// ones. A folder that no longer loads keeps the plans served.
type reloadable struct {
	cur atomic.Pointer[wardgraph.Store]
}

func newReloadable(s wardgraph.Store) *reloadable {
	r := &reloadable{}
	r.cur.Store(&s)
	return r
}

func (r *reloadable) store() wardgraph.Store { return *r.cur.Load() }

// reloadOnHangup reloads the store from sf on every SIGHUP until ctx ends,
// saying on stderr what it served before and after.
func reloadOnHangup(ctx context.Context, r *reloadable, sf storeFlags, stderr io.Writer) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	go func() {
		defer signal.Stop(hup)
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				r.reload(ctx, sf, stderr)
			}
		}
	}()
}

func (r *reloadable) reload(ctx context.Context, sf storeFlags, stderr io.Writer) {
	fresh, err := sf.open(ctx, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "wardgraph: reload of %s failed, still serving the plans loaded before: %s\n", sf.data, wardgraph.ErrorMessage(err))
		return
	}
	old := r.store()
	r.cur.Store(&fresh)
	old.Close()
	plans, _ := fresh.Plans(ctx, wardgraph.PlanFilter{})
	fmt.Fprintf(stderr, "wardgraph: reloaded %s: %s\n", sf.data, loaders.Count(len(plans), "plan"))
}

// The store's methods are the current store's.

func (r *reloadable) SavePlan(ctx context.Context, p *wardgraph.Plan) (wardgraph.SaveStats, error) {
	return r.store().SavePlan(ctx, p)
}

func (r *reloadable) Plans(ctx context.Context, f wardgraph.PlanFilter) ([]*wardgraph.Plan, error) {
	return r.store().Plans(ctx, f)
}

func (r *reloadable) Wards(ctx context.Context) ([]wardgraph.Ward, error) {
	return r.store().Wards(ctx)
}

func (r *reloadable) Initiatives(ctx context.Context, q wardgraph.InitiativeQuery) (wardgraph.InitiativePage, error) {
	return r.store().Initiatives(ctx, q)
}

func (r *reloadable) LinkedInitiatives(ctx context.Context, ids []string) (map[string][]wardgraph.InitiativeRef, error) {
	return r.store().LinkedInitiatives(ctx, ids)
}

func (r *reloadable) Catalog(ctx context.Context, label, nameContains string) ([]wardgraph.GraphNode, error) {
	return r.store().Catalog(ctx, label, nameContains)
}

func (r *reloadable) Nodes(ctx context.Context, ids []string) ([]wardgraph.GraphNode, error) {
	return r.store().Nodes(ctx, ids)
}

func (r *reloadable) Search(ctx context.Context, q wardgraph.SearchQuery) ([]wardgraph.SearchHit, error) {
	return r.store().Search(ctx, q)
}

func (r *reloadable) Neighborhood(ctx context.Context, id string, depth int) (wardgraph.Subgraph, error) {
	return r.store().Neighborhood(ctx, id, depth)
}

func (r *reloadable) Paths(ctx context.Context, from, to string, maxLength int) ([]wardgraph.Path, error) {
	return r.store().Paths(ctx, from, to, maxLength)
}

func (r *reloadable) DataVersion(ctx context.Context) (string, error) {
	return r.store().DataVersion(ctx)
}

func (r *reloadable) Ping(ctx context.Context) error { return r.store().Ping(ctx) }

func (r *reloadable) Close() error { return r.store().Close() }
