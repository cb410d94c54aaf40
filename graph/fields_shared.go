package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
)

// Plans loads the ward's plans through the request's plans-by-ward loader.
func (r wardResolver) Plans(ctx context.Context, w *wardgraph.Ward) ([]*model.Plan, error) {
	plans, err := loadersFrom(ctx).wardPlans().Load(ctx, w.ID)
	return model.NewPlans(plans, r.cfg.MaxPageSize), err
}

func (r partnerResolver) Initiatives(ctx context.Context, p *wardgraph.Partner, first *int, after *string) (*model.InitiativeConnection, error) {
	return r.linkedPage(ctx, p.ID, first, after)
}

func (r topicResolver) Initiatives(ctx context.Context, t *wardgraph.Topic, first *int, after *string) (*model.InitiativeConnection, error) {
	return r.linkedPage(ctx, t.ID, first, after)
}

func (r targetGroupResolver) Initiatives(ctx context.Context, t *wardgraph.TargetGroup, first *int, after *string) (*model.InitiativeConnection, error) {
	return r.linkedPage(ctx, t.ID, first, after)
}

// linkedPage pages through the initiatives linked to a shared node, loaded
// through the request's linked-initiatives loader.
func (r *Resolver) linkedPage(ctx context.Context, id string, first *int, after *string) (*model.InitiativeConnection, error) {
	n, err := wardgraph.PageSize("first", first, wardgraph.DefaultPageSize, r.cfg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	if _, err := wardgraph.DecodeCursor(deref(after, "")); err != nil {
		return nil, err
	}
	refs, err := loadersFrom(ctx).linkedInitiatives().Load(ctx, id)
	if err != nil {
		return nil, err
	}
	page, err := wardgraph.Paginate(refs, n, deref(after, ""))
	if err == nil {
		page.Items, err = connectionRefs(ctx, page.Items)
	}
	if err != nil {
		return nil, err
	}
	c := model.ConnectionOf(page, r.cfg.MaxPageSize)
	return &c, nil
}

func (r graphNodeResolver) Node(ctx context.Context, g *wardgraph.GraphNode) (model.Node, error) {
	return nodeThunk(r.batched(ctx), g.ID)()
}
