package wardgraph

// LinkKind says what a plan part is linked to.
type LinkKind string

// The link kinds.
const (
	LinkPartner     LinkKind = "PARTNER"      // an organisation or role carrying the work
	LinkTopic       LinkKind = "TOPIC"        // a policy area
	LinkTargetGroup LinkKind = "TARGET_GROUP" // the people served
)

// Link ties a plan part to a partner, topic or target group named in its
// text, with the sentence that names it (the evidence an analyst checks).
// Category is the partner's kind from the gazetteer (community, welfare,
// ...); empty for topics and target groups.
type Link struct {
	Kind     LinkKind `json:"kind"`
	Name     string   `json:"name"`
	Category string   `json:"category,omitempty"`
	Evidence string   `json:"evidence"`
	Line     int      `json:"line,omitempty"`
}

// Partner is an organisation or role shared across plans (地域活動協議会,
// 民生委員・児童委員, 中間支援組織, ...). Kind is its gazetteer category.
type Partner struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
}

// Topic is a policy area shared across plans (防災, 子育て・保育, ...).
type Topic struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// TargetGroup is a group of people plans serve (高齢者, 子育て家庭, ...).
type TargetGroup struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Program is a city-wide programme whose items every ward includes, such
// as 市政改革プラン2.0.
type Program struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// linksOfKind returns the links of one kind, in order.
func linksOfKind(links []Link, kind LinkKind) []Link {
	var out []Link
	for _, l := range links {
		if l.Kind == kind {
			out = append(out, l)
		}
	}
	return out
}

// LinkTarget returns the node a link points at, as the projection saves
// it: a partner (with its kind), a topic or a target group.
func LinkTarget(l Link) GraphNode {
	n := GraphNode{ID: LinkTargetID(l), Label: LabelTargetGroup, Name: l.Name, Text: l.Name, Props: map[string]any{"name": l.Name}}
	switch l.Kind {
	case LinkPartner:
		n.Label, n.Props["kind"] = LabelPartner, l.Category
	case LinkTopic:
		n.Label = LabelTopic
	}
	return n
}

// LinkRel returns the relationship type of a link of the given kind:
// INVOLVES a partner, ABOUT a topic, SERVES a target group.
func LinkRel(k LinkKind) string {
	switch k {
	case LinkPartner:
		return RelInvolves
	case LinkTopic:
		return RelAbout
	}
	return RelServes
}

// LinkKindOf returns the kind of link a relationship type is, the inverse
// of LinkRel; ok is false for other types.
func LinkKindOf(rel string) (k LinkKind, ok bool) {
	switch rel {
	case RelInvolves:
		return LinkPartner, true
	case RelAbout:
		return LinkTopic, true
	case RelServes:
		return LinkTargetGroup, true
	}
	return "", false
}
