package memstore

import (
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
// q.Sort order (wardgraph.SortInitiatives), after q.Normalize.
func (s *Store) Initiatives(ctx context.Context, q wardgraph.InitiativeQuery) (wardgraph.InitiativePage, error) {
	q, offset, err := q.Normalize()
	if err != nil {
		return wardgraph.InitiativePage{}, err
	}
	s.mu.RLock()
	ms := s.matching(q.Filter)
	s.mu.RUnlock()
	wardgraph.SortInitiatives(ms, q.Sort, q.Desc, func(m match) (int64, int) { return m.budget, m.ref.Plan.FiscalYear })
	return page(ms, offset, q.First), nil
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

// page cuts one page out of the sorted matches.
func page(ms []match, offset, first int) wardgraph.InitiativePage {
	offset = min(offset, len(ms))
	end := min(len(ms), offset+first)
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
		slices.SortFunc(pes, comparePlanEntries)
		for _, pe := range pes {
			for _, i := range pe.linked[id] {
				out[id] = append(out[id], pe.refs[i])
			}
		}
	}
	return out, nil
}
