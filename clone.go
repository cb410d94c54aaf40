package wardgraph

// Clone returns a deep copy of p, so that a store keeping it is not
// changed by a caller changing its plan after saving it. Nil slices stay
// nil.
func (p *Plan) Clone() *Plan {
	c := *p
	c.Revisions = cloneSlice(p.Revisions)
	if p.Goal != nil {
		g := *p.Goal
		g.Links = cloneSlice(g.Links)
		g.Slogans = cloneSlice(g.Slogans)
		c.Goal = &g
	}
	c.Missions = cloneSlice(p.Missions)
	for i := range c.Missions {
		c.Missions[i].Links = cloneSlice(c.Missions[i].Links)
	}
	c.PolicyLinks = cloneSlice(p.PolicyLinks)
	c.Issues = cloneSlice(p.Issues)
	for i := range c.Issues {
		cloneIssue(&c.Issues[i])
	}
	c.ReformItems = cloneSlice(p.ReformItems)
	if p.Contact != nil {
		ct := *p.Contact
		c.Contact = &ct
	}
	c.Warnings = cloneSlice(p.Warnings)
	if p.Coverage != nil {
		cv := *p.Coverage
		c.Coverage = &cv
	}
	return &c
}

// cloneIssue replaces the slices of is (a shallow copy) with deep copies.
func cloneIssue(is *Issue) {
	is.Sections = cloneSlice(is.Sections)
	is.Budgets = cloneBudgets(is.Budgets)
	is.Links = cloneSlice(is.Links)
	is.Strategies = cloneSlice(is.Strategies)
	for j := range is.Strategies {
		st := &is.Strategies[j]
		st.Sections = cloneSlice(st.Sections)
		st.Links = cloneSlice(st.Links)
		st.Initiatives = cloneSlice(st.Initiatives)
		for k := range st.Initiatives {
			in := &st.Initiatives[k]
			in.Sections = cloneSlice(in.Sections)
			in.Budgets = cloneBudgets(in.Budgets)
			in.Links = cloneSlice(in.Links)
		}
	}
}

// cloneBudgets copies budget lines, amounts included (they are pointers).
func cloneBudgets(bs []Budget) []Budget {
	out := cloneSlice(bs)
	for i := range out {
		if out[i].AmountYen != nil {
			out[i].AmountYen = Yen(*out[i].AmountYen)
		}
	}
	return out
}

// cloneSlice copies a slice of values, keeping nil as nil.
func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}
