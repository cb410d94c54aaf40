package neo4jstore

import "github.com/wardgraph/wardgraph"

// LabelEntity is the label every wardgraph node carries besides its own, so
// that any node can be found by id through one index.
const LabelEntity = "Entity"

// FullTextIndex is the name of the cjk full-text index over node texts.
const FullTextIndex = "wardgraph_text"

// Labels are the node labels of domain.md §9, in the order of projection.go.
var Labels = []string{wardgraph.LabelMunicipality, wardgraph.LabelWard, wardgraph.LabelPlan,
	wardgraph.LabelGoal, wardgraph.LabelMission, wardgraph.LabelPolicy, wardgraph.LabelIssue,
	wardgraph.LabelStrategy, wardgraph.LabelInitiative, wardgraph.LabelBudget, wardgraph.LabelPartner,
	wardgraph.LabelTopic, wardgraph.LabelTargetGroup, wardgraph.LabelProgram, wardgraph.LabelReformItem,
	wardgraph.LabelDepartment, wardgraph.LabelSource}

// RelTypes are the relationship types of domain.md §9.
var RelTypes = []string{wardgraph.RelHasWard, wardgraph.RelAdopted, wardgraph.RelAimsFor,
	wardgraph.RelHasMission, wardgraph.RelHasPolicy, wardgraph.RelAddresses, wardgraph.RelPursuedBy,
	wardgraph.RelImplementedBy, wardgraph.RelFundedBy, wardgraph.RelInvolves, wardgraph.RelAbout,
	wardgraph.RelServes, wardgraph.RelIncludes, wardgraph.RelPartOf, wardgraph.RelContact, wardgraph.RelFrom}

// isLinkType reports whether a relationship type is a link to a partner,
// topic or target group: one such relationship per link, keyed by its
// place in the part's list of links.
func isLinkType(t string) bool {
	_, ok := wardgraph.LinkKindOf(t)
	return ok
}

// Names of the statements made from templates, one per label or type.
func uniqueStmt(label string) string    { return "schema_unique_" + label }
func mergeNodeStmt(label string) string { return "merge_node_" + label }
func mergeRelStmt(typ string) string    { return "merge_rel_" + typ }
