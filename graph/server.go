package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/generated"
)

// NewServer returns the GraphQL handler over store: POST and GET
// transports, per-request dataloaders, the error presenter and every limit
// of cfg (zero fields take their defaults). The HTTP layer (httpserver)
// adds the body-size limit, the per-request deadline (WithTimeout), CORS
// and the other routes.
func NewServer(store wardgraph.Store, cfg Config) *handler.Server {
	cfg = cfg.WithDefaults()
	es := generated.NewExecutableSchema(generated.Config{
		Resolvers:  NewResolver(store, cfg),
		Complexity: complexity(),
	})
	srv := handler.New(es)
	for _, ext := range cfg.Extensions {
		srv.Use(ext)
	}
	srv.AddTransport(httpTransport{cache: newHTTPCache(cfg.CacheMaxAge, cfg.AnswerCacheBytes, store.DataVersion)})
	queries := lru.New[*ast.QueryDocument](cfg.QueryCacheSize)
	srv.SetQueryCache(queries)
	if cfg.APQCacheSize > 0 {
		srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)})
	}
	srv.Use(newDocumentLimit(cfg.Document, queries))
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(shapeLimit{maxDepth: cfg.MaxDepth, introspection: cfg.Introspection})
	srv.Use(newComplexityLimit(cfg.MaxComplexity))
	present := presentError(cfg.Logger, cfg.Observer)
	srv.SetErrorPresenter(present)
	srv.SetRecoverFunc(recoverPanic(cfg.Logger))
	srv.AroundOperations(answerTimeout(cfg.Observer, cfg.Logger, present))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withLoaders(ctx, store, cfg.LoaderWait))
	})
	srv.AroundRootFields(checkDeadline)
	srv.AroundResponses(observe(cfg.Observer, cfg.Logger))
	srv.AroundResponses(capResponse(cfg.MaxResponseBytes, cfg.MaxErrors))
	srv.AroundResponses(newHeavyGate(cfg.HeavyCost, cfg.MaxHeavy).around)
	srv.AroundResponses(timedOut(present))
	return srv
}
