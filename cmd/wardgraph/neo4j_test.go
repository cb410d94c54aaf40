package main

import (
	"bytes"
	"context"
	"net"
	"strings"
	"testing"
	"time"
)

// freePort returns a loopback address nothing listens on.
func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// silentPort returns a loopback address that accepts TCP connections and
// never answers.
func silentPort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	conns := make(chan net.Conn, 64)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				close(conns)
				return
			}
			conns <- c
		}
	}()
	t.Cleanup(func() {
		l.Close()
		for c := range conns {
			c.Close()
		}
	})
	return l.Addr().String()
}

func runFor(ctx context.Context, args ...string) (int, string, time.Duration) {
	var out, errb bytes.Buffer
	start := time.Now()
	code := run(ctx, args, &out, &errb)
	return code, errb.String(), time.Since(start)
}

// TestNeo4jDownAtStartUp: serve and load with no Neo4j on the port exit 1
// with a message naming the server.
func TestNeo4jDownAtStartUp(t *testing.T) {
	uri := "bolt://" + freePort(t)
	for _, args := range [][]string{{"serve", "--addr", "127.0.0.1:0", "--neo4j", uri}, {"load", "--neo4j", uri, t.TempDir()}} {
		code, stderr, _ := runFor(context.Background(), args...)
		if code != 1 || !strings.Contains(stderr, "neo4j at "+uri+": cannot connect") {
			t.Errorf("%s: exit %d, stderr %q", args[0], code, stderr)
		}
	}
}

// TestNeo4jSilentAtStartUp: a Bolt port that accepts and never answers
// makes serve give up within its connect timeout, naming the server; and a
// signal (the context ending) stops serve and load at once meanwhile.
func TestNeo4jSilentAtStartUp(t *testing.T) {
	uri := "bolt://" + silentPort(t)
	code, stderr, took := runFor(context.Background(), "serve", "--addr", "127.0.0.1:0", "--neo4j", uri)
	if code != 1 || !strings.Contains(stderr, "neo4j at "+uri) || took > 20*time.Second {
		t.Errorf("serve on a silent Neo4j: exit %d after %v, stderr %q", code, took, stderr)
	}
	for _, args := range [][]string{{"serve", "--addr", "127.0.0.1:0", "--neo4j", uri}, {"load", "--neo4j", uri, t.TempDir()}} {
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(300*time.Millisecond, cancel)
		code, stderr, took := runFor(ctx, args...)
		cancel()
		if code == 0 || took > 3*time.Second {
			t.Errorf("%s on a silent Neo4j, signalled: exit %d after %v, stderr %q", args[0], code, took, stderr)
		}
	}
}
