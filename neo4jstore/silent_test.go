package neo4jstore

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph"
)

// silentListener accepts TCP connections and never answers: a Bolt port
// whose server hangs.
func silentListener(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var conns []net.Conn
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c)
		}
	}()
	t.Cleanup(func() {
		l.Close()
		<-done
		for _, c := range conns {
			c.Close()
		}
	})
	return l.Addr().String()
}

// TestOpenSilentServer: Open against a port that accepts and never answers
// gives up within its connect timeout with a message naming the server.
func TestOpenSilentServer(t *testing.T) {
	addr := silentListener(t)
	start := time.Now()
	_, err := Open(context.Background(), Config{URI: "bolt://" + addr})
	took := time.Since(start)
	if wardgraph.ErrorCode(err) != wardgraph.EUNAVAILABLE || !strings.Contains(wardgraph.ErrorMessage(err), addr) {
		t.Errorf("Open of a silent server: %v", err)
	}
	if took > connectTimeout+5*time.Second {
		t.Errorf("Open of a silent server took %v, past its connect timeout %v", took, connectTimeout)
	}
}

// TestOpenSilentServerCancelled: a cancelled context (SIGTERM, SIGINT)
// stops Open against a silent server at once.
func TestOpenSilentServerCancelled(t *testing.T) {
	addr := silentListener(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	_, err := Open(ctx, Config{URI: "bolt://" + addr})
	if err == nil || time.Since(start) > 3*time.Second {
		t.Errorf("Open with a cancelled context: %v after %v", err, time.Since(start))
	}
}
