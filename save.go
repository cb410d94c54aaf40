package wardgraph

import "reflect"

// SaveCopy is the check every store makes before saving p: p must not be
// nil, must have its ids and they must be the ones AssignIDs gives (EINVALID
// otherwise, naming the plan). It returns a deep copy of p for a store that
// keeps plans as they are given.
func SaveCopy(p *Plan) (*Plan, error) {
	if p == nil {
		return nil, Errorf(EINVALID, "cannot save a nil plan")
	}
	if p.ID == "" || p.Ward.ID == "" {
		return nil, Errorf(EINVALID, "plan %q has no id or no ward id: call AssignIDs before saving", p.Title)
	}
	c := p.Clone()
	c.AssignIDs()
	if !reflect.DeepEqual(c, p) {
		return nil, Errorf(EINVALID, "plan %q: ids are not the ones AssignIDs gives (plan id %q): call AssignIDs before saving", p.ID, c.ID)
	}
	return c, nil
}
