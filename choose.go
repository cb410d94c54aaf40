package wardgraph

// Which plans a question is answered from. The analyst questions count
// every plan of a ward and year once: the final plan when the store has one,
// else the draft.

// PreferFinal keeps one plan per ward and fiscal year, the final one when
// the plans hold it and the draft otherwise, each in the place of the first
// plan of its ward and year.
func PreferFinal(plans []*Plan) []*Plan {
	at := map[string]int{}
	out := []*Plan{}
	for _, p := range plans {
		key := PlanID(p.Ward.ID, p.FiscalYear, false)
		i, seen := at[key]
		switch {
		case !seen:
			at[key] = len(out)
			out = append(out, p)
		case out[i].Draft && !p.Draft:
			out[i] = p
		}
	}
	return out
}

// PreferFinalInitiatives drops the initiatives of a draft when the final
// plan of the same ward and year is among the refs, so that nothing is
// counted twice.
func PreferFinalInitiatives(refs []InitiativeRef) []InitiativeRef {
	finals := map[string]bool{}
	for _, r := range refs {
		if !r.Plan.Draft {
			finals[r.Plan.ID] = true
		}
	}
	out := refs[:0:0]
	for _, r := range refs {
		if !r.Plan.Draft || !finals[PlanID(r.Plan.Ward.ID, r.Plan.FiscalYear, false)] {
			out = append(out, r)
		}
	}
	return out
}

// ComparisonPlans chooses the plans compareWards and compareYears set side
// by side, out of the plans a store found for the wards and years asked: for
// each ward, then each year, in the order asked, the final plan or else the
// draft. A ward and year with no plan is ENOTFOUND naming both.
func ComparisonPlans(found []*Plan, wards []Ward, years []int) ([]*Plan, error) {
	byKey := map[string]*Plan{}
	for _, p := range PreferFinal(found) {
		byKey[PlanID(p.Ward.ID, p.FiscalYear, false)] = p
	}
	var out []*Plan
	for _, w := range wards {
		for _, y := range years {
			p := byKey[PlanID(w.ID, y, false)]
			if p == nil {
				return nil, Errorf(ENOTFOUND, "ward %s has no plan for fiscal year %d", w.Label(), y)
			}
			out = append(out, p)
		}
	}
	return out, nil
}
