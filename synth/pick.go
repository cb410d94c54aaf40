package synth

import "github.com/wardgraph/wardgraph"

// Richest returns the first plan of fiscal year fy with the most
// initiatives (in a set made from the bundled sample, a copy of the whole
// Nishi 2017 page): the subject of the load script's nested plan query.
func Richest(plans []*wardgraph.Plan, fy int) *wardgraph.Plan {
	var best *wardgraph.Plan
	for _, p := range plans {
		if p.FiscalYear == fy && (best == nil || len(p.Initiatives()) > len(best.Initiatives())) {
			best = p
		}
	}
	return best
}

// Hub returns the id of the plan's first initiative with the most links:
// the start of the load script's neighbourhood query.
func Hub(p *wardgraph.Plan) string {
	best, links := "", -1
	for _, ref := range p.Initiatives() {
		if n := len(ref.Initiative.Links); n > links {
			best, links = ref.Initiative.ID, n
		}
	}
	return best
}
