package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/wardgraph/wardgraph"
)

// Plans returns the plans that match f, rebuilt from their stored
// subgraphs, ordered by ward code, fiscal year, then final before draft.
func (s *Store) Plans(ctx context.Context, f wardgraph.PlanFilter) ([]*wardgraph.Plan, error) {
	return readTx(ctx, s, func(tx neo4j.ManagedTransaction) ([]*wardgraph.Plan, error) {
		recs, err := runTx(ctx, tx, "plan_ids", planFilterParams(f))
		if err != nil {
			return nil, err
		}
		ids := make([]string, 0, len(recs))
		for _, r := range recs {
			ids = append(ids, recordString(r, "id"))
		}
		return loadPlans(ctx, tx, ids)
	})
}

func planFilterParams(f wardgraph.PlanFilter) map[string]any {
	years := make([]int64, 0, len(f.FiscalYears))
	for _, y := range f.FiscalYears {
		years = append(years, int64(y))
	}
	return map[string]any{"ids": nonNil(f.IDs), "wardIds": nonNil(f.WardIDs), "fiscalYears": years,
		"anyDraft": f.Drafts == nil, "draft": f.Drafts != nil && *f.Drafts}
}

// loadPlans reads the subgraphs of the plans with the given ids and
// rebuilds the plans, in plan order.
func loadPlans(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) ([]*wardgraph.Plan, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	recs, err := runTx(ctx, tx, "plan_graph", map[string]any{"planIds": ids})
	if err != nil {
		return nil, err
	}
	rs, err := graphRecords(recs)
	if err != nil {
		return nil, wardgraph.Wrap(err, wardgraph.EINTERNAL, msgQuery)
	}
	idx := indexRecords(rs)
	plans := make([]*wardgraph.Plan, 0, len(ids))
	for _, id := range ids {
		p, err := idx.assemble(id)
		if err != nil {
			return nil, wardgraph.Wrap(err, wardgraph.EINTERNAL, msgQuery)
		}
		plans = append(plans, p)
	}
	sortPlans(plans)
	return plans, nil
}

// sortPlans orders plans by ward code, fiscal year, final before draft,
// then id.
func sortPlans(ps []*wardgraph.Plan) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Ward.Code != b.Ward.Code {
			return a.Ward.Code < b.Ward.Code
		}
		if a.FiscalYear != b.FiscalYear {
			return a.FiscalYear < b.FiscalYear
		}
		if a.Draft != b.Draft {
			return !a.Draft
		}
		return a.ID < b.ID
	})
}

// graphRecords converts (a, r, b) rows into records, each node once.
func graphRecords(recs []*neo4j.Record) (records, error) {
	var out records
	seen := map[string]bool{}
	for _, r := range recs {
		a, err := recordNode(r, "a")
		if err != nil {
			return out, err
		}
		b, err := recordNode(r, "b")
		if err != nil {
			return out, err
		}
		v, _ := r.Get("r")
		rel, ok := v.(dbtype.Relationship)
		if !ok {
			return out, fmt.Errorf("record field r: not a relationship but %T", v)
		}
		for _, n := range []nodeRecord{a, b} {
			if !seen[n.id()] {
				seen[n.id()] = true
				out.Nodes = append(out.Nodes, n)
			}
		}
		out.Edges = append(out.Edges, edgeRecord{From: a.id(), To: b.id(), Type: rel.Type, Props: rel.Props})
	}
	return out, nil
}

// Wards returns the wards that have at least one plan, by code, each as its
// first plan gives it, as the embedded store does.
func (s *Store) Wards(ctx context.Context) ([]wardgraph.Ward, error) {
	recs, err := s.query(ctx, "wards", nil)
	if err != nil {
		return nil, err
	}
	out := make([]wardgraph.Ward, 0, len(recs))
	for _, r := range recs {
		var info planInfo
		if err := json.Unmarshal([]byte(recordString(r, "planInfo")), &info); err != nil {
			return nil, wardgraph.Wrap(err, wardgraph.EINTERNAL, msgQuery)
		}
		out = append(out, info.Ward)
	}
	return out, nil
}

// nonNil returns l, or an empty list for nil: the driver sends nil as null.
func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
