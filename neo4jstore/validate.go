package neo4jstore

import (
	"bytes"
	"encoding/json"

	"github.com/wardgraph/wardgraph"
)

// checkPlan refuses, with EINVALID, a nil plan and one whose ids are not
// the ones AssignIDs gives, as the embedded store does.
func checkPlan(p *wardgraph.Plan) error {
	if p == nil {
		return wardgraph.Errorf(wardgraph.EINVALID, "cannot save a nil plan")
	}
	if p.ID == "" || p.Ward.ID == "" {
		return wardgraph.Errorf(wardgraph.EINVALID, "plan %q has no id or no ward id: call AssignIDs before saving", p.Title)
	}
	before, err := json.Marshal(p)
	if err != nil {
		return wardgraph.Wrap(err, wardgraph.EINVALID, "plan "+p.ID+" cannot be encoded")
	}
	var c wardgraph.Plan
	if err := json.Unmarshal(before, &c); err != nil {
		return wardgraph.Wrap(err, wardgraph.EINVALID, "plan "+p.ID+" cannot be decoded")
	}
	c.AssignIDs()
	after, _ := json.Marshal(&c) // it was just decoded from JSON
	if !bytes.Equal(before, after) {
		return wardgraph.Errorf(wardgraph.EINVALID, "plan %q: ids are not the ones AssignIDs gives (plan id %q): call AssignIDs before saving", p.ID, c.ID)
	}
	return nil
}
