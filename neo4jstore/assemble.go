package neo4jstore

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/wardgraph/wardgraph"
)

// graphIndex indexes stored records for rebuilding plans.
type graphIndex struct {
	nodes    map[string]nodeRecord
	children map[string][]edgeRecord // parent id -> structural edges out
	links    map[string][]edgeRecord // part id -> link edges out, by place
	lines    map[string]int          // node id -> line of its FROM edge
}

func indexRecords(r records) *graphIndex {
	x := &graphIndex{nodes: map[string]nodeRecord{}, children: map[string][]edgeRecord{},
		links: map[string][]edgeRecord{}, lines: map[string]int{}}
	for _, n := range r.Nodes {
		x.nodes[n.id()] = n
	}
	for _, e := range r.Edges {
		switch {
		case e.Type == wardgraph.RelFrom:
			x.lines[e.From] = int(i64(e.Props, propLine))
		case isLinkType(e.Type):
			x.links[e.From] = append(x.links[e.From], e)
		default:
			x.children[e.From] = append(x.children[e.From], e)
		}
	}
	for _, es := range x.links {
		sort.SliceStable(es, func(i, j int) bool { return i64(es[i].Props, propSeq) < i64(es[j].Props, propSeq) })
	}
	return x
}

// assemble rebuilds the plan with the given id from the index.
func (x *graphIndex) assemble(planID string) (*wardgraph.Plan, error) {
	pn, ok := x.nodes[planID]
	if !ok {
		return nil, fmt.Errorf("plan %s: no plan node", planID)
	}
	var info planInfo
	if err := json.Unmarshal([]byte(str(pn.Props, propPlanInfo)), &info); err != nil {
		return nil, fmt.Errorf("plan %s: %s: %w", planID, propPlanInfo, err)
	}
	p := &wardgraph.Plan{ID: planID, FiscalYear: int(i64(pn.Props, "fiscalYear")),
		FiscalYearLabel: str(pn.Props, "fiscalYearLabel"), Draft: boolean(pn.Props, "draft"),
		Title: str(pn.Props, "title"), TitleLine: x.lines[planID], Revisions: info.Revisions,
		Warnings: info.Warnings, PolicyLine: info.PolicyLine, Ward: info.Ward, Contact: info.Contact,
		Coverage: info.Coverage}
	p.Source = x.source(planID, info.Credit)
	x.planParts(p)
	if p.Goal != nil {
		p.Goal.Slogans = info.Slogans
	}
	for _, e := range x.childEdges(planID, wardgraph.RelAddresses) {
		p.Issues = append(p.Issues, x.issue(e.To))
	}
	return p, nil
}

func (x *graphIndex) source(planID, credit string) wardgraph.Source {
	s := x.nodes[planID+"/source"].Props
	return wardgraph.Source{URL: str(s, "url"), PageNumber: str(s, "pageNumber"),
		UpdatedOn: str(s, "updatedOn"), File: str(s, "file"), Credit: credit, Title: str(s, "title"),
		Attachments: wardgraph.AttachmentsFromText(str(s, "attachments"))}
}

func (x *graphIndex) planParts(p *wardgraph.Plan) {
	for _, e := range x.childEdges(p.ID, wardgraph.RelAimsFor) {
		n := x.nodes[e.To].Props
		p.Goal = &wardgraph.Goal{ID: e.To, Text: str(n, "text"), Slogan: str(n, "slogan"),
			Line: int(i64(n, "line")), Links: x.linksOf(e.To)}
	}
	for _, e := range x.childEdges(p.ID, wardgraph.RelHasMission) {
		n := x.nodes[e.To].Props
		p.Missions = append(p.Missions, wardgraph.Mission{ID: e.To, Number: int(i64(n, "number")),
			Text: str(n, "text"), Line: int(i64(n, "line")), Links: x.linksOf(e.To)})
	}
	for _, e := range x.childEdges(p.ID, wardgraph.RelHasPolicy) {
		p.Policy, p.PolicyLinks = str(x.nodes[e.To].Props, "text"), x.linksOf(e.To)
	}
	for _, e := range x.childEdges(p.ID, wardgraph.RelIncludes) {
		n := x.nodes[e.To].Props
		p.ReformItems = append(p.ReformItems, wardgraph.ReformItem{ID: e.To, Title: str(n, "title"),
			Description: str(n, "description"), Program: str(n, "program"), Line: int(i64(n, "line"))})
	}
}

func (x *graphIndex) issue(id string) wardgraph.Issue {
	n := x.nodes[id].Props
	is := wardgraph.Issue{ID: id, Number: int(i64(n, "number")), Title: str(n, "title"),
		Description: str(n, "description"), Sections: sections(n), Budgets: x.budgets(id),
		Line: int(i64(n, "line")), Links: x.linksOf(id)}
	for _, e := range x.childEdges(id, wardgraph.RelPursuedBy) {
		is.Strategies = append(is.Strategies, x.strategy(e.To))
	}
	return is
}

func (x *graphIndex) strategy(id string) wardgraph.Strategy {
	n := x.nodes[id].Props
	st := wardgraph.Strategy{ID: id, Code: str(n, "code"), Numbered: boolean(n, "numbered"),
		Title: str(n, "title"), Description: str(n, "description"), Sections: sections(n),
		Line: int(i64(n, "line")), Links: x.linksOf(id)}
	for _, e := range x.childEdges(id, wardgraph.RelImplementedBy) {
		m := x.nodes[e.To].Props
		st.Initiatives = append(st.Initiatives, wardgraph.Initiative{ID: e.To, Code: str(m, "code"),
			Numbered: boolean(m, "numbered"), Title: str(m, "title"), Description: str(m, "description"), Sections: sections(m),
			Budgets: x.budgets(e.To), Line: int(i64(m, "line")), Links: x.linksOf(e.To)})
	}
	return st
}

func (x *graphIndex) budgets(owner string) []wardgraph.Budget {
	var out []wardgraph.Budget
	for _, e := range x.childEdges(owner, wardgraph.RelFundedBy) {
		n := x.nodes[e.To].Props
		b := wardgraph.Budget{ID: e.To, Kind: wardgraph.BudgetKind(str(n, "kind")),
			FiscalYear: int(i64(n, "fiscalYear")), Raw: str(n, "raw"), Line: int(i64(n, "line"))}
		if _, ok := n["amountYen"]; ok {
			b.AmountYen = wardgraph.Yen(i64(n, "amountYen"))
		}
		out = append(out, b)
	}
	return out
}

// childEdges returns the parent's edges of one type, ordered by the place
// of their targets among their siblings.
func (x *graphIndex) childEdges(parent, typ string) []edgeRecord {
	var out []edgeRecord
	for _, e := range x.children[parent] {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return i64(x.nodes[out[i].To].Props, propSeq) < i64(x.nodes[out[j].To].Props, propSeq)
	})
	return out
}

func (x *graphIndex) linksOf(id string) []wardgraph.Link {
	var out []wardgraph.Link
	for _, e := range x.links[id] {
		out = append(out, wardgraph.Link{Kind: linkKind(e.Type), Name: str(x.nodes[e.To].Props, propName),
			Category: str(e.Props, propCategory), Evidence: str(e.Props, propEvidence), Line: int(i64(e.Props, propLine))})
	}
	return out
}

func linkKind(relType string) wardgraph.LinkKind {
	k, _ := wardgraph.LinkKindOf(relType)
	return k
}

func sections(n map[string]any) []wardgraph.Section {
	raw := str(n, propSections)
	if raw == "" {
		return nil
	}
	var out []wardgraph.Section
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		return nil
	}
	return out
}
