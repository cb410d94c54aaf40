package wardgraph

import "context"

// Store keeps plans and answers the reads the API needs. The embedded store
// (memstore) and the Neo4j store (neo4jstore) implement it, and one contract
// suite (storetest) proves that they give the same answers.
//
// Plans and values a Store returns are read-only: callers must not modify
// them. Errors are *Error values: ENOTFOUND, EINVALID, ELIMIT or
// EUNAVAILABLE when the backing store cannot be reached.
type Store interface {
	// SavePlan saves a plan, whose ids must be assigned, replacing the whole
	// subgraph of a plan with the same id: nothing stale stays behind and
	// shared nodes (wards, partners, topics, programmes, ...) are kept.
	// Saving the same plan twice changes nothing.
	SavePlan(ctx context.Context, p *Plan) (SaveStats, error)

	// Plans returns the plans that match the filter, in ComparePlans order
	// (ward code, fiscal year, final before draft).
	Plans(ctx context.Context, f PlanFilter) ([]*Plan, error)

	// Wards returns the wards that have at least one plan, by code.
	Wards(ctx context.Context) ([]Ward, error)

	// Initiatives returns one page of the initiatives that match q.Filter in
	// q.Sort order (SortInitiatives), with the total count: q.First items
	// after q.After, none for First 0. It checks q with q.Normalize. A
	// store may answer refs into partial plans (Plan.Partial) that hold
	// only the plan's header, its source and the listed initiatives with
	// their strategies and issues.
	Initiatives(ctx context.Context, q InitiativeQuery) (InitiativePage, error)

	// LinkedInitiatives returns, for each partner, topic or target group id,
	// the initiatives linked to it, in the default initiative order; its
	// refs may be into partial plans as those of Initiatives.
	LinkedInitiatives(ctx context.Context, targetIDs []string) (map[string][]InitiativeRef, error)

	// Catalog lists the nodes of one shared label (Partner, Topic,
	// TargetGroup, Program, Department) whose name contains nameContains
	// (case-insensitive; "" for all), ordered by name.
	Catalog(ctx context.Context, label, nameContains string) ([]GraphNode, error)

	// Nodes returns the nodes with the given ids, in the order asked,
	// leaving out ids that do not exist.
	Nodes(ctx context.Context, ids []string) ([]GraphNode, error)

	// Search finds the nodes whose text contains q.Text (already NFKC
	// normalised), ranked by ScoreText, best first (CompareHits), at most
	// q.First hits, none for First 0. It checks q with q.Normalize.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)

	// Neighborhood returns the nodes within depth links of id, ignoring the
	// direction of links and the provenance links (FROM), with every link
	// between those nodes. Nodes are gathered with Walk: at most
	// MaxNeighborhoodNodes, the nearest first, and Truncated says when more
	// were within reach. Nodes are ordered by id, edges by SortEdges.
	// ENOTFOUND for an unknown id, EINVALID for a depth outside 0..MaxDepth.
	Neighborhood(ctx context.Context, id string, depth int) (Subgraph, error)

	// Paths returns the shortest paths between two nodes, ignoring
	// direction and FROM links, no longer than maxLength, at most MaxPaths,
	// ordered by their node ids. ENOTFOUND names an unknown end.
	Paths(ctx context.Context, from, to string, maxLength int) ([]Path, error)

	// DataVersion returns a token of what the store holds: it changes on
	// every save (by this process or, for a shared database, any other),
	// so answers computed at one version may be reused while the store
	// reports it (HTTP caching keys ETags on it). Tokens are opaque; a
	// store that has never been saved to may report "".
	DataVersion(ctx context.Context) (string, error)

	// Ping reports whether the backing store can be reached.
	Ping(ctx context.Context) error

	// Close releases the store's resources.
	Close() error
}

// Bounds every store enforces on graph walks.
const (
	MaxDepth             = 3   // neighbourhood depth
	MaxPathLength        = 6   // path length
	MaxPaths             = 20  // paths returned
	MaxNeighborhoodNodes = 500 // nodes in one neighbourhood; more are cut (Subgraph.Truncated)
)

// SaveStats counts what SavePlan wrote: the nodes and edges of the plan's
// projection, whether an earlier version was replaced and, for a store that
// can tell, whether that version was the same plan (Unchanged).
type SaveStats struct {
	Nodes     int
	Edges     int
	Replaced  bool
	Unchanged bool
}

// PlanFilter selects plans. Empty fields select everything; fields combine
// with AND, values within a field with OR.
type PlanFilter struct {
	IDs         []string
	WardIDs     []string
	FiscalYears []int
	// Drafts: nil for finals and drafts alike, or true/false for only one.
	Drafts *bool
}

// InitiativeFilter selects initiatives. Empty fields select everything.
// Partner and Topic match a linked node whose id equals the value or whose
// name contains it; Text matches title or description (case-insensitive
// substring, NFKC normalised by the caller).
type InitiativeFilter struct {
	WardIDs    []string
	FiscalYear int
	Issue      int
	Partner    string
	Topic      string
	Text       string
}

// InitiativeSortField is what initiatives are ordered by.
type InitiativeSortField string

// The sort fields. CODE is the default: ward code, fiscal year, final before
// draft, then the initiative's place in its plan.
const (
	SortByCode       InitiativeSortField = "CODE"
	SortByBudget     InitiativeSortField = "BUDGET"      // BUDGET-kind total, ties by CODE order
	SortByFiscalYear InitiativeSortField = "FISCAL_YEAR" // ties by CODE order
)

// InitiativeQuery is a filtered, sorted page request. After is an opaque
// cursor from a previous page (see EncodeCursor); First is the page size,
// taken as given: 0 asks for the total count alone (PageSize reads a
// client's first with its default and cap).
type InitiativeQuery struct {
	Filter InitiativeFilter
	Sort   InitiativeSortField
	Desc   bool
	First  int
	After  string
}

// InitiativePage is one page of initiatives: the items with their cursors
// (parallel to Items), the number of all that match, whether items come
// after the page and the position of its first item in the whole list
// (NewInitiativePage builds one).
type InitiativePage struct {
	Items       []InitiativeRef
	Cursors     []string
	TotalCount  int
	HasNextPage bool
	Offset      int
}

// SearchQuery asks for nodes by text: at most First hits, none for 0.
// WardID and FiscalYear ("" and 0 for any) keep only the parts of the plans
// of that ward and fiscal year, before ranking, so First counts the hits
// that pass; with either set, shared nodes (partners, topics, wards), which
// belong to no plan, are left out (see SearchQuery.Keeps).
type SearchQuery struct {
	Text       string
	First      int
	WardID     string
	FiscalYear int
}

// SearchHit is one search result: the node, the plan it belongs to ("" for
// shared nodes such as partners), a snippet around the match and its score.
type SearchHit struct {
	Node    GraphNode
	PlanID  string
	Snippet string
	Score   float64
}

// Subgraph is a set of nodes and the edges between them. Truncated is set
// when a neighbourhood had more nodes within reach than it returns.
type Subgraph struct {
	Nodes     []GraphNode
	Edges     []GraphEdge
	Truncated bool
}

// Path is a walk from one node to another: Nodes has one more element than
// Edges, and Edges[i] joins Nodes[i] and Nodes[i+1] in either direction.
type Path struct {
	Nodes []GraphNode
	Edges []GraphEdge
}
