package neo4jstore

// batchSize is the most rows one UNWIND statement writes.
const batchSize = 500

// batch is one statement run over a list of rows.
type batch struct {
	Stmt string
	Rows []map[string]any
}

// mergeStmts returns the names of the merge statements in writing order.
func mergeStmts() []string {
	var names []string
	for _, l := range Labels {
		names = append(names, mergeNodeStmt(l))
	}
	for _, t := range RelTypes {
		names = append(names, mergeRelStmt(t))
	}
	return names
}

// writeBatches groups the records into UNWIND batches, one statement per
// label or relationship type: nodes first, in the order of Labels, then
// relationships, in the order of RelTypes.
func writeBatches(r records) []batch {
	byStmt := map[string][]map[string]any{}
	for _, n := range r.Nodes {
		name := mergeNodeStmt(n.Label)
		byStmt[name] = append(byStmt[name], map[string]any{"id": n.id(), "props": n.Props})
	}
	for _, e := range r.Edges {
		row := map[string]any{"from": e.From, "to": e.To, "props": e.Props}
		if isLinkType(e.Type) {
			row["seq"] = e.Props[propSeq]
		}
		name := mergeRelStmt(e.Type)
		byStmt[name] = append(byStmt[name], row)
	}
	var out []batch
	for _, name := range mergeStmts() {
		rows := byStmt[name]
		for len(rows) > 0 {
			n := min(batchSize, len(rows))
			out = append(out, batch{Stmt: name, Rows: rows[:n]})
			rows = rows[n:]
		}
	}
	return out
}
