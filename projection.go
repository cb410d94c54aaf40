package wardgraph

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Node labels of the graph (domain.md §9).
const (
	LabelMunicipality = "Municipality"
	LabelWard         = "Ward"
	LabelPlan         = "Plan"
	LabelGoal         = "Goal"
	LabelMission      = "Mission"
	LabelPolicy       = "Policy"
	LabelIssue        = "Issue"
	LabelStrategy     = "Strategy"
	LabelInitiative   = "Initiative"
	LabelBudget       = "Budget"
	LabelPartner      = "Partner"
	LabelTopic        = "Topic"
	LabelTargetGroup  = "TargetGroup"
	LabelProgram      = "Program"
	LabelReformItem   = "ReformItem"
	LabelDepartment   = "Department"
	LabelSource       = "Source"
)

// Relationship types of the graph, directed from the first to the second.
const (
	RelHasWard       = "HAS_WARD"       // Municipality -> Ward
	RelAdopted       = "ADOPTED"        // Ward -> Plan
	RelAimsFor       = "AIMS_FOR"       // Plan -> Goal
	RelHasMission    = "HAS_MISSION"    // Plan -> Mission
	RelHasPolicy     = "HAS_POLICY"     // Plan -> Policy
	RelAddresses     = "ADDRESSES"      // Plan -> Issue
	RelPursuedBy     = "PURSUED_BY"     // Issue -> Strategy
	RelImplementedBy = "IMPLEMENTED_BY" // Strategy -> Initiative
	RelFundedBy      = "FUNDED_BY"      // Initiative|Issue -> Budget
	RelInvolves      = "INVOLVES"       // any part -> Partner {evidence, line}
	RelAbout         = "ABOUT"          // any part -> Topic {evidence, line}
	RelServes        = "SERVES"         // any part -> TargetGroup {evidence, line}
	RelIncludes      = "INCLUDES"       // Plan -> ReformItem
	RelPartOf        = "PART_OF"        // ReformItem -> Program
	RelContact       = "CONTACT"        // Plan -> Department
	RelFrom          = "FROM"           // any content node -> Source {line}
)

// SharedLabels are the labels of nodes that several plans point at. Saving
// or replacing a plan merges them and never deletes them.
var SharedLabels = []string{LabelMunicipality, LabelWard, LabelPartner, LabelTopic,
	LabelTargetGroup, LabelProgram, LabelDepartment}

// IsShared reports whether nodes with this label outlive any one plan.
func IsShared(label string) bool {
	for _, l := range SharedLabels {
		if l == label {
			return true
		}
	}
	return false
}

// GraphNode is one node of the graph projection. Name is a short display
// label, Text the searchable text (empty for nodes with none). Props holds
// the node's scalar properties (strings, int64, bool) for stores that keep
// them.
type GraphNode struct {
	ID    string
	Label string
	Name  string
	Text  string
	Props map[string]any
}

// GraphEdge is one relationship of the projection. Evidence is set on
// INVOLVES, ABOUT and SERVES; Line on those and on FROM.
type GraphEdge struct {
	From     string
	To       string
	Type     string
	Evidence string
	Line     int
}

// Projection is a set of nodes and edges: the graph a plan projects onto.
type Projection struct {
	Nodes []GraphNode
	Edges []GraphEdge
}

// Projection projects the plan onto the graph of domain.md §9. Every store
// saves exactly this projection, so walks over the graph (neighbourhoods,
// paths) give the same answer in every store. The plan must have its ids
// assigned. Nodes and edges come in a stable order.
func (p *Plan) Projection() Projection {
	b := &projectionBuilder{seen: map[string]bool{}, src: p.ID + "/source"}
	p.projectFrame(b)
	p.projectParts(b)
	for _, is := range p.Issues {
		b.issue(p.ID, is)
	}
	return Projection{Nodes: b.nodes, Edges: b.edges}
}

func (p *Plan) projectFrame(b *projectionBuilder) {
	city, _ := MunicipalityByCode(p.Ward.CityCode)
	if city.ID == "" {
		city, _ = MunicipalityByCode("27100")
	}
	b.node(city.ID, LabelMunicipality, city.Name, "", props{"code": city.Code, "name": city.Name, "nameRomaji": city.NameRomaji})
	b.node(p.Ward.ID, LabelWard, p.Ward.Name, "", props{"code": p.Ward.Code, "name": p.Ward.Name, "nameRomaji": p.Ward.NameRomaji})
	b.edge(city.ID, p.Ward.ID, RelHasWard)
	b.node(p.ID, LabelPlan, p.Title, p.Title, props{"fiscalYear": int64(p.FiscalYear), "fiscalYearLabel": p.FiscalYearLabel,
		"draft": p.Draft, "title": p.Title, "budgetTotalYen": p.BudgetTotalYen(BudgetKindBudget)})
	b.edge(p.Ward.ID, p.ID, RelAdopted)
	b.node(b.src, LabelSource, "出典 "+p.Source.URL, "", props{"url": p.Source.URL, "pageNumber": p.Source.PageNumber,
		"updatedOn": p.Source.UpdatedOn, "file": p.Source.File, "title": p.Source.Title,
		"attachments": p.Source.AttachmentsText()})
	b.from(p.ID, p.TitleLine)
}

