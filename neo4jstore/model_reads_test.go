package neo4jstore

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/wardgraph/wardgraph"
)

// The model's reads, each following its statement's Cypher.

func (db *fakeDB) planIDs(p map[string]any) []*neo4j.Record {
	ids, wards, years := p["ids"].([]string), p["wardIds"].([]string), p["fiscalYears"].([]int64)
	var rows [][2]dbtype.Node
	for _, wp := range db.adopted() {
		w, pl := wp[0].Props, wp[1].Props
		if (len(ids) == 0 || slices.Contains(ids, str(pl, propID))) && (len(wards) == 0 || slices.Contains(wards, str(w, propID))) &&
			(len(years) == 0 || slices.Contains(years, i64(pl, "fiscalYear"))) && (p["anyDraft"].(bool) || boolean(pl, "draft") == p["draft"].(bool)) {
			rows = append(rows, wp)
		}
	}
	slices.SortFunc(rows, func(a, b [2]dbtype.Node) int {
		return cmp.Or(cmp.Compare(str(a[0].Props, "code"), str(b[0].Props, "code")),
			cmp.Compare(i64(a[1].Props, "fiscalYear"), i64(b[1].Props, "fiscalYear")), compareBool(boolean(a[1].Props, "draft"), boolean(b[1].Props, "draft")))
	})
	var out []*neo4j.Record
	for _, r := range rows {
		out = append(out, rec("id", str(r[1].Props, propID)))
	}
	return out
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func (db *fakeDB) wards(map[string]any) []*neo4j.Record {
	first := map[string]dbtype.Node{}
	wards := map[string]dbtype.Node{}
	for _, wp := range db.adopted() {
		id := str(wp[0].Props, propID)
		wards[id] = wp[0]
		if old, ok := first[id]; !ok || cmp.Or(cmp.Compare(i64(wp[1].Props, "fiscalYear"), i64(old.Props, "fiscalYear")),
			compareBool(boolean(wp[1].Props, "draft"), boolean(old.Props, "draft")), cmp.Compare(str(wp[1].Props, propID), str(old.Props, propID))) < 0 {
			first[id] = wp[1]
		}
	}
	var ids []string
	for id := range wards {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(str(wards[a].Props, "code"), str(wards[b].Props, "code")), cmp.Compare(a, b))
	})
	var out []*neo4j.Record
	for _, id := range ids {
		out = append(out, rec("code", str(wards[id].Props, "code"), "planInfo", first[id].Props[propPlanInfo]))
	}
	return out
}

// initiativeRow of the model: the path's nodes and the sort keys.
type modelInit struct {
	w, p, iss, i dbtype.Node
}

func (db *fakeDB) initiativePaths() []modelInit {
	var out []modelInit
	for _, wp := range db.adopted() {
		for _, a := range db.out(str(wp[1].Props, propID), wardgraph.RelAddresses) {
			for _, b := range db.out(a.EndElementId, wardgraph.RelPursuedBy) {
				for _, c := range db.out(b.EndElementId, wardgraph.RelImplementedBy) {
					out = append(out, modelInit{wp[0], wp[1], db.nodes[a.EndElementId], db.nodes[c.EndElementId]})
				}
			}
		}
	}
	return out
}

func (db *fakeDB) linkedTo(i dbtype.Node, typ, label, value string) bool {
	for _, r := range db.out(str(i.Props, propID), typ) {
		x := db.nodes[r.EndElementId]
		if hasLabel(x, label) && (str(x.Props, propID) == value || strings.Contains(strings.ToLower(str(x.Props, propName)), strings.ToLower(value))) {
			return true
		}
	}
	return false
}

func (db *fakeDB) initiativeMatches(m modelInit, p map[string]any) bool {
	wards, text := p["wardIds"].([]string), strings.ToLower(p["text"].(string))
	partner, topic := p["partner"].(string), p["topic"].(string)
	return (len(wards) == 0 || slices.Contains(wards, str(m.w.Props, propID))) &&
		(p["fiscalYear"].(int64) == 0 || i64(m.p.Props, "fiscalYear") == p["fiscalYear"].(int64)) &&
		(p["issue"].(int64) == 0 || i64(m.iss.Props, "number") == p["issue"].(int64)) &&
		(text == "" || strings.Contains(strings.ToLower(str(m.i.Props, "title")), text) || strings.Contains(strings.ToLower(str(m.i.Props, "description")), text)) &&
		(partner == "" || db.linkedTo(m.i, wardgraph.RelInvolves, wardgraph.LabelPartner, partner)) &&
		(topic == "" || db.linkedTo(m.i, wardgraph.RelAbout, wardgraph.LabelTopic, topic))
}

