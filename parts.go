package wardgraph

// Part is one part of a plan as Parts visits it: its label, id and links,
// the part itself (one of the pointer fields, into the plan) and where it
// sits: Issue, Strategy and Initiative are set for the part itself and for
// everything under it.
type Part struct {
	Label      string // LabelGoal, LabelMission, LabelPolicy, LabelIssue, LabelStrategy, LabelInitiative, LabelBudget or LabelReformItem
	ID         string
	Links      []Link
	Goal       *Goal
	Mission    *Mission
	Issue      *Issue
	Strategy   *Strategy
	Initiative *Initiative
	Budget     *Budget
	ReformItem *ReformItem
}

// Parts lists every part of the plan in document order: goal, missions,
// policy, then each issue followed by its budget lines and its strategies,
// each strategy by its initiatives and each initiative by its budget lines,
// then the reform items. It is the one walk over a plan's tree; the plan
// must not change while its parts are used.
func (p *Plan) Parts() []Part {
	var out []Part
	if g := p.Goal; g != nil {
		out = append(out, Part{Label: LabelGoal, ID: g.ID, Links: g.Links, Goal: g})
	}
	for i := range p.Missions {
		m := &p.Missions[i]
		out = append(out, Part{Label: LabelMission, ID: m.ID, Links: m.Links, Mission: m})
	}
	if p.Policy != "" || len(p.PolicyLinks) > 0 {
		out = append(out, Part{Label: LabelPolicy, ID: PolicyID(p.ID), Links: p.PolicyLinks})
	}
	for i := range p.Issues {
		out = p.Issues[i].parts(out)
	}
	for i := range p.ReformItems {
		r := &p.ReformItems[i]
		out = append(out, Part{Label: LabelReformItem, ID: r.ID, ReformItem: r})
	}
	return out
}

// parts appends the issue's parts to out.
func (is *Issue) parts(out []Part) []Part {
	at := Part{Issue: is}
	out = append(out, Part{Label: LabelIssue, ID: is.ID, Links: is.Links, Issue: is})
	out = budgetParts(out, at, is.Budgets)
	for j := range is.Strategies {
		st := &is.Strategies[j]
		at.Strategy = st
		out = append(out, Part{Label: LabelStrategy, ID: st.ID, Links: st.Links, Issue: is, Strategy: st})
		for k := range st.Initiatives {
			in := &st.Initiatives[k]
			at.Initiative = in
			out = append(out, Part{Label: LabelInitiative, ID: in.ID, Links: in.Links, Issue: is, Strategy: st, Initiative: in})
			out = budgetParts(out, at, in.Budgets)
		}
		at.Initiative = nil
	}
	return out
}

func budgetParts(out []Part, at Part, lines []Budget) []Part {
	for i := range lines {
		b := at
		b.Label, b.ID, b.Budget = LabelBudget, lines[i].ID, &lines[i]
		out = append(out, b)
	}
	return out
}

// Initiatives returns every initiative of the plan in document order, each
// with the issue and strategy it sits under.
func (p *Plan) Initiatives() []InitiativeRef {
	var out []InitiativeRef
	for _, pt := range p.Parts() {
		if pt.Label == LabelInitiative {
			out = append(out, InitiativeRef{Plan: p, Issue: pt.Issue, Strategy: pt.Strategy, Initiative: pt.Initiative})
		}
	}
	return out
}
