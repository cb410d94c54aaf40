// Package memstore is wardgraph's embedded store: every plan in memory,
// indexed for the reads the API makes, safe for concurrent readers.
//
// A plan is saved by building everything derived from it (its graph
// projection, text index, initiative list) first and then swapping it in
// under the write lock, so a reader sees the old plan or the new one, never
// part of either. Shared nodes (wardgraph.IsShared: wards, partners,
// topics, programmes, departments, ...) are reference-counted across the
// plans that name them; like the Neo4j store, a shared node no plan names
// any more is kept (with no links), so both stores answer alike.
package memstore

import (
	"context"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	wardgraph "github.com/wardgraph/wardgraph"
)

var _ wardgraph.Store = (*Store)(nil)

// Store is the in-memory store. The zero value is not usable; call New.
type Store struct {
	mu      sync.RWMutex
	plans   map[string]*planEntry
	order   []*planEntry            // by ward code, fiscal year, final before draft
	byWard  map[string][]*planEntry // ward id -> its plans, in order
	nodes   map[string]*nodeRec
	byLabel map[string]map[string]struct{} // shared label -> node ids
	edges   map[edgeKey]*edgeRec           // non-FROM edges
	adj     map[string]*adjList            // node id -> its walk edges
	linked  map[string]map[string]struct{} // link target id -> plan ids
	texts   *corpus                        // over plan parts' text
	shared  *textIndex                     // over shared nodes' text
	sharedN []string                       // shared text document -> node id
	saves   atomic.Uint64                  // saves so far (DataVersion)
	epoch   string                         // this store's creation time (DataVersion)
}

// nodeRec is a node and the number of saved plans whose projection has it.
type nodeRec struct {
	node    wardgraph.GraphNode
	refs    int
	indexed bool // in the shared text index
}

// edgeKey identifies an edge: one edge per (from, type, to).
type edgeKey struct{ from, typ, to string }

func keyOf(e wardgraph.GraphEdge) edgeKey { return edgeKey{e.From, e.Type, e.To} }

type edgeRec struct {
	edge        wardgraph.GraphEdge
	refs        int
	outAt, inAt int // positions in the adjacency lists of its ends
}

// New returns an empty store.
func New() *Store {
	return &Store{
		plans:   map[string]*planEntry{},
		byWard:  map[string][]*planEntry{},
		nodes:   map[string]*nodeRec{},
		byLabel: map[string]map[string]struct{}{},
		edges:   map[edgeKey]*edgeRec{},
		adj:     map[string]*adjList{},
		linked:  map[string]map[string]struct{}{},
		texts:   newCorpus(),
		shared:  newTextIndex(),
		epoch:   strconv.FormatInt(time.Now().UnixNano(), 36),
	}
}

// DataVersion returns the store's creation time and the number of saves
// since: a store made again (a restart) never repeats an earlier token.
func (s *Store) DataVersion(ctx context.Context) (string, error) {
	return s.epoch + "-" + strconv.FormatUint(s.saves.Load(), 10), nil
}

// Ping reports that the store is reachable: it always is.
func (s *Store) Ping(ctx context.Context) error { return nil }

// Close does nothing: the store holds only memory, which the garbage
// collector releases once the store is no longer referenced.
func (s *Store) Close() error { return nil }

// Nodes returns the nodes with the given ids, in the order asked, leaving
// out ids that do not exist.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]wardgraph.GraphNode, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]wardgraph.GraphNode, 0, len(ids))
	for _, id := range ids {
		if r, ok := s.nodes[id]; ok {
			out = append(out, r.node)
		}
	}
	return out, nil
}

// Wards returns the wards that have at least one plan, by code.
func (s *Store) Wards(ctx context.Context) ([]wardgraph.Ward, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := []wardgraph.Ward{}
	for _, pe := range s.order {
		if n := len(out); n == 0 || out[n-1].ID != pe.plan.Ward.ID {
			out = append(out, pe.plan.Ward)
		}
	}
	return out, nil
}

// Plans returns the plans that match the filter, ordered by ward code,
// fiscal year, then final before draft.
func (s *Store) Plans(ctx context.Context, f wardgraph.PlanFilter) ([]*wardgraph.Plan, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := []*wardgraph.Plan{}
	for _, pe := range s.candidatePlans(f) {
		if planMatches(pe.plan, f) {
			out = append(out, pe.plan)
		}
	}
	return out, nil
}

func planMatches(p *wardgraph.Plan, f wardgraph.PlanFilter) bool {
	return (len(f.IDs) == 0 || slices.Contains(f.IDs, p.ID)) &&
		(len(f.WardIDs) == 0 || slices.Contains(f.WardIDs, p.Ward.ID)) &&
		(len(f.FiscalYears) == 0 || slices.Contains(f.FiscalYears, p.FiscalYear)) &&
		(f.Drafts == nil || *f.Drafts == p.Draft)
}

// candidatePlans returns, in order, the plans a filter can match: those
// with the ids it names, else those of the wards it names, else all.
func (s *Store) candidatePlans(f wardgraph.PlanFilter) []*planEntry {
	if len(f.IDs) == 0 {
		return s.plansOf(f.WardIDs)
	}
	var out []*planEntry
	for _, id := range f.IDs {
		if pe, ok := s.plans[id]; ok && !slices.Contains(out, pe) {
			out = append(out, pe)
		}
	}
	slices.SortFunc(out, comparePlanEntries)
	return out
}

// plansOf returns the plans of the given wards (of every ward when none
// are given), in order.
func (s *Store) plansOf(wardIDs []string) []*planEntry {
	if len(wardIDs) == 0 {
		return s.order
	}
	var out []*planEntry
	seen := map[string]bool{}
	for _, id := range wardIDs {
		if !seen[id] {
			seen[id] = true
			out = append(out, s.byWard[id]...)
		}
	}
	slices.SortFunc(out, comparePlanEntries)
	return out
}
