package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/wardgraph/wardgraph"
)

func TestConfigFromEnv(t *testing.T) {
	t.Setenv("NEO4J_URI", "bolt://db:7687")
	t.Setenv("NEO4J_USERNAME", "neo4j")
	t.Setenv("NEO4J_PASSWORD", "secret")
	t.Setenv("NEO4J_DATABASE", "wardgraph")
	want := Config{URI: "bolt://db:7687", Username: "neo4j", Password: "secret", Database: "wardgraph"}
	if got := ConfigFromEnv(); got != want {
		t.Errorf("ConfigFromEnv() = %+v, want %+v", got, want)
	}
}

func TestRedactedURI(t *testing.T) {
	tests := map[string]string{
		"bolt://localhost:7687":               "bolt://localhost:7687",
		"neo4j://user:pw@db.example:7687?x=1": "neo4j://db.example:7687",
		"not a uri":                           "(invalid URI)",
	}
	for in, want := range tests {
		if got := redactedURI(in); got != want {
			t.Errorf("redactedURI(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOpenUnreachable: a server that does not answer is EUNAVAILABLE with
// a plain message naming it (no credentials), the driver's error in Err.
// Port 1 on loopback refuses connections.
func TestOpenUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := Open(ctx, Config{URI: "bolt://user:pw@127.0.0.1:1", Username: "neo4j", Password: "pw"})
	if wardgraph.ErrorCode(err) != wardgraph.EUNAVAILABLE {
		t.Fatalf("Open: %v, want EUNAVAILABLE", err)
	}
	if msg := wardgraph.ErrorMessage(err); msg != "neo4j at bolt://127.0.0.1:1: cannot connect" {
		t.Errorf("message %q", msg)
	}
	if e := err.(*wardgraph.Error); e.Err == nil || strings.Contains(e.Message, "pw") {
		t.Errorf("error %#v", e)
	}
	_, err = Open(ctx, Config{URI: "http://127.0.0.1:1"})
	if wardgraph.ErrorCode(err) != wardgraph.EINVALID {
		t.Errorf("Open with an http URI: %v, want EINVALID", err)
	}
}

func TestConnectError(t *testing.T) {
	auth := connectError("bolt://u:p@db:7687", fmt.Errorf("verify: %w",
		&neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "The client is unauthorized"}))
	if auth.Code != wardgraph.EUNAVAILABLE || auth.Message != "neo4j at bolt://db:7687: credentials refused (NEO4J_USERNAME, NEO4J_PASSWORD)" {
		t.Errorf("refused credentials: %+v", auth)
	}
	down := connectError("bolt://db:7687", &neo4j.ConnectivityError{Inner: errors.New("connection refused")})
	if down.Message != "neo4j at bolt://db:7687: cannot connect" || down.Err == nil {
		t.Errorf("no answer: %+v", down)
	}
}
