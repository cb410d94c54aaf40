// Package wardgraph holds the domain of wardgraph: the plans that Osaka's
// wards publish every fiscal year (区運営方針), the graph they project to, the
// Store interface every storage backend implements, and the one error type
// the edges translate for users.
//
// It depends on nothing but the standard library. Parsing lives in loaders/,
// storage in memstore/ and neo4jstore/, the GraphQL API in graph/.
package wardgraph