func (p *Plan) projectParts(b *projectionBuilder) {
	if g := p.Goal; g != nil {
		b.part(p.ID, RelAimsFor, g.ID, LabelGoal, clip(g.Text), g.Text, props{"text": g.Text, "slogan": g.Slogan}, g.Line, g.Links)
	}
	for _, m := range p.Missions {
		b.part(p.ID, RelHasMission, m.ID, LabelMission, clip(m.Text), m.Text, props{"number": int64(m.Number), "text": m.Text}, m.Line, m.Links)
	}
	if p.Policy != "" {
		b.part(p.ID, RelHasPolicy, PolicyID(p.ID), LabelPolicy, clip(p.Policy), p.Policy, props{"text": p.Policy}, p.PolicyLine, p.PolicyLinks)
	}
	for _, r := range p.ReformItems {
		b.part(p.ID, RelIncludes, r.ID, LabelReformItem, r.Title, r.Title+"\n"+r.Description,
			props{"title": r.Title, "description": r.Description, "program": r.Program}, r.Line, nil)
		b.node(ProgramID(r.Program), LabelProgram, r.Program, r.Program, props{"name": r.Program})
		b.edge(r.ID, ProgramID(r.Program), RelPartOf)
	}
	if c := p.Contact; c != nil {
		b.node(c.ID, LabelDepartment, c.Department, "", props{"name": c.Department, "phone": c.Phone, "fax": c.Fax, "address": c.Address})
		b.edge(p.ID, c.ID, RelContact)
	}
}

func (b *projectionBuilder) issue(planID string, is Issue) {
	b.part(planID, RelAddresses, is.ID, LabelIssue, strconv.Itoa(is.Number)+" "+is.Title, joinText(is.Title, is.Description, is.Sections),
		props{"number": int64(is.Number), "title": is.Title, "description": is.Description}, is.Line, is.Links)
	b.budgets(is.ID, is.Budgets)
	for _, st := range is.Strategies {
		b.part(is.ID, RelPursuedBy, st.ID, LabelStrategy, st.Code+" "+st.Title, joinText(st.Title, st.Description, st.Sections),
			props{"code": st.Code, "title": st.Title, "description": st.Description, "numbered": st.Numbered}, st.Line, st.Links)
		for _, in := range st.Initiatives {
			b.part(st.ID, RelImplementedBy, in.ID, LabelInitiative, in.Code+" "+in.Title, joinText(in.Title, in.Description, in.Sections),
				props{"code": in.Code, "title": in.Title, "description": in.Description, "numbered": in.Numbered,
					"budgetYen": SumBudgets(in.Budgets, BudgetKindBudget)}, in.Line, in.Links)
			b.budgets(in.ID, in.Budgets)
		}
	}
}

func (b *projectionBuilder) budgets(owner string, lines []Budget) {
	for _, bl := range lines {
		pr := props{"kind": string(bl.Kind), "fiscalYear": int64(bl.FiscalYear), "raw": bl.Raw}
		if bl.AmountYen != nil {
			pr["amountYen"] = *bl.AmountYen
		}
		b.part(owner, RelFundedBy, bl.ID, LabelBudget, bl.Raw, "", pr, bl.Line, nil)
	}
}

type props = map[string]any

type projectionBuilder struct {
	nodes []GraphNode
	edges []GraphEdge
	seen  map[string]bool
	src   string
}

func (b *projectionBuilder) node(id, label, name, text string, pr props) {
	if b.seen[id] {
		return
	}
	b.seen[id] = true
	b.nodes = append(b.nodes, GraphNode{ID: id, Label: label, Name: name, Text: text, Props: pr})
}

func (b *projectionBuilder) edge(from, to, typ string) {
	b.edges = append(b.edges, GraphEdge{From: from, To: to, Type: typ})
}

func (b *projectionBuilder) from(id string, line int) {
	b.edges = append(b.edges, GraphEdge{From: id, To: b.src, Type: RelFrom, Line: line})
}

// part adds a plan part, the edge from its parent, its FROM edge and its links.
func (b *projectionBuilder) part(parent, rel, id, label, name, text string, pr props, line int, links []Link) {
	pr["line"] = int64(line)
	b.node(id, label, name, text, pr)
	b.edge(parent, id, rel)
	b.from(id, line)
	for _, l := range links {
		b.link(id, l)
	}
}

func (b *projectionBuilder) link(from string, l Link) {
	n := LinkTarget(l)
	b.node(n.ID, n.Label, n.Name, n.Text, n.Props)
	b.edges = append(b.edges, GraphEdge{From: from, To: n.ID, Type: LinkRel(l.Kind), Evidence: l.Evidence, Line: l.Line})
}

func joinText(title, desc string, sections []Section) string {
	parts := []string{title, desc}
	for _, s := range sections {
		parts = append(parts, s.Title, s.Text)
	}
	return strings.TrimSpace(strings.Join(parts, "\n"))
}

// clip shortens a text to a display label of at most 40 runes.
func clip(s string) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= 40 {
		return string(r)
	}
	return string(r[:39]) + "…"
}

// SortEdges orders edges by from, type, then to: the order every store
// returns them in.
func SortEdges(es []GraphEdge) {
	slices.SortFunc(es, func(a, b GraphEdge) int { return CompareEdges(&a, &b) })
}

// CompareEdges orders two edges as SortEdges does, for stores that sort
// their own records.
func CompareEdges(a, b *GraphEdge) int {
	return cmp.Or(strings.Compare(a.From, b.From), strings.Compare(a.Type, b.Type), strings.Compare(a.To, b.To))
}