func (db *fakeDB) initiatives(p map[string]any) []*neo4j.Record {
	var ms []modelInit
	for _, m := range db.initiativePaths() {
		if db.initiativeMatches(m, p) {
			ms = append(ms, m)
		}
	}
	key := func(m modelInit) int64 {
		switch p["sort"] {
		case "BUDGET":
			return i64(m.i.Props, "budgetYen")
		case "FISCAL_YEAR":
			return i64(m.p.Props, "fiscalYear")
		}
		return 0
	}
	code := func(a, b modelInit) int {
		return cmp.Or(cmp.Compare(str(a.w.Props, "code"), str(b.w.Props, "code")), cmp.Compare(i64(a.p.Props, "fiscalYear"), i64(b.p.Props, "fiscalYear")),
			compareBool(boolean(a.p.Props, "draft"), boolean(b.p.Props, "draft")), cmp.Compare(str(a.p.Props, propID), str(b.p.Props, propID)),
			cmp.Compare(i64(a.i.Props, propOrder), i64(b.i.Props, propOrder)))
	}
	slices.SortStableFunc(ms, func(a, b modelInit) int {
		k := cmp.Compare(key(a), key(b))
		if p["desc"].(bool) {
			k = -k
		}
		c := code(a, b)
		if p["codeDesc"].(bool) {
			c = -c
		}
		return cmp.Or(k, c)
	})
	rows := []any{}
	for _, m := range ms {
		rows = append(rows, map[string]any{"id": str(m.i.Props, propID), "plan": str(m.p.Props, propID), "version": m.i.Props[propVersion]})
	}
	skip := min(int(p["skip"].(int64)), len(rows))
	end := min(len(rows), int(min(p["skip"].(int64)+p["first"].(int64), math.MaxInt32)))
	return []*neo4j.Record{rec("total", int64(len(rows)), "page", rows[skip:max(skip, end)])}
}

func (db *fakeDB) linkedInitiatives(p map[string]any) []*neo4j.Record {
	seen := map[[2]string]bool{}
	var out []*neo4j.Record
	for _, r := range db.rels {
		i, t := db.nodes[r.StartElementId], db.nodes[r.EndElementId]
		k := [2]string{r.EndElementId, r.StartElementId}
		if isLinkType(r.Type) && hasLabel(i, wardgraph.LabelInitiative) && slices.Contains(p["targetIds"].([]string), r.EndElementId) && !seen[k] {
			seen[k] = true
			out = append(out, rec("target", str(t.Props, propID), "id", str(i.Props, propID), "plan", i.Props[propPlan], "version", i.Props[propVersion]))
		}
	}
	return out
}

func (db *fakeDB) catalog(p map[string]any) []*neo4j.Record {
	return db.nodesWhere(func(n dbtype.Node) bool {
		return hasLabel(n, p["label"].(string)) && strings.Contains(strings.ToLower(str(n.Props, propName)), strings.ToLower(p["nameContains"].(string)))
	})
}

// textMatches models both searches: nodes whose (lower-case) text holds
// every term. For the full-text index that is the claim search.go makes.
func (db *fakeDB) textMatches(terms []string) []*neo4j.Record {
	return db.nodesWhere(func(n dbtype.Node) bool {
		text := strings.ToLower(str(n.Props, propText))
		for _, t := range terms {
			if !strings.Contains(text, t) {
				return false
			}
		}
		return text != ""
	})
}

// phrases reads the terms back out of a query fullTextQuery built.
func phrases(query string) []string {
	var out []string
	for _, part := range strings.Split(query, " AND ") {
		t := strings.TrimSuffix(strings.TrimPrefix(part, `"`), `"`)
		var b strings.Builder
		for i := 0; i < len(t); i++ {
			if t[i] == '\\' && i+1 < len(t) {
				i++
			}
			b.WriteByte(t[i])
		}
		out = append(out, strings.ToLower(b.String()))
	}
	return out
}
