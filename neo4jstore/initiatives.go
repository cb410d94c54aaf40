package neo4jstore

import (
	"context"
	"fmt"

	"github.com/wardgraph/wardgraph"
)

// Initiatives returns one page of the initiatives that match q.Filter in
// q.Sort order, after q.Normalize: the order of wardgraph.SortInitiatives,
// which initiatives.cypher writes in Cypher.
func (s *Store) Initiatives(ctx context.Context, q wardgraph.InitiativeQuery) (wardgraph.InitiativePage, error) {
	q, offset, err := q.Normalize()
	if err != nil {
		return wardgraph.InitiativePage{}, err
	}
	params := initiativeParams(q, offset)
	return readConsistent(ctx, s, func(run runFunc) (wardgraph.InitiativePage, error) {
		recs, err := run("initiatives", params)
		if err != nil {
			return wardgraph.InitiativePage{}, err
		}
		if len(recs) != 1 { // an aggregation answers one row, even over nothing
			return wardgraph.InitiativePage{}, wardgraph.Wrap(fmt.Errorf("initiatives: %d rows", len(recs)), wardgraph.EINTERNAL, msgQuery)
		}
		rows, _ := recs[0].Get("page")
		items, err := initiativeRefs(run, pageRows(rows))
		if err != nil {
			return wardgraph.InitiativePage{}, err
		}
		return wardgraph.NewInitiativePage(items, offset, int(recordInt(recs[0], "total"))), nil
	})
}

// initiativeParams are the parameters of initiatives.cypher for a
// normalised query.
func initiativeParams(q wardgraph.InitiativeQuery, offset int) map[string]any {
	sort, first := q.Sort, int64(q.First)
	f := q.Filter
	return map[string]any{"wardIds": nonNil(f.WardIDs), "fiscalYear": int64(f.FiscalYear), "issue": int64(f.Issue),
		"partner": f.Partner, "topic": f.Topic, "text": f.Text, "sort": string(sort),
		"desc": q.Desc && sort != wardgraph.SortByCode, "codeDesc": q.Desc && sort == wardgraph.SortByCode,
		"skip": int64(offset), "first": first}
}

// initiativeRow is an initiative id with the id and version of its plan.
type initiativeRow struct{ id, plan, version string }

func pageRows(v any) []initiativeRow {
	list, _ := v.([]any)
	out := make([]initiativeRow, 0, len(list))
	for _, x := range list {
		m, _ := x.(map[string]any)
		out = append(out, initiativeRow{id: str(m, "id"), plan: str(m, "plan"), version: str(m, "version")})
	}
	return out
}

// initiativeRefs loads the parts of the plans the rows need and returns a
// ref into them for every row, in the rows' order: errInconsistent unless
// every row is found in the version of its plan it was listed from.
func initiativeRefs(run runFunc, rows []initiativeRow) ([]wardgraph.InitiativeRef, error) {
	plans, versions, err := loadParts(run, rows)
	if err != nil {
		return nil, err
	}
	refs := map[string]wardgraph.InitiativeRef{}
	for _, p := range plans {
		for _, ref := range p.Initiatives() {
			refs[ref.Initiative.ID] = ref
		}
	}
	out := make([]wardgraph.InitiativeRef, 0, len(rows))
	for _, r := range rows {
		ref, ok := refs[r.id]
		if !ok || versions[r.plan] != r.version {
			return nil, errInconsistent
		}
		out = append(out, ref)
	}
	return out, nil
}

// loadParts reads only what the rows' initiatives need of their plans
// (initiative_parts.cypher) and rebuilds each plan in part (Plan.Partial),
// in plan order, with the version of each: the plans' other issues,
// strategies, initiatives, goal, missions and the like are not read.
func loadParts(run runFunc, rows []initiativeRow) ([]*wardgraph.Plan, map[string]string, error) {
	plans := []*wardgraph.Plan{}
	if len(rows) == 0 {
		return plans, nil, nil
	}
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.id
	}
	recs, err := run("initiative_parts", map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, err
	}
	rs, err := partRecords(recs)
	if err != nil {
		return nil, nil, err
	}
	plans, versions, err := rebuildPlans(rs, rowPlans(rows))
	for _, p := range plans {
		p.Partial = true
	}
	return plans, versions, err
}

// rowPlans returns the distinct plan ids of rows, in order.
func rowPlans(rows []initiativeRow) []string {
	var ids []string
	seen := map[string]bool{}
	for _, r := range rows {
		if !seen[r.plan] {
			seen[r.plan] = true
			ids = append(ids, r.plan)
		}
	}
	return ids
}

// LinkedInitiatives returns, for each partner, topic or target group id,
// the initiatives linked to it in CODE order. Ids nothing links to are left
// out of the map.
func (s *Store) LinkedInitiatives(ctx context.Context, targetIDs []string) (map[string][]wardgraph.InitiativeRef, error) {
	return readConsistent(ctx, s, func(run runFunc) (map[string][]wardgraph.InitiativeRef, error) {
		recs, err := run("linked_initiatives", map[string]any{"targetIds": nonNil(targetIDs)})
		if err != nil {
			return nil, err
		}
		linked := map[string]map[string]bool{} // initiative id -> target ids
		var rows []initiativeRow
		for _, r := range recs {
			id := recordString(r, "id")
			if linked[id] == nil {
				linked[id] = map[string]bool{}
				rows = append(rows, initiativeRow{id: id, plan: recordString(r, "plan"), version: recordString(r, "version")})
			}
			linked[id][recordString(r, "target")] = true
		}
		return linkedRefs(run, rows, linked)
	})
}

// linkedRefs groups the refs of the linked initiatives by target, in CODE
// order: plans in store order, initiatives in document order.
func linkedRefs(run runFunc, rows []initiativeRow,
	linked map[string]map[string]bool) (map[string][]wardgraph.InitiativeRef, error) {
	out := map[string][]wardgraph.InitiativeRef{}
	plans, versions, err := loadParts(run, rows)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if versions[r.plan] != r.version {
			return nil, errInconsistent
		}
	}
	for _, p := range plans {
		for _, ref := range p.Initiatives() {
			for target := range linked[ref.Initiative.ID] {
				out[target] = append(out[target], ref)
			}
		}
	}
	return out, nil
}
