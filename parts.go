package wardgraph

// planPart is the links of any part of a plan, with the issue and
// initiative the part sits under ("" where none).
type planPart struct {
	issueID      string
	initiativeID string
	links        []Link
}

// parts lists every part of the plan that carries links: goal, missions,
// policy, issues, strategies and initiatives.
func (p *Plan) parts() []planPart {
	var out []planPart
	if p.Goal != nil {
		out = append(out, planPart{links: p.Goal.Links})
	}
	for _, m := range p.Missions {
		out = append(out, planPart{links: m.Links})
	}
	if len(p.PolicyLinks) > 0 {
		out = append(out, planPart{links: p.PolicyLinks})
	}
	for _, is := range p.Issues {
		out = append(out, planPart{issueID: is.ID, links: is.Links})
		for _, st := range is.Strategies {
			out = append(out, planPart{issueID: is.ID, links: st.Links})
			for _, in := range st.Initiatives {
				out = append(out, planPart{issueID: is.ID, initiativeID: in.ID, links: in.Links})
			}
		}
	}
	return out
}
