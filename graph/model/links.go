package model

import "github.com/wardgraph/wardgraph"

// Link is a link from a plan part to a partner, topic or target group.
type Link struct{ l wardgraph.Link }

// Kind says what is linked.
func (x Link) Kind() wardgraph.LinkKind { return x.l.Kind }

// Name is the linked node's name.
func (x Link) Name() string { return x.l.Name }

// Evidence is the sentence that names the linked node.
func (x Link) Evidence() string { return x.l.Evidence }

// Line is the line of the evidence.
func (x Link) Line() *int { return LineOf(x.l.Line) }

// Node is the partner, topic or target group linked.
func (x Link) Node() Node {
	switch x.l.Kind {
	case wardgraph.LinkPartner:
		return partnerOf(x.l)
	case wardgraph.LinkTopic:
		return wardgraph.Topic{ID: wardgraph.LinkTargetID(x.l), Name: x.l.Name}
	}
	return wardgraph.TargetGroup{ID: wardgraph.LinkTargetID(x.l), Name: x.l.Name}
}

func partnerOf(l wardgraph.Link) wardgraph.Partner {
	return wardgraph.Partner{ID: wardgraph.LinkTargetID(l), Name: l.Name, Kind: l.Category}
}

// LinksOf wraps a part's links.
func LinksOf(ls []wardgraph.Link) []Link {
	out := make([]Link, len(ls))
	for i, l := range ls {
		out[i] = Link{l}
	}
	return out
}

// PartnersOf returns the distinct partners the links name, in link order.
func PartnersOf(ls []wardgraph.Link) []wardgraph.Partner {
	out := []wardgraph.Partner{}
	seen := map[string]bool{}
	for _, l := range ls {
		if l.Kind == wardgraph.LinkPartner && !seen[l.Name] {
			seen[l.Name] = true
			out = append(out, partnerOf(l))
		}
	}
	return out
}

// TopicsOf returns the distinct topics the links name, in link order.
func TopicsOf(ls []wardgraph.Link) []wardgraph.Topic {
	out := []wardgraph.Topic{}
	seen := map[string]bool{}
	for _, l := range ls {
		if l.Kind == wardgraph.LinkTopic && !seen[l.Name] {
			seen[l.Name] = true
			out = append(out, wardgraph.Topic{ID: wardgraph.LinkTargetID(l), Name: l.Name})
		}
	}
	return out
}

// TargetGroupsOf returns the distinct target groups the links name, in
// link order.
func TargetGroupsOf(ls []wardgraph.Link) []wardgraph.TargetGroup {
	out := []wardgraph.TargetGroup{}
	seen := map[string]bool{}
	for _, l := range ls {
		if l.Kind == wardgraph.LinkTargetGroup && !seen[l.Name] {
			seen[l.Name] = true
			out = append(out, wardgraph.TargetGroup{ID: wardgraph.LinkTargetID(l), Name: l.Name})
		}
	}
	return out
}
