package wardgraph

// planPart is any part of a plan that can carry links, with the issue and
// initiative it sits under ("" where none).
type planPart struct {
	id           string
	issueID      string
	initiativeID string
	links        []Link
}

// parts lists every part of the plan that carries links: goal, missions,
// policy, issues, strategies and initiatives.
func (p *Plan) parts() []planPart {
	var out []planPart
	if p.Goal != nil {
		out = append(out, planPart{id: p.Goal.ID, links: p.Goal.Links})
	}
	for _, m := range p.Missions {
		out = append(out, planPart{id: m.ID, links: m.Links})
	}
	if len(p.PolicyLinks) > 0 {
		out = append(out, planPart{id: p.ID + "/policy", links: p.PolicyLinks})
	}
	for _, is := range p.Issues {
		out = append(out, planPart{id: is.ID, issueID: is.ID, links: is.Links})
		for _, st := range is.Strategies {
			out = append(out, planPart{id: st.ID, issueID: is.ID, links: st.Links})
			for _, in := range st.Initiatives {
				out = append(out, planPart{id: in.ID, issueID: is.ID, initiativeID: in.ID, links: in.Links})
			}
		}
	}
	return out
}
