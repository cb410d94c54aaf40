package neo4jstore

import (
	"context"
	"errors"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

// errInconsistent says that a read met a save: Neo4j reads at
// read-committed isolation and applies a commit record by record (creates,
// then updates, then deletes), so a statement running while a save's
// commit is applied can see half of it: a plan missing, or two versions at
// once (real Neo4j showed both). Reads therefore check the write guard, a
// seqlock over all saves: a read that began while a save was in flight, or
// during which the guard's generation moved, starts again (see
// readConsistent for the reads that wait their turn).
var errInconsistent = errors.New("neo4jstore: read met a plan being replaced")

// labelGuard is the label of the write guard, one node that carries no
// Entity label and no domain data; guardProps are its properties (the
// guard_*.cypher statements).
const labelGuard = "WgGuard"

var guardProps = []string{"id", "gen", "writers", "leaseUntil", "lockedAt"}

// readWait is the longest a read waits for saves in flight to end.
var readWait = 15 * time.Second

// Pauses between read attempts, and the lease of an announced save.
const (
	readBackoff   = 2 * time.Millisecond   // first pause between attempts
	readBackoffTo = 100 * time.Millisecond // longest pause
	writeLease    = 60 * time.Second       // a save announced longer ago is taken as dead
)

// guardState is what guard_read returns.
type guardState struct {
	gen  int64
	busy bool
}

func readGuard(run runFunc) (guardState, error) {
	recs, err := run("guard_read", nil)
	if err != nil || len(recs) != 1 {
		return guardState{}, err
	}
	busy, _ := recs[0].Get("busy")
	b, _ := busy.(bool)
	return guardState{gen: recordInt(recs[0], "gen"), busy: b}, nil
}

// guarded runs work between two reads of the write guard and reports
// errInconsistent unless no save was in flight before and none began
// before the end.
func guarded[T any](run runFunc, work func(run runFunc) (T, error)) (T, error) {
	var zero T
	before, err := readGuard(run)
	if err != nil {
		return zero, err
	}
	if before.busy {
		return zero, errInconsistent
	}
	v, err := work(run)
	if err != nil {
		return zero, err
	}
	after, err := readGuard(run)
	if err != nil {
		return zero, err
	}
	if after.gen != before.gen {
		return zero, errInconsistent
	}
	return v, nil
}

// readConsistent runs work in a managed read transaction guarded against
// saves, again (with a growing pause) while it meets one. After
// optimisticReads attempts it waits its turn instead: the read runs in a
// write transaction that first takes the guard's lock, which saves hold
// until their commit is applied (back-to-back saves would otherwise starve
// it). Past readWait it is EUNAVAILABLE.
func readConsistent[T any](ctx context.Context, s *Store, work func(run runFunc) (T, error)) (T, error) {
	deadline := time.Now().Add(readWait)
	pause := readBackoff
	for attempt := 1; ; attempt++ {
		var v T
		var err error
		if attempt <= optimisticReads {
			v, err = readTx(ctx, s, func(run runFunc) (T, error) { return guarded(run, work) })
		} else {
			v, err = writeTx(ctx, s, func(run runFunc) (T, error) { return locked(run, work) })
		}
		if !errors.Is(err, errInconsistent) {
			return v, err
		}
		if time.Now().After(deadline) {
			return v, wardgraph.Wrap(err, wardgraph.EUNAVAILABLE, msgUnavailable+": plans kept being replaced for "+readWait.String())
		}
		select {
		case <-ctx.Done():
			return v, translate(ctx.Err())
		case <-time.After(pause):
		}
		pause = min(2*pause, readBackoffTo)
	}
}

// optimisticReads is how many guarded reads are tried before a read waits
// for the guard's lock.
const optimisticReads = 3

// locked runs work after taking the guard's lock.
func locked[T any](run runFunc, work func(run runFunc) (T, error)) (T, error) {
	if _, err := run("guard_lock", nil); err != nil {
		var zero T
		return zero, err
	}
	return work(run)
}

// announced runs save between guard_begin and guard_end, each a write
// transaction of its own, so that readers see that a save is in flight
// for as long as its commit may be half applied. guard_end runs even when
// save fails or ctx ends.
func announced[T any](ctx context.Context, s *Store, save func() (T, error)) (T, error) {
	var zero T
	_, err := writeTx(ctx, s, func(run runFunc) ([]*neo4j.Record, error) {
		return run("guard_begin", map[string]any{"leaseMs": writeLease.Milliseconds()})
	})
	if err != nil {
		return zero, err
	}
	v, saveErr := save()
	endCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	_, endErr := writeTx(endCtx, s, func(run runFunc) ([]*neo4j.Record, error) { return run("guard_end", nil) })
	if saveErr != nil {
		return zero, saveErr
	}
	return v, endErr
}
