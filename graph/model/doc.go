// Package model holds the Go types behind the GraphQL schema that the domain
// package does not provide: plan parts carried with the plan they belong to
// (so that nested fields navigate the loaded plan tree instead of calling
// the store), connections, comparison and analysis results, and the Money
// scalar. gqlgen generates models_gen.go in this package; the rest is
// written by hand.
package model

// Node is any value that implements the GraphQL Node interface. It is
// empty because several nodes are domain types (wardgraph.Ward,
// wardgraph.Partner, ...) that carry no GraphQL methods; the generated code
// dispatches on the concrete type.
type Node interface{}
