// Package outagetest holds the Neo4j outage test: wardgraph serving from a
// Neo4j of the test's own (scripts/neo4j-test-server on port 17688) that is
// killed with SIGKILL mid-traffic and started again on the same data. A
// package of its own, so that it runs beside neo4jstore's tests, which use
// the shared server of NEO4J_URI.
package outagetest
