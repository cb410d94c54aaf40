package graph

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
)

// resolveNodes resolves several ids with one batch per loader.
func (r *Resolver) resolveNodes(ctx context.Context, ids []string) ([]model.Node, error) {
	thunks := make([]func() (model.Node, error), len(ids))
	for i, id := range ids {
		thunks[i] = nodeThunk(r.batched(ctx), id)
	}
	out := make([]model.Node, len(ids))
	for i, t := range thunks {
		n, err := t()
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

// nodeReads are the two reads a node id can need: the plan a plan part
// sits in, or a shared node. Each queues its read and returns a function
// that waits for it; a missing plan or node is nil. pageCap is the
// server's page-size cap, for the plans it wraps (model.NewPlan).
type nodeReads struct {
	plan    func(id string) func() (*wardgraph.Plan, error)
	node    func(id string) func() (*wardgraph.GraphNode, error)
	pageCap int
}

// batched reads through the request's dataloaders, for nested fields.
func (r *Resolver) batched(ctx context.Context) nodeReads {
	l := loadersFrom(ctx)
	return nodeReads{
		plan:    func(id string) func() (*wardgraph.Plan, error) { return l.plans().LoadThunk(ctx, id) },
		node:    func(id string) func() (*wardgraph.GraphNode, error) { return l.nodes().LoadThunk(ctx, id) },
		pageCap: r.cfg.MaxPageSize,
	}
}

// direct reads the store at once: a root field needs no batch, and a direct
// read spares the dataloader's wait.
func (r *Resolver) direct(ctx context.Context) nodeReads {
	s := r.store
	return nodeReads{
		pageCap: r.cfg.MaxPageSize,
		plan: func(id string) func() (*wardgraph.Plan, error) {
			plans, err := s.Plans(ctx, wardgraph.PlanFilter{IDs: []string{id}})
			return func() (*wardgraph.Plan, error) { return first(plans, err) }
		},
		node: func(id string) func() (*wardgraph.GraphNode, error) {
			nodes, err := s.Nodes(ctx, []string{id})
			return func() (*wardgraph.GraphNode, error) { return first(ptrs(nodes), err) }
		},
	}
}

func first[T any](s []*T, err error) (*T, error) {
	if err != nil || len(s) == 0 {
		return nil, err
	}
	return s[0], nil
}

// nodeThunk finds the node with the given id: a plan part inside its plan,
// a ward or a city in the registry, another shared node in the store. It
// queues the read id needs and returns a function that waits for it and
// gives nil when nothing has the id.
func nodeThunk(r nodeReads, id string) func() (model.Node, error) {
	if planID := wardgraph.PlanIDOf(id); planID != "" {
		load := r.plan(planID)
		return func() (model.Node, error) {
			p, err := load()
			if err != nil || p == nil {
				return nil, err
			}
			return partNode(model.NewPlan(p, r.pageCap), id), nil
		}
	}
	if n, ok := registryNode(id); ok {
		return func() (model.Node, error) { return n, nil }
	}
	load := r.node(id)
	return func() (model.Node, error) {
		g, err := load()
		if err != nil || g == nil {
			return nil, err
		}
		return sharedNode(*g), nil
	}
}

// registryNode finds a city or a ward by id in the bundled registry.
func registryNode(id string) (model.Node, bool) {
	for _, m := range wardgraph.KnownMunicipalities() {
		if m.ID == id {
			return m, true
		}
	}
	if w, ok := wardgraph.WardByID(id); ok {
		return w, true
	}
	return nil, false
}

// sharedNode converts a shared node read from the store.
func sharedNode(g wardgraph.GraphNode) model.Node {
	str := func(k string) string { s, _ := g.Props[k].(string); return s }
	switch g.Label {
	case wardgraph.LabelPartner:
		return wardgraph.Partner{ID: g.ID, Name: g.Name, Kind: str("kind")}
	case wardgraph.LabelTopic:
		return wardgraph.Topic{ID: g.ID, Name: g.Name}
	case wardgraph.LabelTargetGroup:
		return wardgraph.TargetGroup{ID: g.ID, Name: g.Name}
	case wardgraph.LabelProgram:
		return wardgraph.Program{ID: g.ID, Name: g.Name}
	case wardgraph.LabelDepartment:
		return model.Department{ID: g.ID, Name: g.Name, Phone: str("phone"), Fax: str("fax"), Address: str("address")}
	case wardgraph.LabelWard, wardgraph.LabelMunicipality:
		n, _ := registryNode(g.ID)
		return n
	}
	return nil
}

// partNode returns the node of the plan or of its part with the given id,
// nil when it has none: it stops at the part, building no other node.
func partNode(p *model.Plan, id string) model.Node {
	if id == p.ID {
		return p
	}
	if pt, ok := p.Part(id); ok {
		return model.NodeOfPart(p, pt)
	}
	return nil
}

// partNodes maps each of the ids that is a plan or a part of one of the
// plans to its node, walking only the plans that hold any of them, each
// until its last id is found, and building no other node.
func partNodes(plans []*model.Plan, ids []string) map[string]model.Node {
	want := make(map[string]bool, len(ids))
	inPlan := map[string]int{} // plan id -> ids wanted in it
	for _, id := range ids {
		if planID := wardgraph.PlanIDOf(id); planID != "" && !want[id] {
			want[id] = true
			inPlan[planID]++
		}
	}
	ix := make(map[string]model.Node, len(want))
	for _, p := range plans {
		left := inPlan[p.ID]
		if left > 0 && want[p.ID] {
			ix[p.ID] = p
			left--
		}
		for pt := range p.AllParts() {
			if left == 0 {
				break
			}
			if !want[pt.ID] {
				continue
			}
			left--
			if n := model.NodeOfPart(p, pt); n != nil {
				ix[pt.ID] = n
			}
		}
	}
	return ix
}
