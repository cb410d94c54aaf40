package neo4jstore

import (
	"errors"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

// Messages users see; the driver's error stays in Err.
const (
	msgUnavailable = "neo4j store unavailable"
	msgQuery       = "neo4j store: query failed"
)

// translate turns a driver error into a *wardgraph.Error. The server
// refusing a statement (a client error other than security) is a bug of
// ours: EINTERNAL. Anything else the driver reports — no connection,
// retries exhausted, authentication, a transient or database error, the
// request's context ending — means the store cannot answer: EUNAVAILABLE.
func translate(err error) error {
	if err == nil {
		return nil
	}
	var we *wardgraph.Error
	if errors.As(err, &we) {
		return we
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && ne.Classification() == "ClientError" && !ne.HasSecurityCode() {
		return wardgraph.Wrap(err, wardgraph.EINTERNAL, msgQuery)
	}
	var ue *neo4j.UsageError
	if errors.As(err, &ue) {
		return wardgraph.Wrap(err, wardgraph.EINTERNAL, msgQuery)
	}
	return wardgraph.Wrap(err, wardgraph.EUNAVAILABLE, msgUnavailable)
}
