package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/wardgraph/wardgraph"
)

// Plans returns the plans that match f, rebuilt from their stored
// subgraphs, ordered by ward code, fiscal year, then final before draft.
func (s *Store) Plans(ctx context.Context, f wardgraph.PlanFilter) ([]*wardgraph.Plan, error) {
	return readConsistent(ctx, s, func(run runFunc) ([]*wardgraph.Plan, error) {
		recs, err := run("plan_ids", planFilterParams(f))
		if err != nil {
			return nil, err
		}
		ids := make([]string, 0, len(recs))
		for _, r := range recs {
			ids = append(ids, recordString(r, "id"))
		}
		plans, _, err := loadPlans(run, ids)
		return plans, err
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
// rebuilds the plans, in plan order, with the version of each.
// errInconsistent when a plan is missing or was read in parts of two saves.
func loadPlans(run runFunc, ids []string) ([]*wardgraph.Plan, map[string]string, error) {
	plans := []*wardgraph.Plan{}
	if len(ids) == 0 {
		return plans, nil, nil
	}
	recs, err := run("plan_graph", map[string]any{"planIds": ids})
	if err != nil {
		return nil, nil, err
	}
	rs, err := graphRecords(recs)
	if err != nil {
		return nil, nil, err
	}
	return rebuildPlans(rs, ids)
}

// rebuildPlans rebuilds the plans with the given ids from records, in plan
// order, with the version of each: errInconsistent when a plan is missing
// or was read in parts of two saves.
func rebuildPlans(rs records, ids []string) ([]*wardgraph.Plan, map[string]string, error) {
	plans := []*wardgraph.Plan{}
	versions, err := planVersions(rs)
	if err != nil {
		return nil, nil, err
	}
	idx := indexRecords(rs)
	for _, id := range ids {
		if _, ok := versions[id]; !ok {
			return nil, nil, errInconsistent // listed, then deleted before its subgraph was read
		}
		p, err := idx.assemble(id)
		if err != nil {
			return nil, nil, wardgraph.Wrap(err, wardgraph.EINTERNAL, msgQuery)
		}
		plans = append(plans, p)
	}
	sortPlans(plans)
	return plans, versions, nil
}

// planVersions returns the version of each plan the records hold nodes of,
// or errInconsistent when the nodes of one plan come from two saves.
func planVersions(rs records) (map[string]string, error) {
	versions := map[string]string{}
	for _, n := range rs.Nodes {
		plan := str(n.Props, propPlan)
		if plan == "" {
			continue
		}
		v := str(n.Props, propVersion)
		if old, ok := versions[plan]; ok && old != v {
			return nil, errInconsistent
		}
		versions[plan] = v
	}
	return versions, nil
}

// sortPlans orders plans as wardgraph.ComparePlans does.
func sortPlans(ps []*wardgraph.Plan) {
	slices.SortStableFunc(ps, wardgraph.ComparePlans)
}

// graphRecords converts (a, r, b) rows into records, each node once;
// errInconsistent when two nodes have one id (an old and a new version).
func graphRecords(recs []*neo4j.Record) (records, error) {
	var out records
	seen := map[string]string{} // id -> version
	for _, r := range recs {
		a, rel, b, err := recordTriple(r)
		if err != nil {
			return out, wardgraph.Wrap(err, wardgraph.EINTERNAL, msgQuery)
		}
		for _, n := range []nodeRecord{a, b} {
			if err := addNode(&out, seen, n); err != nil {
				return out, err
			}
		}
		out.Edges = append(out.Edges, edgeRecord{From: a.id(), To: b.id(), Type: rel.Type, Props: rel.Props})
	}
	return out, nil
}

// addNode adds n to out unless seen holds it already: errInconsistent
// when seen holds another version of it.
func addNode(out *records, seen map[string]string, n nodeRecord) error {
	version, ok := seen[n.id()]
	if ok && version != str(n.Props, propVersion) {
		return errInconsistent
	}
	if !ok {
		seen[n.id()] = str(n.Props, propVersion)
		out.Nodes = append(out.Nodes, n)
	}
	return nil
}

// recordTriple reads an (a, r, b) record.
func recordTriple(r *neo4j.Record) (a nodeRecord, rel dbtype.Relationship, b nodeRecord, err error) {
	if a, err = recordNode(r, "a"); err != nil {
		return
	}
	if b, err = recordNode(r, "b"); err != nil {
		return
	}
	v, _ := r.Get("r")
	rel, ok := v.(dbtype.Relationship)
	if !ok {
		err = fmt.Errorf("record field r: not a relationship but %T", v)
	}
	return
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
