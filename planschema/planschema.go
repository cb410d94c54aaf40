// Package planschema holds the published JSON Schema of the wardgraph plan file
// (plan.schema.json, draft 2020-12), embedded so that loaders validate
// against exactly the file in the repository.
package planschema

import _ "embed"

// PlanJSON is the text of plan.schema.json.
//
//go:embed plan.schema.json
var PlanJSON []byte

// PlanID is the schema's $id, the URL it is compiled under.
const PlanID = "https://github.com/wardgraph/wardgraph/planschema/plan.schema.json"
