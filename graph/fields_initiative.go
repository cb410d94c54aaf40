package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/graph/model"
)

// An initiative from a store's list may sit in a partial plan
// (wardgraph.Plan.Partial): its own fields, its plan's header and its
// strategy's and issue's own fields are there, the rest of the plan is not.
// The fields below serve what the partial plan holds and load the whole
// plan through the request's plan loader for anything else.

// headerFields are the fields of each type that a partial plan answers.
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

func (initiativeResolver) Plan(ctx context.Context, x *model.Initiative) (*wardgraph.Plan, error) {
	ref, err := refFor(ctx, x, "plan")
	return ref.Plan, err
}

func (initiativeResolver) Issue(ctx context.Context, x *model.Initiative) (*model.Issue, error) {
	in, err := initiativeFor(ctx, x, "issue")
	is := in.Issue()
	return &is, err
}

func (initiativeResolver) Strategy(ctx context.Context, x *model.Initiative) (*model.Strategy, error) {
	in, err := initiativeFor(ctx, x, "strategy")
	st := in.Strategy()
	return &st, err
}

func (initiativeResolver) Budgets(ctx context.Context, x *model.Initiative) ([]*model.Budget, error) {
	in, err := initiativeFor(ctx, x, "budgets")
	if err != nil {
		return nil, err
	}
	return ptrs(in.Budgets()), nil
}

func initiativeFor(ctx context.Context, x *model.Initiative, field string) (model.Initiative, error) {
	ref, err := refFor(ctx, x, field)
	return model.NewInitiative(ref), err
}

// refFor is x's ref, in its whole plan unless the plan is whole already or
// the selection of field asks only for what a partial plan holds.
func refFor(ctx context.Context, x *model.Initiative, field string) (wardgraph.InitiativeRef, error) {
	ref := x.Ref()
	if !ref.Plan.Partial || onlyFields(ctx, headerFields[field]) {
		return ref, nil
	}
	p, err := loadersFrom(ctx).planByID.Load(ctx, ref.Plan.ID)
	if err != nil {
		return ref, err
	}
	if whole, ok := findRef(planRefs(p), ref.Initiative.ID); ok {
		return whole, nil
	}
	return ref, changedWhileRead(ref)
}

// planRefs are the initiatives of p, none for a plan that is gone.
func planRefs(p *wardgraph.Plan) []wardgraph.InitiativeRef {
	if p == nil {
		return nil
	}
	return p.Initiatives()
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
	plans, err := loadersFrom(ctx).planByID.LoadAll(ctx, ids)
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
