package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"sync"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/httpserver"
)

// partialStore answers Initiatives and LinkedInitiatives as neo4jstore
// does: every ref in a partial plan (wardgraph.Plan.Partial) that holds
// only the plan's header, source and the one initiative with its strategy
// and issue. It records the First of every Initiatives query.
type partialStore struct {
	wardgraph.Store
	mu     sync.Mutex
	firsts []int
}

func (s *partialStore) Initiatives(ctx context.Context, q wardgraph.InitiativeQuery) (wardgraph.InitiativePage, error) {
	s.mu.Lock()
	s.firsts = append(s.firsts, q.First)
	s.mu.Unlock()
	page, err := s.Store.Initiatives(ctx, q)
	for i, ref := range page.Items {
		page.Items[i] = partialRef(ref)
	}
	return page, err
}

func (s *partialStore) LinkedInitiatives(ctx context.Context, ids []string) (map[string][]wardgraph.InitiativeRef, error) {
	m, err := s.Store.LinkedInitiatives(ctx, ids)
	for _, refs := range m {
		for i, ref := range refs {
			refs[i] = partialRef(ref)
		}
	}
	return m, err
}

// partialRef rebuilds ref in a plan that holds nothing else.
func partialRef(ref wardgraph.InitiativeRef) wardgraph.InitiativeRef {
	in, st, is := *ref.Initiative, *ref.Strategy, *ref.Issue
	st.Initiatives, is.Budgets, is.Links, st.Links = []wardgraph.Initiative{in}, nil, nil, nil
	is.Strategies = []wardgraph.Strategy{st}
	p := &wardgraph.Plan{ID: ref.Plan.ID, Ward: ref.Plan.Ward, FiscalYear: ref.Plan.FiscalYear,
		FiscalYearLabel: ref.Plan.FiscalYearLabel, Draft: ref.Plan.Draft, Title: ref.Plan.Title,
		TitleLine: ref.Plan.TitleLine, Source: ref.Plan.Source, Issues: []wardgraph.Issue{is}, Partial: true}
	pis := &p.Issues[0]
	pst := &pis.Strategies[0]
	return wardgraph.InitiativeRef{Plan: p, Issue: pis, Strategy: pst, Initiative: &pst.Initiatives[0]}
}

// TestPartialPlansAnswerLikeWholePlans: whatever a query asks of a listed
// initiative's plan, issue, strategy or budget lines, the answer over
// partial plans is the answer over whole plans.
func TestPartialPlansAnswerLikeWholePlans(t *testing.T) {
	const q = `{ list: initiatives(first: 50) { totalCount nodes { id code source { url line }
	    plan { id title fiscalYear issues { number } } issue { number title budgets { raw } strategies { code } }
	    strategy { code title links { name } initiatives { code } } budgets { raw amountYen plan { id goal { text } } } } }
	  head: initiatives(first: 50) { nodes { id plan { id title ward { name } } issue { number title } strategy { code } budgets { raw } } }
	  partner: node(id: "partner/地域活動協議会") { ... on Partner { initiatives(first: 10) { nodes { id
	    plan { id missions { text } } issue { strategies { initiatives { code } } } } } } }
	  buckets: budgetBreakdown(groupBy: STRATEGY) { key node { id ... on Strategy { initiatives { code } } } } }`
	whole := fixtureStore(t)
	want := query(t, newHandler(whole, httpserver.Config{}), q, nil)
	got := query(t, newHandler(&partialStore{Store: whole}, httpserver.Config{}), q, nil)
	if len(want.Errors) > 0 || len(got.Errors) > 0 {
		t.Fatalf("errors: whole %+v, partial %+v", want.Errors, got.Errors)
	}
	if !bytes.Equal(got.Data, want.Data) {
		t.Errorf("over partial plans:\n%s\nover whole plans:\n%s", got.Data, want.Data)
	}
	if !json.Valid(want.Data) || !bytes.Contains(want.Data, []byte(`"missions"`)) {
		t.Errorf("the query answered nothing to compare: %s", want.Data)
	}
}

// TestCountAsksForNoRows: a connection asked only for totalCount asks the
// store for zero rows; any of edges, nodes or pageInfo asks for the page.
func TestCountAsksForNoRows(t *testing.T) {
	for _, tt := range []struct {
		query string
		first int
	}{
		{`{ initiatives { totalCount } }`, 0},
		{`{ initiatives(first: 7) { __typename totalCount } }`, 0},
		{`{ initiatives(first: 7) { totalCount nodes { id } } }`, 7},
		{`{ initiatives(first: 7) { edges { cursor } } }`, 7},
		{`{ initiatives(first: 7) { totalCount pageInfo { hasNextPage } } }`, 7},
		{`{ initiatives { ... on InitiativeConnection { nodes { id } } } }`, wardgraph.DefaultPageSize},
	} {
		s := &partialStore{Store: fixtureStore(t)}
		r := query(t, newHandler(s, httpserver.Config{}), tt.query, nil)
		if len(r.Errors) > 0 || len(s.firsts) != 1 || s.firsts[0] != tt.first {
			t.Errorf("%s: store asked for first %v, want [%d] (errors %+v)", tt.query, s.firsts, tt.first, r.Errors)
		}
	}
}
