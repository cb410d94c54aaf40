package wardgraph

import (
	"iter"
	"slices"
)

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
// then the reform items. It is the one walk over a plan's tree (AllParts);
// the plan must not change while its parts are used.
func (p *Plan) Parts() []Part {
	return slices.Collect(p.AllParts())
}

// AllParts yields the parts Parts lists, in the same order, without
// building the list: a reader that wants a few parts stops early and
// allocates nothing.
func (p *Plan) AllParts() iter.Seq[Part] {
	return func(yield func(Part) bool) {
		if g := p.Goal; g != nil && !yield(Part{Label: LabelGoal, ID: g.ID, Links: g.Links, Goal: g}) {
			return
		}
		for i := range p.Missions {
			m := &p.Missions[i]
			if !yield(Part{Label: LabelMission, ID: m.ID, Links: m.Links, Mission: m}) {
				return
			}
		}
		if (p.Policy != "" || len(p.PolicyLinks) > 0) && !yield(Part{Label: LabelPolicy, ID: PolicyID(p.ID), Links: p.PolicyLinks}) {
			return
		}
		for i := range p.Issues {
			if !p.Issues[i].parts(yield) {
				return
			}
		}
		for i := range p.ReformItems {
			r := &p.ReformItems[i]
			if !yield(Part{Label: LabelReformItem, ID: r.ID, ReformItem: r}) {
				return
			}
		}
	}
}

// Part returns the part of the plan with the given id.
func (p *Plan) Part(id string) (Part, bool) {
	for pt := range p.AllParts() {
		if pt.ID == id {
			return pt, true
		}
	}
	return Part{}, false
}

// parts yields the issue's parts, reporting whether the walk goes on.
func (is *Issue) parts(yield func(Part) bool) bool {
	at := Part{Issue: is}
	if !yield(Part{Label: LabelIssue, ID: is.ID, Links: is.Links, Issue: is}) || !budgetParts(yield, at, is.Budgets) {
		return false
	}
	for j := range is.Strategies {
		st := &is.Strategies[j]
		at.Strategy = st
		if !yield(Part{Label: LabelStrategy, ID: st.ID, Links: st.Links, Issue: is, Strategy: st}) {
			return false
		}
		for k := range st.Initiatives {
			in := &st.Initiatives[k]
			at.Initiative = in
			if !yield(Part{Label: LabelInitiative, ID: in.ID, Links: in.Links, Issue: is, Strategy: st, Initiative: in}) || !budgetParts(yield, at, in.Budgets) {
				return false
			}
		}
		at.Initiative = nil
	}
	return true
}

func budgetParts(yield func(Part) bool, at Part, lines []Budget) bool {
	for i := range lines {
		b := at
		b.Label, b.ID, b.Budget = LabelBudget, lines[i].ID, &lines[i]
		if !yield(b) {
			return false
		}
	}
	return true
}

// Initiatives returns every initiative of the plan in document order, each
// with the issue and strategy it sits under.
func (p *Plan) Initiatives() []InitiativeRef {
	var out []InitiativeRef
	for pt := range p.AllParts() {
		if pt.Label == LabelInitiative {
			out = append(out, InitiativeRef{Plan: p, Issue: pt.Issue, Strategy: pt.Strategy, Initiative: pt.Initiative})
		}
	}
	return out
}
