package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

// Store is a wardgraph.Store over a Neo4j database.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
}

var _ wardgraph.Store = (*Store)(nil)

// schemaTimeout bounds how long Open waits for the indexes to come online.
const schemaTimeout = 120 * time.Second

// Open connects to Neo4j, checks that it answers and sets up the schema
// (constraints and indexes, idempotently). A server that cannot be reached
// is EUNAVAILABLE with a message naming it.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return nil, wardgraph.Wrap(err, wardgraph.EINVALID, fmt.Sprintf("neo4j URI %s: invalid", redactedURI(cfg.URI)))
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(ctx)
		return nil, connectError(cfg.URI, err)
	}
	s := &Store{driver: driver, db: cfg.Database}
	if err := s.setUpSchema(ctx); err != nil {
		driver.Close(ctx)
		db := cfg.Database
		if db == "" {
			db = "(the default)"
		}
		return nil, wardgraph.Wrap(err, wardgraph.EUNAVAILABLE,
			fmt.Sprintf("neo4j at %s: cannot set up constraints and indexes in database %s", redactedURI(cfg.URI), db))
	}
	return s, nil
}

// connectError says plainly why Open could not connect: refused
// credentials, or no answer.
func connectError(uri string, err error) *wardgraph.Error {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && ne.HasSecurityCode() {
		return wardgraph.Wrap(err, wardgraph.EUNAVAILABLE,
			fmt.Sprintf("neo4j at %s: credentials refused (NEO4J_USERNAME, NEO4J_PASSWORD)", redactedURI(uri)))
	}
	return wardgraph.Wrap(err, wardgraph.EUNAVAILABLE, fmt.Sprintf("neo4j at %s: cannot connect", redactedURI(uri)))
}

// setUpSchema creates the uniqueness constraints, the indexes the queries
// use and the full-text index, then waits for them to come online.
func (s *Store) setUpSchema(ctx context.Context) error {
	var names []string
	for _, l := range append([]string{LabelEntity}, Labels...) {
		names = append(names, uniqueStmt(l))
	}
	names = append(names, "schema_index_plan", "schema_index_fiscal_year", "schema_index_issue_number", "schema_fulltext")
	for _, name := range names {
		if _, err := s.write(ctx, name, nil); err != nil {
			return err
		}
	}
	_, err := s.write(ctx, "schema_await", map[string]any{"timeoutSeconds": int64(schemaTimeout / time.Second)})
	return err
}

// Ping reports whether Neo4j can be reached.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return wardgraph.Wrap(err, wardgraph.EUNAVAILABLE, msgUnavailable)
	}
	return nil
}

// Close closes the driver and its connections.
func (s *Store) Close() error {
	return translate(s.driver.Close(context.Background()))
}

// query runs one read statement through ExecuteQuery (a managed, retried
// transaction on the configured database) and returns its records.
func (s *Store) query(ctx context.Context, name string, params map[string]any) ([]*neo4j.Record, error) {
	return s.execute(ctx, name, params, neo4j.ExecuteQueryWithReadersRouting())
}

// write runs one statement in its own managed write transaction.
func (s *Store) write(ctx context.Context, name string, params map[string]any) ([]*neo4j.Record, error) {
	return s.execute(ctx, name, params, neo4j.ExecuteQueryWithWritersRouting())
}

func (s *Store) execute(ctx context.Context, name string, params map[string]any,
	routing neo4j.ExecuteQueryConfigurationOption) ([]*neo4j.Record, error) {
	st := stmt(name)
	if params == nil {
		params = map[string]any{}
	}
	if err := st.check(params); err != nil {
		return nil, err
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, st.Text, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), routing)
	if err != nil {
		return nil, translate(err)
	}
	return res.Records, nil
}

// session opens a session on the configured database. It shares the
// bookmark manager of ExecuteQuery, so every read sees every earlier write
// of this store, on a cluster too.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: mode,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager()})
}

// runTx runs one statement inside a managed transaction and collects its
// records.
func runTx(ctx context.Context, tx neo4j.ManagedTransaction, name string, params map[string]any) ([]*neo4j.Record, error) {
	st := stmt(name)
	if err := st.check(params); err != nil {
		return nil, err
	}
	res, err := tx.Run(ctx, st.Text, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// readTx runs work in one managed read transaction, retried by the driver.
func readTx[T any](ctx context.Context, s *Store, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteRead(ctx, sess, work)
	return v, translate(err)
}
