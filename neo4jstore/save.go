package neo4jstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

// SavePlan saves p in one write transaction: it deletes the nodes of the
// plan's earlier version, then merges the projection in UNWIND batches.
// Shared nodes are merged and never deleted.
func (s *Store) SavePlan(ctx context.Context, p *wardgraph.Plan) (wardgraph.SaveStats, error) {
	recs, err := planRecords(p, newVersion())
	if err != nil {
		return wardgraph.SaveStats{}, err
	}
	batches := writeBatches(recs)
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	replaced, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (bool, error) {
		return savePlanTx(ctx, tx, p.ID, batches)
	})
	if err != nil {
		return wardgraph.SaveStats{}, translate(err)
	}
	return wardgraph.SaveStats{Nodes: len(recs.Nodes), Edges: len(recs.Edges), Replaced: replaced}, nil
}

// newVersion returns a token unique to one save.
func newVersion() string {
	b := make([]byte, 12)
	rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}

func savePlanTx(ctx context.Context, tx neo4j.ManagedTransaction, planID string, batches []batch) (bool, error) {
	id := map[string]any{"planId": planID}
	recs, err := runTx(ctx, tx, "plan_exists", id)
	if err != nil {
		return false, err
	}
	existed := len(recs) == 1 && recordInt(recs[0], "n") > 0
	if _, err := runTx(ctx, tx, "plan_delete", id); err != nil {
		return false, err
	}
	for _, b := range batches {
		if _, err := runTx(ctx, tx, b.Stmt, map[string]any{"rows": b.Rows}); err != nil {
			return false, err
		}
	}
	return existed, nil
}
