package memstore_test

import (
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
)

// TestContract runs the one store contract suite on the embedded store.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) wardgraph.Store { return memstore.New() })
}
