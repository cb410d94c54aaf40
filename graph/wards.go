package graph

import (
	"github.com/wardgraph/wardgraph"
)

// lookupWard finds a ward by any name users type; an unknown name is
// ENOTFOUND naming it.
func lookupWard(name string) (wardgraph.Ward, error) {
	w, ok := wardgraph.LookupWard(name)
	if !ok {
		return w, wardgraph.Errorf(wardgraph.ENOTFOUND, "unknown ward %q (give a name such as 西区 or Nishi, a code such as 27106, or an id such as osaka/nishi)", name)
	}
	return w, nil
}

// lookupWards finds several wards, failing on the first unknown one.
func lookupWards(names []string) ([]wardgraph.Ward, error) {
	out := make([]wardgraph.Ward, len(names))
	for i, n := range names {
		w, err := lookupWard(n)
		if err != nil {
			return nil, err
		}
		out[i] = w
	}
	return out, nil
}

func wardIDs(ws []wardgraph.Ward) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.ID
	}
	return out
}

// preferFinal keeps one plan per ward and year, the final one when there is
// one, in the store's order (finals come before drafts).
func preferFinal(plans []*wardgraph.Plan) []*wardgraph.Plan {
	seen := map[string]bool{}
	out := []*wardgraph.Plan{}
	for _, p := range plans {
		key := wardgraph.PlanID(p.Ward.ID, p.FiscalYear, false)
		if !seen[key] {
			seen[key] = true
			out = append(out, p)
		}
	}
	return out
}

// wardLabel names a ward in messages, e.g. 西区 (Nishi).
func wardLabel(w wardgraph.Ward) string { return w.Name + " (" + w.NameRomaji + ")" }
