package neo4jstore

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"

	"github.com/wardgraph/wardgraph"
)

// Stored properties besides the projection's own. Node properties id, name
// and text are the GraphNode's ID, Name and Text (a projection property of
// the same key must have the same value); plan is the id of the plan a
// non-shared node belongs to. The wg properties keep what the projection
// leaves out but rebuilding a plan needs.
const (
	propID       = "id"
	propName     = "name"
	propText     = "text"
	propPlan     = "plan"
	propVersion  = "wgVersion"  // non-shared node: the save that wrote it
	propKeys     = "wgKeys"     // node: the projection's property keys, sorted
	propSeq      = "wgSeq"      // node: place among its siblings; link: place in the part's links
	propOrder    = "wgOrder"    // Initiative: place in the plan, in document order
	propSections = "wgSections" // Issue, Strategy, Initiative: sections as JSON
	propPlanInfo = "wgPlan"     // Plan: planInfo as JSON
	propEvidence = "evidence"   // link: the sentence naming the target
	propLine     = "line"       // link, FROM: the source line
	propCategory = "wgCategory" // INVOLVES: the partner's category for this link
)

// internalNodeProps are the node properties that are not the projection's.
var internalNodeProps = []string{propID, propName, propText, propPlan, propVersion, propKeys, propSeq, propOrder, propSections, propPlanInfo}

// nodeRecord is a node as stored: its own label (besides Entity) and its
// properties.
type nodeRecord struct {
	Label string
	Props map[string]any
}

func (n nodeRecord) id() string { return str(n.Props, propID) }

// edgeRecord is a relationship as stored.
type edgeRecord struct {
	From, To, Type string
	Props          map[string]any
}

// records is a set of stored nodes and relationships.
type records struct {
	Nodes []nodeRecord
	Edges []edgeRecord
}

// planInfo holds the parts of a plan that have no place in the graph, and
// the plan's own view of its ward and department: those nodes are shared,
// and the last plan saved sets their properties.
type planInfo struct {
	Ward       wardgraph.Ward       `json:"ward"`
	Contact    *wardgraph.Contact   `json:"contact,omitempty"`
	Credit     string               `json:"credit,omitempty"`
	PolicyLine int                  `json:"policyLine,omitempty"`
	Revisions  []wardgraph.Revision `json:"revisions,omitempty"`
	Warnings   []wardgraph.Warning  `json:"warnings,omitempty"`
	Coverage   *wardgraph.Coverage  `json:"coverage,omitempty"`
	Slogans    []string             `json:"slogans,omitempty"` // the goal's; the Goal node keeps the first as slogan
}

// planRecords returns the records that store p: its projection plus what
// rebuilding it needs. version marks the plan's own nodes as written by one
// save, so that a read can tell when it saw parts of two.
func planRecords(p *wardgraph.Plan, version string) (records, error) {
	if err := checkPlan(p); err != nil {
		return records{}, err
	}
	g := p.Projection()
	x := planExtras(p)
	x.version = version
	var out records
	for _, n := range g.Nodes {
		rec, err := x.node(p.ID, n)
		if err != nil {
			return records{}, err
		}
		out.Nodes = append(out.Nodes, rec)
	}
	edges, err := x.edges(g.Edges)
	if err != nil {
		return records{}, err
	}
	out.Edges = edges
	return out, nil
}

// extras are the per-node facts of a plan that its projection leaves out.
type extras struct {
	seq      map[string]int64
	order    map[string]int64
	sections map[string][]wardgraph.Section
	links    map[string][]wardgraph.Link
	info     map[string]string // node id -> planInfo JSON
	version  string
}

func planExtras(p *wardgraph.Plan) *extras {
	x := &extras{seq: map[string]int64{}, order: map[string]int64{}, sections: map[string][]wardgraph.Section{},
		links: map[string][]wardgraph.Link{}, info: map[string]string{}}
	x.info[p.ID] = planInfoJSON(p)
	if p.Goal != nil {
		x.links[p.Goal.ID] = p.Goal.Links
	}
	for i, m := range p.Missions {
		x.seq[m.ID], x.links[m.ID] = int64(i), m.Links
	}
	x.links[p.ID+"/policy"] = p.PolicyLinks
	for i, r := range p.ReformItems {
		x.seq[r.ID] = int64(i)
	}
	for i, is := range p.Issues {
		x.part(is.ID, i, is.Sections, is.Links)
		x.budgets(is.Budgets)
		for j, st := range is.Strategies {
			x.part(st.ID, j, st.Sections, st.Links)
			for k, in := range st.Initiatives {
				x.part(in.ID, k, in.Sections, in.Links)
				x.budgets(in.Budgets)
			}
		}
	}
	for i, ref := range p.Initiatives() {
		x.order[ref.Initiative.ID] = int64(i)
	}
	return x
}

