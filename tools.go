//go:build tools

// This file pins the code generators the build uses, so that `go
// generate` runs the versions in go.mod without a network fetch.
package wardgraph

import _ "github.com/99designs/gqlgen"
