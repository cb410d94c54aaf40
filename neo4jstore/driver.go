package neo4jstore

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// driverBackend runs transactions on Neo4j through the Go driver: managed
// transactions, retried by the driver, on the configured database.
type driverBackend struct {
	driver neo4j.DriverWithContext
	db     string
}

// transact runs work in a managed read or write transaction. Sessions share
// the bookmark manager of ExecuteQuery, so every read sees every earlier
// write of this store, on a cluster too.
func (b *driverBackend) transact(ctx context.Context, write bool, work func(run runFunc) (any, error)) (any, error) {
	mode := neo4j.AccessModeRead
	if write {
		mode = neo4j.AccessModeWrite
	}
	sess := b.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: b.db, AccessMode: mode,
		BookmarkManager: b.driver.ExecuteQueryBookmarkManager()})
	defer sess.Close(ctx)
	txWork := func(tx neo4j.ManagedTransaction) (any, error) {
		return work(checkedRun(func(st statement, params map[string]any) ([]*neo4j.Record, error) {
			res, err := tx.Run(ctx, st.Text, params)
			if err != nil {
				return nil, err
			}
			return res.Collect(ctx)
		}))
	}
	if write {
		return sess.ExecuteWrite(ctx, txWork)
	}
	return sess.ExecuteRead(ctx, txWork)
}

func (b *driverBackend) ping(ctx context.Context) error { return b.driver.VerifyConnectivity(ctx) }

func (b *driverBackend) close() error { return b.driver.Close(context.Background()) }

// setUpSchema creates the uniqueness constraints, the indexes the queries
// use and the full-text index, each with ExecuteQuery (schema commands take
// a transaction of their own), then waits for them to come online.
func (b *driverBackend) setUpSchema(ctx context.Context) error {
	var names []string
	for _, l := range append([]string{LabelEntity}, Labels...) {
		names = append(names, uniqueStmt(l))
	}
	names = append(names, "guard_constraint", "schema_index_plan", "schema_index_fiscal_year", "schema_index_issue_number", "schema_fulltext")
	for _, name := range names {
		if _, err := b.execute(ctx, name, nil); err != nil {
			return err
		}
	}
	_, err := b.execute(ctx, "schema_await", map[string]any{"timeoutSeconds": int64(schemaTimeout / time.Second)})
	return err
}

// execute runs one statement with neo4j.ExecuteQuery, routed to a writer.
func (b *driverBackend) execute(ctx context.Context, name string, params map[string]any) ([]*neo4j.Record, error) {
	run := checkedRun(func(st statement, params map[string]any) ([]*neo4j.Record, error) {
		res, err := neo4j.ExecuteQuery(ctx, b.driver, st.Text, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(b.db), neo4j.ExecuteQueryWithWritersRouting())
		if err != nil {
			return nil, translate(err)
		}
		return res.Records, nil
	})
	return run(name, params)
}
