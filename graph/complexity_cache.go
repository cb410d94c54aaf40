package graph

import (
	"context"
	"encoding/json"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Sizes of the complexity cache: how many operations it remembers, and
// the longest key (query, operation name and variables) it keeps.
const (
	complexityCacheSize   = 512
	complexityCacheMaxKey = 8 << 10
)

// complexityLimit is gqlgen's fixed complexity limit with its answers
// remembered. A query's complexity depends only on its document, its
// operation and its variables, yet gqlgen walks the whole document for
// every request, allocating per field (a quarter of a nested plan's
// allocations before this cache). A request whose key is remembered gets
// the same ComplexityStats without the walk; one over the limit is
// refused by gqlgen's own extension, with its own error.
type complexityLimit struct {
	*extension.ComplexityLimit
	known *lru.LRU[int]
}

var _ interface {
	graphql.OperationContextMutator
	graphql.HandlerExtension
} = complexityLimit{}

// newComplexityLimit refuses operations of complexity over limit.
func newComplexityLimit(limit int) complexityLimit {
	return complexityLimit{extension.FixedComplexityLimit(limit), lru.New[int](complexityCacheSize)}
}

// MutateOperationContext records the operation's complexity in its stats,
// as gqlgen's limit does, from the cache when it can.
func (c complexityLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	key, ok := complexityKey(opCtx)
	limit := c.Func(ctx, opCtx)
	if n, hit := c.known.Get(ctx, key); ok && hit && n <= limit {
		opCtx.Stats.SetExtension(c.ExtensionName(), &extension.ComplexityStats{Complexity: n, ComplexityLimit: limit})
		return nil
	}
	err := c.ComplexityLimit.MutateOperationContext(ctx, opCtx)
	if stats, _ := opCtx.Stats.GetExtension(c.ExtensionName()).(*extension.ComplexityStats); ok && stats != nil {
		c.known.Add(ctx, key, stats.Complexity)
	}
	return err
}

// complexityKey is what an operation's complexity depends on; false when
// it is too long to keep.
func complexityKey(opCtx *graphql.OperationContext) (string, bool) {
	vars := []byte{}
	if len(opCtx.Variables) > 0 {
		var err error
		if vars, err = json.Marshal(opCtx.Variables); err != nil {
			return "", false
		}
	}
	if len(opCtx.RawQuery)+len(opCtx.OperationName)+len(vars) > complexityCacheMaxKey {
		return "", false
	}
	return opCtx.RawQuery + "\x00" + opCtx.OperationName + "\x00" + string(vars), true
}
