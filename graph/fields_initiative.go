package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/wardgraph/wardgraph"
)

// An initiative from a store's list may sit in a partial plan
// (wardgraph.Plan.Partial): its own fields, its plan's header and its
// strategy's and issue's own fields are there, the rest of the plan is not.
// A connection whose nodes ask for more gets its items in their whole
// plans, loaded in one batch through the request's plan loader.

// headerFields are, for each field of an initiative that leads into its
// plan, the fields below it that a partial plan answers.
var headerFields = map[string]map[string]bool{
	"plan": {"__typename": true, "id": true, "ward": true, "fiscalYear": true, "fiscalYearLabel": true,
		"draft": true, "title": true},
	"issue": {"__typename": true, "id": true, "number": true, "title": true, "description": true,
		"sections": true, "line": true},
	"strategy": {"__typename": true, "id": true, "code": true, "numbered": true, "title": true,
		"description": true, "sections": true, "line": true},
	"budgets": {"__typename": true, "id": true, "kind": true, "fiscalYear": true, "amountYen": true,
		"raw": true, "line": true, "source": true},
}

// countFields are the fields of a connection that need none of its rows.
var countFields = map[string]bool{"__typename": true, "totalCount": true}

// connectionRefs returns refs as the current connection field needs them:
// as they are, or in their whole plans when its nodes (nodes, edges.node)
// ask for more of a plan than a partial plan holds.
func connectionRefs(ctx context.Context, refs []wardgraph.InitiativeRef) ([]wardgraph.InitiativeRef, error) {
	op := graphql.GetOperationContext(ctx)
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		nodes := []graphql.CollectedField{f}
		if f.Name == "edges" {
			nodes = graphql.CollectFields(op, f.Selections, nil)
		}
		for _, n := range nodes {
			if (n.Name == "nodes" || n.Name == "node") && needsWholePlan(op, n) {
				return wholeRefs(ctx, refs)
			}
		}
	}
	return refs, nil
}

// needsWholePlan reports whether the selection of an initiative asks for
// anything of its plan outside headerFields.
func needsWholePlan(op *graphql.OperationContext, initiative graphql.CollectedField) bool {
	for _, f := range graphql.CollectFields(op, initiative.Selections, nil) {
		allowed, leads := headerFields[f.Name]
		if !leads {
			continue
		}
		for _, g := range graphql.CollectFields(op, f.Selections, nil) {
			if !allowed[g.Name] {
				return true
			}
		}
	}
	return false
}

// onlyFields reports whether the current field's selection asks for
// nothing outside allowed.
func onlyFields(ctx context.Context, allowed map[string]bool) bool {
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if !allowed[f.Name] {
			return false
		}
	}
	return true
}

// wholeRefs returns refs with every ref in a partial plan replaced by the
// same initiative in its whole plan, the plans loaded in one batch through
// the plan loader.
func wholeRefs(ctx context.Context, refs []wardgraph.InitiativeRef) ([]wardgraph.InitiativeRef, error) {
	var ids []string
	for _, ref := range refs {
		if ref.Plan.Partial {
			ids = append(ids, ref.Plan.ID)
		}
	}
	plans, err := loadersFrom(ctx).plans().LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	byID := map[string][]wardgraph.InitiativeRef{}
	for _, p := range plans {
		if p != nil && byID[p.ID] == nil {
			byID[p.ID] = p.Initiatives()
		}
	}
	out := make([]wardgraph.InitiativeRef, len(refs))
	for i, ref := range refs {
		out[i] = ref
		if !ref.Plan.Partial {
			continue
		}
		whole, ok := findRef(byID[ref.Plan.ID], ref.Initiative.ID)
		if !ok {
			return nil, changedWhileRead(ref)
		}
		out[i] = whole
	}
	return out, nil
}

// findRef finds the ref of one initiative among refs.
func findRef(refs []wardgraph.InitiativeRef, id string) (wardgraph.InitiativeRef, bool) {
	for _, r := range refs {
		if r.Initiative.ID == id {
			return r, true
		}
	}
	return wardgraph.InitiativeRef{}, false
}

// changedWhileRead says that ref's plan was replaced between two reads.
func changedWhileRead(ref wardgraph.InitiativeRef) error {
	return wardgraph.Errorf(wardgraph.EUNAVAILABLE, "initiative %s: its plan %s changed while it was read; ask again",
		ref.Initiative.ID, ref.Plan.ID)
}
