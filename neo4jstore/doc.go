// Package neo4jstore keeps wardgraph's graph in Neo4j and implements
// wardgraph.Store over it with the same answers as the embedded store
// (memstore); one contract suite (storetest) runs against both.
//
// Every Cypher statement lives in its own file under cypher/, embedded into
// the binary. Each declares its parameters in header comments
// ("// param name: TYPE"); the store refuses to run a statement with other
// parameters, a test checks the declarations against the $names used, and
// tools/cypherlint checks every file with Neo4j's own Cypher front end in
// CI. Statements take parameters only: no Cypher is assembled from input.
// Labels and relationship types cannot be parameters, so the statements
// that write one label or type are generated per label and type from
// testdata/templates (go test -update).
//
// The graph is the projection of wardgraph.Plan.Projection() (domain.md §9) with
// these additions, each for a reason:
//
//   - Every node also carries the label Entity, with a uniqueness
//     constraint on Entity.id, so that a relationship can be written and a
//     node found by id without knowing its label.
//   - Nodes that belong to one plan carry its id in plan (indexed): saving a
//     plan deletes them and writes the new version in one transaction.
//     Shared nodes (wards, partners, topics, programmes, departments) carry
//     none, are merged and never deleted.
//   - A node's display name and searchable text are the properties name and
//     text; the cjk full-text index covers text.
//   - What a plan needs to be rebuilt exactly but the projection leaves out
//     is kept in properties prefixed wg (record.go): the place of each part
//     and link, sections as JSON, and on the plan node a JSON object with
//     revisions, warnings, the source credit and the plan's own view of its
//     ward and department (shared nodes take the last plan's properties).
//     Links to partners, topics and target groups are one relationship per
//     link, keyed by their place, with the partner's category.
//   - wgVersion marks the nodes one save wrote. Neo4j reads at
//     read-committed isolation and applies a commit record by record, so a
//     read that meets a save can see half of it; the write guard (see
//     readConsistent) makes such reads start again or wait their turn.
//
// Initiative lists (Initiatives, LinkedInitiatives) find, order and page
// the matching initiatives in Cypher, then read only what those rows need
// (initiative_parts.cypher: each initiative with its budget lines and
// links, its strategy, issue, plan node and source) and rebuild each plan
// in part (wardgraph.Plan.Partial), never the plans' whole subgraphs; the
// GraphQL layer loads a whole plan by id when a query asks for more.
//
// Neighbourhoods are walked with wardgraph.Walk, one statement per level,
// rather than with a variable-length pattern, whose cost grows with the
// number of paths through hubs (a partner hundreds of initiatives name)
// instead of the number of nodes reached.
//
// The tests that need a server run on the Neo4j of NEO4J_URI (in CI the
// one scripts/neo4j-test-server starts): the contract suite (TestContract),
// the save counts and the routing scheme; without it they skip, or fail
// under WARDGRAPH_REQUIRE_NEO4J=1. Row building, record reassembly and
// error translation are unit-tested without a server.
package neo4jstore
