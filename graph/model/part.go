package model

import "github.com/wardgraph/wardgraph"

// NodeOfPart returns the node of a part of plan p (wardgraph.Plan.Parts),
// or nil for a policy with no text, which is no node.
func NodeOfPart(p *Plan, pt wardgraph.Part) Node {
	switch pt.Label {
	case wardgraph.LabelGoal:
		return Goal{pt.Goal, p}
	case wardgraph.LabelMission:
		return Mission{pt.Mission, p}
	case wardgraph.LabelPolicy:
		if pol := p.PolicyNode(); pol != nil {
			return *pol
		}
	case wardgraph.LabelIssue:
		return Issue{pt.Issue, p}
	case wardgraph.LabelStrategy:
		return Strategy{pt.Strategy, Issue{pt.Issue, p}}
	case wardgraph.LabelInitiative:
		return NewInitiative(p, wardgraph.InitiativeRef{Plan: p.Plan, Issue: pt.Issue, Strategy: pt.Strategy, Initiative: pt.Initiative})
	case wardgraph.LabelBudget:
		return Budget{pt.Budget, p}
	case wardgraph.LabelReformItem:
		return ReformItem{pt.ReformItem, p}
	}
	return nil
}
