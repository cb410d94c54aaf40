package memstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	wardgraph "github.com/wardgraph/wardgraph"
)

// match is an initiative that passed a filter, with what sorts look at.
type match struct {
	ref    wardgraph.InitiativeRef
	budget int64
}

// Initiatives returns one page of the initiatives that match q.Filter in
// q.Sort order. For BUDGET and FISCAL_YEAR, Desc reverses that key only and
// ties keep the CODE order; for CODE, Desc reverses the whole order.
// First <= 0 returns every item after the cursor.
func (s *Store) Initiatives(ctx context.Context, q wardgraph.InitiativeQuery) (wardgraph.InitiativePage, error) {
	offset, err := wardgraph.DecodeCursor(q.After)
	if err != nil {
		return wardgraph.InitiativePage{}, err
	}
	if err := checkSort(q.Sort); err != nil {
		return wardgraph.InitiativePage{}, err
	}
	s.mu.RLock()
	ms := s.matching(q.Filter)
	s.mu.RUnlock()
	sortMatches(ms, q.Sort, q.Desc)
	return page(ms, offset, q.First), nil
}

// checkSort refuses unknown sort fields; "" is CODE.
func checkSort(by wardgraph.InitiativeSortField) error {
	switch by {
	case "", wardgraph.SortByCode, wardgraph.SortByBudget, wardgraph.SortByFiscalYear:
		return nil
	}
	return wardgraph.Errorf(wardgraph.EINVALID, "unknown initiative sort %q (want CODE, BUDGET or FISCAL_YEAR)", by)
}

// matching returns the initiatives that pass f, in CODE order.
func (s *Store) matching(f wardgraph.InitiativeFilter) []match {
	ff := newInitFilter(f)
	var out []match
	for _, pe := range s.plansOf(f.WardIDs) {
		if p := pe.plan; f.FiscalYear != 0 && f.FiscalYear != p.FiscalYear {
			continue
		}
		for i, r := range pe.refs {
			if ff.matches(r, &pe.inits[i]) {
				out = append(out, match{ref: r, budget: pe.inits[i].budget})
			}
		}
	}
	return out
}

// initFilter is an InitiativeFilter with its values lower-cased once.
type initFilter struct {
	issue                int
	partner, topic, text string
	partnerLow, topicLow string
}

func newInitFilter(f wardgraph.InitiativeFilter) initFilter {
	return initFilter{issue: f.Issue, partner: f.Partner, topic: f.Topic, text: strings.ToLower(f.Text),
		partnerLow: strings.ToLower(f.Partner), topicLow: strings.ToLower(f.Topic)}
}

func (f initFilter) matches(r wardgraph.InitiativeRef, in *initInfo) bool {
	return (f.issue == 0 || r.Issue.Number == f.issue) &&
		(f.text == "" || strings.Contains(in.title, f.text) || strings.Contains(in.desc, f.text)) &&
		(f.partner == "" || in.linksTo(wardgraph.LinkPartner, f.partner, f.partnerLow)) &&
		(f.topic == "" || in.linksTo(wardgraph.LinkTopic, f.topic, f.topicLow))
}

// linksTo reports whether the initiative links to a node of the kind whose
// id is value or whose name contains it, ignoring case.
func (in *initInfo) linksTo(kind wardgraph.LinkKind, value, lower string) bool {
	for _, l := range in.links {
		if l.kind == kind && (l.id == value || strings.Contains(l.name, lower)) {
			return true
		}
	}
	return false
}

// sortMatches orders matches, which come in CODE order, by a checked
// sort field.
func sortMatches(ms []match, by wardgraph.InitiativeSortField, desc bool) {
	sign := 1
	if desc {
		sign = -1
	}
	switch by {
	case wardgraph.SortByBudget:
		slices.SortStableFunc(ms, func(a, b match) int { return sign * cmp.Compare(a.budget, b.budget) })
	case wardgraph.SortByFiscalYear:
		slices.SortStableFunc(ms, func(a, b match) int {
			return sign * cmp.Compare(a.ref.Plan.FiscalYear, b.ref.Plan.FiscalYear)
		})
	default:
		if desc {
			slices.Reverse(ms)
		}
	}
}

// page cuts one page out of the sorted matches.
func page(ms []match, offset, first int) wardgraph.InitiativePage {
	offset = min(offset, len(ms))
	end := len(ms)
	if first > 0 {
		end = min(end, offset+first)
	}
	items := make([]wardgraph.InitiativeRef, 0, end-offset)
	for _, m := range ms[offset:end] {
		items = append(items, m.ref)
	}
	return wardgraph.NewInitiativePage(items, offset, len(ms))
}

// LinkedInitiatives returns, for each partner, topic or target group id,
// the initiatives linked to it in CODE order. Ids nothing links to are left
// out of the map.
func (s *Store) LinkedInitiatives(ctx context.Context, targetIDs []string) (map[string][]wardgraph.InitiativeRef, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := map[string][]wardgraph.InitiativeRef{}
	for _, id := range targetIDs {
		var pes []*planEntry
		for planID := range s.linked[id] {
			pes = append(pes, s.plans[planID])
		}
		slices.SortFunc(pes, func(a, b *planEntry) int { return comparePlans(a.plan, b.plan) })
		for _, pe := range pes {
			for _, i := range pe.linked[id] {
				out[id] = append(out[id], pe.refs[i])
			}
		}
	}
	return out, nil
}
