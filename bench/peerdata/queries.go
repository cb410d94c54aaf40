package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/synth"
)

type query struct{ name, text string }

// apolloQueries are issue 13's peer queries, on the subjects cmd/wardload
// picks (the richest plan of the middle year and its most-linked
// initiative). The nested plan, compareWards and neighbourhood texts are
// cmd/wardload's.
func apolloQueries(plans []*wardgraph.Plan, fy int) []query {
	full := synth.Richest(plans, fy)
	ward, start := full.Ward.NameRomaji, synth.Hub(full)
	return []query{
		{"floor", `{ __typename }`},
		{"nested", nestedPlan(ward, fy)},
		{"search", `{ search(text: "子育て", first: 20) { score snippet node { id } } }`},
		{"compareWards", fmt.Sprintf(`{ compareWards(wards: [%q, "taisho", "kita"], fiscalYear: %d) { plans { id budgetTotalYen }
			topics { topic { name } cells { issueCount initiativeCount budgetYen } } sharedPartners { name } } }`, ward, fy)},
		{"initiatives50", `{ initiatives(first: 50, filter: {partner: "地域活動協議会"}) { totalCount pageInfo { hasNextPage endCursor }
			edges { cursor node { id code title budgetYen plan { id } } } } }`},
		{"neighborhood2", fmt.Sprintf(`{ neighborhood(id: %q, depth: 2) { nodes { id kind label } edges { from to type } } }`, start)},
	}
}

// nestedPlan is cmd/wardload's nested plan query.
func nestedPlan(ward string, fy int) string {
	return fmt.Sprintf(`{ plan(ward: %q, fiscalYear: %d) { id fiscalYearLabel budgetTotalYen goal { text slogan }
			missions { text } policy issues { number title description strategies { code title initiatives { code title description
			budgets { kind fiscalYear amountYen raw } partners { name kind } topics { name } } } } reformItems { title program { name } }
			contact { department phone } source { url pageNumber } } }`, ward, fy)
}

// writeQueries writes each query's POST body to out/queries/SET/NN-name.json
// (for the neo4j set, NN-name.wardgraph.json and NN-name.neo4j-graphql.json).
func writeQueries(out string, plans []*wardgraph.Plan, fy int) error {
	sets := map[string][]query{"apollo": apolloQueries(plans, fy)}
	for _, p := range neo4jQueries(plans, fy) {
		sets["neo4j"] = append(sets["neo4j"], query{p.name + ".wardgraph", p.wardgraph}, query{p.name + ".neo4j-graphql", p.neo4jGraphQL})
	}
	for set, qs := range sets {
		dir := filepath.Join(out, "queries", set)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return wardgraph.Wrap(err, wardgraph.EINVALID, "cannot create "+dir)
		}
		for i, q := range qs {
			body := map[string]string{"query": q.text}
			if set == "neo4j" {
				i /= 2 // a pair shares its number
			}
			if err := writeJSON(filepath.Join(dir, fmt.Sprintf("%02d-%s.json", i, q.name)), body); err != nil {
				return err
			}
		}
	}
	return nil
}
