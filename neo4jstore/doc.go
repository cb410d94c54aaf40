// Package neo4jstore keeps wardgraph's graph in Neo4j and implements
// wardgraph.Store over it with the same answers as the embedded store.
//
// Every Cypher statement lives in its own file under cypher/, embedded into
// the binary and linted in CI by Neo4j's own Cypher front end
// (tools/cypherlint). Statements take parameters only: no Cypher is ever
// assembled from input.
//
// The graph is the projection of wardgraph.Plan.Graph() (domain.md §9) with
// one addition: every node also carries the label Entity, so that a node can
// be found by id through one uniqueness constraint without knowing its
// label (labels cannot be query parameters). Nodes that belong to one plan
// carry its id in the property plan; shared nodes (wards, partners, topics,
// ...) carry none and are never deleted. What the projection does not hold
// but a plan needs to be rebuilt exactly (sections, revisions, warnings, the
// order of parts and links) is kept in properties prefixed wg, described in
// record.go.
package neo4jstore