func (x *extras) part(id string, seq int, sections []wardgraph.Section, links []wardgraph.Link) {
	x.seq[id], x.links[id] = int64(seq), links
	if sections != nil {
		x.sections[id] = sections
	}
}

func (x *extras) budgets(lines []wardgraph.Budget) {
	for i, b := range lines {
		x.seq[b.ID] = int64(i)
	}
}

func planInfoJSON(p *wardgraph.Plan) string {
	info := planInfo{Ward: p.Ward, Contact: p.Contact, Credit: p.Source.Credit, PolicyLine: p.PolicyLine,
		Revisions: p.Revisions, Warnings: p.Warnings, Coverage: p.Coverage}
	if p.Goal != nil {
		info.Slogans = p.Goal.Slogans
	}
	b, _ := json.Marshal(info) // plain structs of strings and ints: cannot fail
	return string(b)
}

// node returns the stored form of a projected node.
func (x *extras) node(planID string, n wardgraph.GraphNode) (nodeRecord, error) {
	props := map[string]any{}
	keys := make([]string, 0, len(n.Props))
	for k, v := range n.Props {
		props[k] = v
		keys = append(keys, k)
	}
	sort.Strings(keys)
	own := map[string]any{propID: n.ID, propName: n.Name, propText: n.Text, propKeys: keys}
	if !wardgraph.IsShared(n.Label) {
		own[propPlan], own[propVersion] = planID, x.version
	}
	x.addOwn(own, n.ID)
	for k, v := range own {
		if old, ok := props[k]; ok && !reflect.DeepEqual(old, v) {
			return nodeRecord{}, wardgraph.Errorf(wardgraph.EINTERNAL,
				"node %s: property %s %v clashes with the stored %s %v", n.ID, k, old, k, v)
		}
		props[k] = v
	}
	return nodeRecord{Label: n.Label, Props: props}, nil
}

func (x *extras) addOwn(own map[string]any, id string) {
	if v, ok := x.seq[id]; ok {
		own[propSeq] = v
	}
	if v, ok := x.order[id]; ok {
		own[propOrder] = v
	}
	if v, ok := x.sections[id]; ok {
		b, _ := json.Marshal(v)
		own[propSections] = string(b)
	}
	if v, ok := x.info[id]; ok {
		own[propPlanInfo] = v
	}
}

// edges returns the stored form of the projected edges: links get their
// place in the part's list of links and the partner's category.
func (x *extras) edges(es []wardgraph.GraphEdge) ([]edgeRecord, error) {
	next := map[string]int{}
	out := make([]edgeRecord, 0, len(es))
	for _, e := range es {
		props := map[string]any{}
		if e.Evidence != "" {
			props[propEvidence] = e.Evidence
		}
		if e.Line != 0 {
			props[propLine] = int64(e.Line)
		}
		if isLinkType(e.Type) {
			i := next[e.From]
			next[e.From]++
			links := x.links[e.From]
			if i >= len(links) || wardgraph.LinkTargetID(links[i]) != e.To {
				return nil, wardgraph.Errorf(wardgraph.EINTERNAL, "link %d of %s does not match its edge to %s", i, e.From, e.To)
			}
			props[propSeq] = int64(i)
			if links[i].Category != "" {
				props[propCategory] = links[i].Category
			}
		}
		out = append(out, edgeRecord{From: e.From, To: e.To, Type: e.Type, Props: props})
	}
	return out, nil
}

// graphNode returns the GraphNode a stored node holds.
func graphNode(n nodeRecord) wardgraph.GraphNode {
	g := wardgraph.GraphNode{ID: n.id(), Label: n.Label, Name: str(n.Props, propName),
		Text: str(n.Props, propText), Props: map[string]any{}}
	for _, k := range strs(n.Props[propKeys]) {
		if v, ok := n.Props[k]; ok {
			g.Props[k] = v
		}
	}
	return g
}

// graphEdge returns the GraphEdge a stored relationship holds.
func graphEdge(e edgeRecord) wardgraph.GraphEdge {
	return wardgraph.GraphEdge{From: e.From, To: e.To, Type: e.Type,
		Evidence: str(e.Props, propEvidence), Line: int(i64(e.Props, propLine))}
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func i64(m map[string]any, k string) int64 {
	switch v := m[k].(type) {
	case int64:
		return v
	case int:
		return int64(v)
	}
	return 0
}

func boolean(m map[string]any, k string) bool {
	b, _ := m[k].(bool)
	return b
}

// strs returns a list of strings as stored ([]string) or as read ([]any).
func strs(v any) []string {
	switch l := v.(type) {
	case []string:
		return l
	case []any:
		out := make([]string, 0, len(l))
		for _, x := range l {
			out = append(out, fmt.Sprint(x))
		}
		return out
	}
	return nil
}
