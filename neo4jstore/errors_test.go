package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

func TestTranslate(t *testing.T) {
	syntax := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "Invalid input 'RETRN' (MATCH (n) RETRN n)"}
	tests := []struct {
		name string
		err  error
		code string
		msg  string
	}{
		{"nil", nil, "", ""},
		{"ours", wardgraph.Errorf(wardgraph.ENOTFOUND, "node %q not found", "x"), wardgraph.ENOTFOUND, `node "x" not found`},
		{"connectivity", &neo4j.ConnectivityError{Inner: errors.New("dial tcp 127.0.0.1:7687: connection refused")}, wardgraph.EUNAVAILABLE, msgUnavailable},
		{"retries exhausted", &neo4j.TransactionExecutionLimit{Cause: "timeout"}, wardgraph.EUNAVAILABLE, msgUnavailable},
		{"auth", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "bad credentials"}, wardgraph.EUNAVAILABLE, msgUnavailable},
		{"transient", &neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable"}, wardgraph.EUNAVAILABLE, msgUnavailable},
		{"cancelled", fmt.Errorf("run: %w", context.Canceled), wardgraph.EUNAVAILABLE, msgUnavailable},
		{"our statement refused", syntax, wardgraph.EINTERNAL, msgQuery},
		{"wrapped refusal", fmt.Errorf("tx: %w", syntax), wardgraph.EINTERNAL, msgQuery},
		{"usage", &neo4j.UsageError{Message: "nil driver"}, wardgraph.EINTERNAL, msgQuery},
	}
	for _, tt := range tests {
		got := translate(tt.err)
		if wardgraph.ErrorCode(got) != tt.code || wardgraph.ErrorMessage(got) != tt.msg {
			t.Errorf("%s: %v gives code %q message %q, want %q %q", tt.name, tt.err, wardgraph.ErrorCode(got), wardgraph.ErrorMessage(got), tt.code, tt.msg)
		}
		if tt.err != nil && tt.code != wardgraph.ENOTFOUND && !errors.Is(got, tt.err) {
			t.Errorf("%s: the driver error is not kept in Err", tt.name)
		}
		if strings.Contains(wardgraph.ErrorMessage(got), "MATCH") || strings.Contains(wardgraph.ErrorMessage(got), "127.0.0.1") {
			t.Errorf("%s: message %q leaks internals", tt.name, wardgraph.ErrorMessage(got))
		}
	}
}
