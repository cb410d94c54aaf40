// Package difftest holds the differential test of the two stores: the
// bundled sample and the contract suite's fixtures loaded into the embedded
// store and into Neo4j, the queries of testdata/queries asked of both
// through the real HTTP handler, and the JSON answers compared byte for
// byte. It needs a Neo4j (NEO4J_URI); see scripts/neo4j-test-server.
package difftest
