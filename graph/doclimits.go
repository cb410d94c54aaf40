package graph

import (
	"context"
	"crypto/sha256"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// DocumentLimits caps a query document before gqlparser validates it.
// Validation does not look at the request's deadline and some of its rules
// are quadratic (overlapping fields) or follow every fragment spread, so
// the only bound on its time is a bound on its input. A zero field takes
// its default.
type DocumentLimits struct {
	// Fields is the most fields written in one document (default 1000).
	Fields int
	// Aliases is the most aliased fields in one document (default 100).
	Aliases int
	// Directives is the most directives in one document (default 50).
	Directives int
	// Spreads is the most fragment spreads written in one document
	// (default 200).
	Spreads int
	// Expanded is the most fields the document's operations select once
	// every fragment spread is replaced by its fragment (default 5000);
	// it refuses fragment bombs, whose few spreads double at every level.
	Expanded int
}

// Defaults of DocumentLimits.
const (
	DefaultMaxFields     = 1000
	DefaultMaxAliases    = 100
	DefaultMaxDirectives = 50
	DefaultMaxSpreads    = 200
	DefaultMaxExpanded   = 5000
)

func (l DocumentLimits) withDefaults() DocumentLimits {
	l.Fields = positiveOr(l.Fields, DefaultMaxFields)
	l.Aliases = positiveOr(l.Aliases, DefaultMaxAliases)
	l.Directives = positiveOr(l.Directives, DefaultMaxDirectives)
	l.Spreads = positiveOr(l.Spreads, DefaultMaxSpreads)
	l.Expanded = positiveOr(l.Expanded, DefaultMaxExpanded)
	return l
}

// documentLimit is the extension that applies DocumentLimits to every
// query not already in the parsed-query cache (a cached query passed them).
// Refused queries are remembered by their SHA-256 (refused, they never
// reach that cache), so a client that sends the same refused query again
// and again costs a hash per request, not a parse.
type documentLimit struct {
	limits  DocumentLimits
	cache   graphql.Cache[*ast.QueryDocument]
	refused graphql.Cache[*gqlerror.Error]
}

// refusedCacheSize is how many refused queries are remembered.
const refusedCacheSize = 1000

func newDocumentLimit(l DocumentLimits, cache graphql.Cache[*ast.QueryDocument]) documentLimit {
	return documentLimit{limits: l, cache: cache, refused: lru.New[*gqlerror.Error](refusedCacheSize)}
}

var _ interface {
	graphql.OperationParameterMutator
	graphql.HandlerExtension
} = documentLimit{}

// ExtensionName names the extension.
func (documentLimit) ExtensionName() string { return "DocumentLimit" }

// Validate accepts any schema.
func (documentLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters parses the query (linear in its length) and
// refuses it when it passes a limit. A query that does not parse is left
// to gqlgen, which reports the syntax error.
func (d documentLimit) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if _, ok := d.cache.Get(ctx, p.Query); ok || p.Query == "" {
		return nil
	}
	sum := sha256.Sum256([]byte(p.Query))
	key := string(sum[:])
	if e, ok := d.refused.Get(ctx, key); ok {
		return limitError(e.Extensions["limit"].(string), e.Message) // a copy: gqlgen writes to errors it is given
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: p.Query})
	if err != nil {
		return nil
	}
	e := d.limits.check(countDocument(doc, d.limits.Expanded))
	if e != nil {
		d.refused.Add(ctx, key, e)
	}
	return e
}

// check returns the LIMIT error of the first limit c passes, or nil.
func (l DocumentLimits) check(c docCounts) *gqlerror.Error {
	for _, x := range []struct {
		limit, what string
		n, max      int
	}{
		{"fields", "fields", c.fields, l.Fields},
		{"aliases", "aliases", c.aliases, l.Aliases},
		{"directives", "directives", c.directives, l.Directives},
		{"spreads", "fragment spreads", c.spreads, l.Spreads},
	} {
		if x.n > x.max {
			return limitError(x.limit, fmt.Sprintf("the query has %d %s, over the limit of %d per document", x.n, x.what, x.max))
		}
	}
	if c.expanded > l.Expanded {
		return limitError("expanded", fmt.Sprintf("the query selects more than %d fields once its fragments are expanded (the limit per document)", l.Expanded))
	}
	return nil
}
