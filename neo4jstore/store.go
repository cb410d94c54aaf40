package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"github.com/wardgraph/wardgraph"
)

// Store is a wardgraph.Store over a Neo4j database.
type Store struct {
	be backend
}

var _ wardgraph.Store = (*Store)(nil)

// runFunc runs one named statement inside the current transaction and
// returns its records. It refuses parameters other than the statement's
// header declares.
type runFunc func(name string, params map[string]any) ([]*neo4j.Record, error)

// backend runs transactions: Neo4j through the driver, or, in tests, a
// model of the statements.
type backend interface {
	transact(ctx context.Context, write bool, work func(run runFunc) (any, error)) (any, error)
	ping(ctx context.Context) error
	close() error
}

// schemaTimeout bounds how long Open waits for the indexes to come online.
const schemaTimeout = 120 * time.Second

// Timeouts of the driver: no step of talking to Neo4j waits forever, also
// on a server that accepts TCP connections and never answers. A dead
// Neo4j costs a query at most about retryTime, which is below the HTTP
// server's default request timeout (10 s), so clients get UNAVAILABLE
// naming the store rather than a timeout.
const (
	connectTimeout = 10 * time.Second // Open's first contact: TCP, Bolt handshake, hello
	dialTimeout    = 5 * time.Second  // one TCP connect
	acquireTimeout = 5 * time.Second  // getting a connection from the pool, a new one included
	retryTime      = 5 * time.Second  // the driver's retries of one transaction, in all
)

func boundedTimeouts(c *config.Config) {
	c.SocketConnectTimeout = dialTimeout
	c.ConnectionAcquisitionTimeout = acquireTimeout
	c.MaxTransactionRetryTime = retryTime
	c.SocketKeepalive = true
}

// Open connects to Neo4j, checks that it answers and sets up the schema
// (constraints and indexes, idempotently). A server that cannot be reached
// is EUNAVAILABLE with a message naming it.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, boundedTimeouts)
	if err != nil {
		return nil, wardgraph.Wrap(err, wardgraph.EINVALID, fmt.Sprintf("neo4j URI %s: invalid", redactedURI(cfg.URI)))
	}
	verifyCtx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	if err := driver.VerifyConnectivity(verifyCtx); err != nil {
		driver.Close(ctx)
		return nil, connectError(cfg.URI, err)
	}
	be := &driverBackend{driver: driver, db: cfg.Database}
	if err := be.setUpSchema(ctx); err != nil {
		driver.Close(ctx)
		db := cfg.Database
		if db == "" {
			db = "(the default)"
		}
		return nil, wardgraph.Wrap(err, wardgraph.EUNAVAILABLE,
			fmt.Sprintf("neo4j at %s: cannot set up constraints and indexes in database %s", redactedURI(cfg.URI), db))
	}
	return &Store{be: be}, nil
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

// Ping reports whether Neo4j can be reached.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.be.ping(ctx); err != nil {
		return wardgraph.Wrap(err, wardgraph.EUNAVAILABLE, msgUnavailable)
	}
	return nil
}

// Close closes the driver and its connections.
func (s *Store) Close() error {
	return translate(s.be.close())
}

// readTx runs work in one read transaction (managed and retried by the
// driver) and translates its error.
func readTx[T any](ctx context.Context, s *Store, work func(run runFunc) (T, error)) (T, error) {
	return transact(ctx, s, false, work)
}

// writeTx runs work in one write transaction.
func writeTx[T any](ctx context.Context, s *Store, work func(run runFunc) (T, error)) (T, error) {
	return transact(ctx, s, true, work)
}

func transact[T any](ctx context.Context, s *Store, write bool, work func(run runFunc) (T, error)) (T, error) {
	v, err := s.be.transact(ctx, write, func(run runFunc) (any, error) { return work(run) })
	t, _ := v.(T)
	return t, translate(err)
}

// query runs one read statement in a transaction of its own, guarded
// against saves.
func (s *Store) query(ctx context.Context, name string, params map[string]any) ([]*neo4j.Record, error) {
	return readConsistent(ctx, s, func(run runFunc) ([]*neo4j.Record, error) { return run(name, params) })
}

// checkedRun returns a runFunc that checks a statement's parameters, then
// runs its text with exec.
func checkedRun(exec func(st statement, params map[string]any) ([]*neo4j.Record, error)) runFunc {
	return func(name string, params map[string]any) ([]*neo4j.Record, error) {
		st := stmt(name)
		if params == nil {
			params = map[string]any{}
		}
		if err := st.check(params); err != nil {
			return nil, err
		}
		return exec(st, params)
	}
}
