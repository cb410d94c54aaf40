package graph

import (
	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/generated"
)

// Resolver answers GraphQL fields from a wardgraph.Store. Root fields call
// the store; nested fields navigate the loaded plan trees or go through the
// request's dataloaders.
type Resolver struct {
	store wardgraph.Store
	cfg   Config
}

// NewResolver returns a resolver over store with cfg's limits (zero fields
// take their defaults).
func NewResolver(store wardgraph.Store, cfg Config) *Resolver {
	return &Resolver{store: store, cfg: cfg.WithDefaults()}
}

// The generated resolver roots. Every type is a view of *Resolver.
type (
	queryResolver       struct{ *Resolver }
	wardResolver        struct{ *Resolver }
	partnerResolver     struct{ *Resolver }
	topicResolver       struct{ *Resolver }
	targetGroupResolver struct{ *Resolver }
	graphNodeResolver   struct{ *Resolver }
)

// Query returns the root query resolver.
func (r *Resolver) Query() generated.QueryResolver { return queryResolver{r} }

// Ward returns the Ward field resolver.
func (r *Resolver) Ward() generated.WardResolver { return wardResolver{r} }

// Partner returns the Partner field resolver.
func (r *Resolver) Partner() generated.PartnerResolver { return partnerResolver{r} }

// Topic returns the Topic field resolver.
func (r *Resolver) Topic() generated.TopicResolver { return topicResolver{r} }

// TargetGroup returns the TargetGroup field resolver.
func (r *Resolver) TargetGroup() generated.TargetGroupResolver { return targetGroupResolver{r} }

// GraphNode returns the GraphNode field resolver.
func (r *Resolver) GraphNode() generated.GraphNodeResolver { return graphNodeResolver{r} }
