package graph

import (
	"github.com/99designs/gqlgen/graphql"
	"log/slog"
	"runtime"
	"time"
)

// Config holds the GraphQL layer's limits. A zero field takes its default
// (see the constants); every limit refuses a query with a GraphQL error that
// names the limit and its value.
type Config struct {
	// MaxDepth is the deepest field nesting a query may select (default
	// DefaultMaxDepth). Introspection fields (__schema, __type) are not
	// counted, so GraphiQL's introspection query passes.
	MaxDepth int
	// MaxComplexity is the highest query cost accepted (default
	// DefaultMaxComplexity). Every field costs 1; lists that can grow
	// multiply their selection's cost by the page size asked (first) or
	// by a fixed estimate (see complexity.go).
	MaxComplexity int
	// MaxPageSize caps first on every paginated field and the number of
	// ids, wards or years one field takes (default DefaultMaxPageSize).
	// Lists given no first return 20 items or MaxPageSize when lower; a
	// plan's initiatives return up to MaxPageSize. search's first defaults
	// to 20 in the schema, so a cap below 20 refuses search without first.
	MaxPageSize int
	// Introspection enables __schema and __type queries. Off by default:
	// a public endpoint need not publish its schema; turn it on for
	// GraphiQL's documentation explorer and autocompletion.
	Introspection bool
	// APQCacheSize is how many automatic persisted queries are remembered
	// (LRU; default DefaultAPQCacheSize). Negative disables APQ.
	APQCacheSize int
	// QueryCacheSize is how many parsed query documents are cached (LRU;
	// default DefaultQueryCacheSize).
	QueryCacheSize int
	// LoaderWait is how long a dataloader collects keys before it calls
	// the store with one batch (default DefaultLoaderWait).
	LoaderWait time.Duration
	// CacheMaxAge is the max-age of the Cache-Control header of GET
	// answers, which also carry an ETag (see httpCache; default
	// DefaultCacheMaxAge). Negative sends no cache headers and never
	// answers 304. POST answers are never cached.
	CacheMaxAge time.Duration
	// AnswerCacheBytes bounds the in-process cache of GET answers (LRU,
	// keyed by ETag, so by query, variables and data version; default
	// DefaultAnswerCacheBytes). A GET it holds is answered without
	// executing. Negative disables it; so does a negative CacheMaxAge.
	AnswerCacheBytes int
	// Logger receives internal errors; they never reach clients (default
	// slog.Default()).
	Logger *slog.Logger

	// Document caps every query document's size before it is validated
	// (gqlparser's validation does not look at the deadline and is
	// quadratic in repeated fields), see DocumentLimits.
	Document DocumentLimits
	// MaxSearchText caps search's text, in characters (default
	// DefaultMaxSearchText).
	MaxSearchText int
	// MaxErrors caps the errors of one response (default DefaultMaxErrors);
	// the rest are counted in one last LIMIT error.
	MaxErrors int
	// MaxResponseBytes caps the JSON data of one response (default
	// DefaultMaxResponseBytes); a larger answer is replaced by a LIMIT error.
	MaxResponseBytes int
	// HeavyCost is the complexity from which an operation is heavy (default
	// DefaultHeavyCost); at most MaxHeavy heavy operations run at once
	// (default half the CPUs, at least 1), the others wait for a turn until
	// their deadline, so cheap queries keep the rest of the machine.
	HeavyCost int
	MaxHeavy  int
	// Observer, when set, is told about every operation and every refusal
	// (metrics, logs); see Observer.
	Observer Observer
	// Extensions are extra gqlgen extensions (tracing), installed before
	// every other one so that they wrap the whole operation. None by
	// default.
	Extensions []graphql.HandlerExtension
}

// Defaults of Config.
const (
	DefaultMaxDepth       = 12
	DefaultMaxComplexity  = 50000
	DefaultMaxPageSize    = 100
	DefaultAPQCacheSize   = 1000
	DefaultQueryCacheSize = 1000
	DefaultLoaderWait     = time.Millisecond
	DefaultCacheMaxAge    = time.Minute

	DefaultMaxSearchText    = 200
	DefaultMaxErrors        = 20
	DefaultMaxResponseBytes = 4 << 20
	DefaultHeavyCost        = 5000
	DefaultAnswerCacheBytes = 32 << 20 // 32 MiB
)

// WithDefaults returns c with every zero field set to its default.
func (c Config) WithDefaults() Config {
	if c.MaxDepth <= 0 {
		c.MaxDepth = DefaultMaxDepth
	}
	if c.MaxComplexity <= 0 {
		c.MaxComplexity = DefaultMaxComplexity
	}
	if c.MaxPageSize <= 0 {
		c.MaxPageSize = DefaultMaxPageSize
	}
	if c.APQCacheSize == 0 {
		c.APQCacheSize = DefaultAPQCacheSize
	}
	if c.QueryCacheSize <= 0 {
		c.QueryCacheSize = DefaultQueryCacheSize
	}
	if c.LoaderWait <= 0 {
		c.LoaderWait = DefaultLoaderWait
	}
	if c.AnswerCacheBytes == 0 {
		c.AnswerCacheBytes = DefaultAnswerCacheBytes
	}
	if c.CacheMaxAge == 0 {
		c.CacheMaxAge = DefaultCacheMaxAge
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	c.Document = c.Document.withDefaults()
	c.MaxSearchText = positiveOr(c.MaxSearchText, DefaultMaxSearchText)
	c.MaxErrors = positiveOr(c.MaxErrors, DefaultMaxErrors)
	c.MaxResponseBytes = positiveOr(c.MaxResponseBytes, DefaultMaxResponseBytes)
	c.HeavyCost = positiveOr(c.HeavyCost, DefaultHeavyCost)
	c.MaxHeavy = positiveOr(c.MaxHeavy, max(1, runtime.GOMAXPROCS(0)/2))
	if c.Observer == nil {
		c.Observer = nopObserver{}
	}
	return c
}

// positiveOr returns v, or def when v is not positive.
func positiveOr(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}
