package neo4jstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"github.com/wardgraph/wardgraph"
)

// SavePlan saves p in one write transaction: it deletes the nodes of the
// plan's earlier version, then merges the projection in UNWIND batches.
// Shared nodes are merged and never deleted. The write guard announces the
// save to readers (see readConsistent).
func (s *Store) SavePlan(ctx context.Context, p *wardgraph.Plan) (wardgraph.SaveStats, error) {
	version := newVersion()
	recs, err := planRecords(p, version)
	if err != nil {
		return wardgraph.SaveStats{}, err
	}
	batches := writeBatches(recs)
	replaced, err := announced(ctx, s, func() (bool, error) {
		return writeTx(ctx, s, func(run runFunc) (bool, error) { return savePlanTx(run, p.ID, version, batches) })
	})
	if err != nil {
		return wardgraph.SaveStats{}, err
	}
	return wardgraph.SaveStats{Nodes: len(recs.Nodes), Edges: len(recs.Edges), Replaced: replaced}, nil
}

// newVersion returns a token unique to one save.
func newVersion() string {
	b := make([]byte, 12)
	rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}

func savePlanTx(run runFunc, planID, version string, batches []batch) (bool, error) {
	if _, err := run("guard_lock", nil); err != nil {
		return false, err
	}
	id := map[string]any{"planId": planID}
	recs, err := run("plan_exists", id)
	if err != nil {
		return false, err
	}
	existed := len(recs) == 1 && recordInt(recs[0], "n") > 0
	if _, err := run("plan_delete", id); err != nil {
		return false, err
	}
	for _, b := range batches {
		if _, err := run(b.Stmt, map[string]any{"rows": b.Rows}); err != nil {
			return false, err
		}
	}
	if _, err := run("data_version_set", map[string]any{"version": version}); err != nil {
		return false, err
	}
	return existed, nil
}
