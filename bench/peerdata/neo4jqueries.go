package main

import (
	"fmt"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/synth"
)

// pair is one question asked of wardgraph and of @neo4j/graphql, each in
// its own schema.
type pair struct{ name, wardgraph, neo4jGraphQL string }

// hubPartner is the partner the partner queries ask about: in the
// synthetic set, 80 initiatives of all 24 wards involve it (one page of 100).
const hubPartner = "partner/地域活動協議会"

// neo4jQueries are issue 8's peer queries: the nested plan, a filtered
// initiative list, one partner's initiatives across wards, a count. The
// @neo4j/graphql side sorts by neo4jstore's wgSeq/wgOrder to get document
// order; lists without a document order are compared as sets.
func neo4jQueries(plans []*wardgraph.Plan, fy int) []pair {
	full := synth.Richest(plans, fy)
	ward := full.Ward.NameRomaji
	inFY := fmt.Sprintf(`strategy: {some: {issue: {some: {plan: {some: {fiscalYear: {eq: %d}}}}}}}`, fy)
	return []pair{
		{"nested", nestedPlan(ward, fy), fmt.Sprintf(`{ plans(where: {id: {eq: %q}}) { id fiscalYearLabel budgetTotalYen goal { text slogan }
			missions(sort: [{wgSeq: ASC}]) { text } policy { text } issues(sort: [{wgSeq: ASC}]) { number title description
			strategies(sort: [{wgSeq: ASC}]) { code title initiatives(sort: [{wgOrder: ASC}]) { code title description
			budgets(sort: [{wgSeq: ASC}]) { kind fiscalYear amountYen raw } partners { name kind } topics { name } } } }
			reformItems(sort: [{wgSeq: ASC}]) { title program { name } } contact { department: name phone } source { url pageNumber } } }`, full.ID)},
		{"filtered", fmt.Sprintf(`{ initiatives(filter: {ward: %q, fiscalYear: %d, issue: 2}, first: 50) { nodes { id code title budgetYen } } }`, ward, fy),
			fmt.Sprintf(`{ initiatives(where: {strategy: {some: {issue: {some: {number: {eq: 2}, plan: {some: {fiscalYear: {eq: %d}, ward: {some: {nameRomaji: {eq: %q}}}}}}}}}},
			sort: [{wgOrder: ASC}], limit: 50) { id code title budgetYen } }`, fy, ward)},
		{"partner", fmt.Sprintf(`{ node(id: %q) { ... on Partner { name initiatives(first: 100) { nodes { id title plan { id } } } } } }`, hubPartner),
			fmt.Sprintf(`{ partners(where: {id: {eq: %q}}) { name initiatives(limit: 100) { id title plan } } }`, hubPartner)},
		{"count", fmt.Sprintf(`{ initiatives(filter: {fiscalYear: %d}) { totalCount } }`, fy),
			fmt.Sprintf(`{ initiativesConnection(where: {%s}) { aggregate { count { nodes } } } }`, inFY)},
	}
}
