package model

import "github.com/wardgraph/wardgraph"

// Goal is a plan's goal in its plan.
type Goal struct {
	g *wardgraph.Goal
	p *Plan
}

// ID is the goal's id.
func (x Goal) ID() string { return x.g.ID }

// Text is the goal as written.
func (x Goal) Text() string { return x.g.Text }

// Slogan is the goal's slogan, nil when it has none.
func (x Goal) Slogan() *string {
	if x.g.Slogan == "" {
		return nil
	}
	return &x.g.Slogan
}

// Slogans are every slogan of the goal, [] when it has none.
func (x Goal) Slogans() []string { return nonNil(x.g.Slogans) }

// Line is the goal's line.
func (x Goal) Line() *int { return LineOf(x.g.Line) }

// Source is where the goal was read from.
func (x Goal) Source() Source { return SourceOf(x.p.Plan, x.g.Line) }

// Plan is the goal's plan.
func (x Goal) Plan() *Plan { return x.p }

// Partners are the partners the goal names.
func (x Goal) Partners() []wardgraph.Partner { return PartnersOf(x.g.Links) }

// Topics are the topics the goal is about.
func (x Goal) Topics() []wardgraph.Topic { return TopicsOf(x.g.Links) }

// TargetGroups are the target groups the goal serves.
func (x Goal) TargetGroups() []wardgraph.TargetGroup { return TargetGroupsOf(x.g.Links) }

// Links are the goal's links.
func (x Goal) Links() []Link { return LinksOf(x.g.Links) }

// Mission is one of a plan's missions in its plan.
type Mission struct {
	m *wardgraph.Mission
	p *Plan
}

// ID is the mission's id.
func (x Mission) ID() string { return x.m.ID }

// Number is the mission's place in the list.
func (x Mission) Number() int { return x.m.Number }

// Text is the mission as written.
func (x Mission) Text() string { return x.m.Text }

// Line is the mission's line.
func (x Mission) Line() *int { return LineOf(x.m.Line) }

// Source is where the mission was read from.
func (x Mission) Source() Source { return SourceOf(x.p.Plan, x.m.Line) }

// Plan is the mission's plan.
func (x Mission) Plan() *Plan { return x.p }

// Partners are the partners the mission names.
func (x Mission) Partners() []wardgraph.Partner { return PartnersOf(x.m.Links) }

// Topics are the topics the mission is about.
func (x Mission) Topics() []wardgraph.Topic { return TopicsOf(x.m.Links) }

// TargetGroups are the target groups the mission serves.
func (x Mission) TargetGroups() []wardgraph.TargetGroup { return TargetGroupsOf(x.m.Links) }

// Links are the mission's links.
func (x Mission) Links() []Link { return LinksOf(x.m.Links) }

// Policy is a plan's policy (区長の方針) as a node.
type Policy struct{ p *Plan }

// ID is the policy's id.
func (x Policy) ID() string { return wardgraph.PolicyID(x.p.ID) }

// Text is the policy as written.
func (x Policy) Text() string { return x.p.Plan.Policy }

// Line is the line the policy starts on.
func (x Policy) Line() *int { return LineOf(x.p.Plan.PolicyLine) }

// Source is where the policy was read from.
func (x Policy) Source() Source { return SourceOf(x.p.Plan, x.p.Plan.PolicyLine) }

// Plan is the policy's plan.
func (x Policy) Plan() *Plan { return x.p }

// Partners are the partners the policy names.
func (x Policy) Partners() []wardgraph.Partner { return PartnersOf(x.p.PolicyLinks) }

// Topics are the topics the policy is about.
func (x Policy) Topics() []wardgraph.Topic { return TopicsOf(x.p.PolicyLinks) }

// TargetGroups are the target groups the policy serves.
func (x Policy) TargetGroups() []wardgraph.TargetGroup { return TargetGroupsOf(x.p.PolicyLinks) }

// Links are the policy's links.
func (x Policy) Links() []Link { return LinksOf(x.p.PolicyLinks) }
