package neo4jstore

import (
	"context"
	"errors"
)

// errInconsistent says that a read saw parts of two versions of a plan:
// Neo4j reads at read-committed isolation, so the statements of one read
// transaction, and even one statement, can meet a plan while a save
// replaces it. Reads check what they saw (every node of a plan from one
// save, every id they walked still there) and start again.
var errInconsistent = errors.New("neo4jstore: read met a plan being replaced")

// readAttempts is how often a read starts again after errInconsistent.
const readAttempts = 5

// readConsistent runs work in a managed read transaction, again while it
// reports errInconsistent.
func readConsistent[T any](ctx context.Context, s *Store, work func(run runFunc) (T, error)) (T, error) {
	for attempt := 1; ; attempt++ {
		v, err := readTx(ctx, s, work)
		if !errors.Is(err, errInconsistent) || attempt == readAttempts {
			return v, err
		}
	}
}
