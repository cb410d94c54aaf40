package neo4jstore

import "github.com/wardgraph/wardgraph"

// checkPlan refuses, with EINVALID, what wardgraph.SaveCopy refuses.
func checkPlan(p *wardgraph.Plan) error {
	_, err := wardgraph.SaveCopy(p)
	return err
}
