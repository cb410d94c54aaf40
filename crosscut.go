package wardgraph

import "sort"

// CrossCut is a partner, topic or target group that links parts of plans
// under several issues or wards.
type CrossCut struct {
	Via           GraphNode
	IssueIDs      []string // sorted
	WardIDs       []string // sorted
	InitiativeIDs []string // sorted
}

// CrossCutting finds the partners, topics and target groups linked from
// parts of the plans under at least minIssues different issues and in at
// least minWards different wards. Parts outside any issue (goal, missions,
// policy) count for their ward only. The most connected come first: by
// issues, then wards, then id.
func CrossCutting(plans []*Plan, minIssues, minWards int) []CrossCut {
	acc := map[string]*crossAcc{}
	for _, p := range plans {
		for pt := range p.AllParts() {
			for _, l := range pt.Links {
				a := acc[LinkTargetID(l)]
				if a == nil {
					a = newCrossAcc(l)
					acc[LinkTargetID(l)] = a
				}
				a.add(p.Ward.ID, pt)
			}
		}
	}
	var out []CrossCut
	for _, a := range acc {
		if len(a.issues) >= minIssues && len(a.wards) >= minWards {
			out = append(out, a.result())
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if len(a.IssueIDs) != len(b.IssueIDs) {
			return len(a.IssueIDs) > len(b.IssueIDs)
		}
		if len(a.WardIDs) != len(b.WardIDs) {
			return len(a.WardIDs) > len(b.WardIDs)
		}
		return a.Via.ID < b.Via.ID
	})
	return out
}

type crossAcc struct {
	via                        GraphNode
	issues, wards, initiatives map[string]bool
}

func newCrossAcc(l Link) *crossAcc {
	return &crossAcc{via: LinkTarget(l), issues: map[string]bool{}, wards: map[string]bool{}, initiatives: map[string]bool{}}
}

func (a *crossAcc) add(wardID string, pt Part) {
	a.wards[wardID] = true
	if pt.Issue != nil {
		a.issues[pt.Issue.ID] = true
	}
	if pt.Initiative != nil {
		a.initiatives[pt.Initiative.ID] = true
	}
}

func (a *crossAcc) result() CrossCut {
	return CrossCut{Via: a.via, IssueIDs: sortedKeys(a.issues), WardIDs: sortedKeys(a.wards), InitiativeIDs: sortedKeys(a.initiatives)}
}

// sortedKeys returns the keys of a set in order.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
