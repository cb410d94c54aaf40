package outagetest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/neo4jstore"
	"github.com/wardgraph/wardgraph/neo4jstore/neo4jtest"
	"github.com/wardgraph/wardgraph/storetest"
)

// outagePort is the test server port of this test, beside the shared one
// (17687) that scripts/test.sh starts.
const outagePort = "17688"

// testServer is a Neo4j of scripts/neo4j-test-server that this test owns.
type testServer struct {
	t           *testing.T
	script      string
	state, data string
}

func (s testServer) start() (uri string, pid int) {
	s.t.Helper()
	cmd := exec.Command(s.script, "start", "--port", outagePort, "--data", s.data)
	cmd.Env = append(os.Environ(), "NEO4J_TEST_SERVER_STATE="+s.state)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		s.t.Fatalf("neo4j-test-server start: %v\n%s%s", err, out, stderr.Bytes())
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "NEO4J_URI="); ok {
			uri = v
		}
		if v, ok := strings.CutPrefix(line, "NEO4J_PID="); ok {
			pid, _ = strconv.Atoi(v)
		}
	}
	if uri == "" || pid == 0 {
		s.t.Fatalf("neo4j-test-server start printed no URI and pid:\n%s", out)
	}
	return uri, pid
}

func (s testServer) stop() {
	cmd := exec.Command(s.script, "stop", "--port", outagePort)
	cmd.Env = append(os.Environ(), "NEO4J_TEST_SERVER_STATE="+s.state)
	cmd.Run()
}

// gql asks the server at url a query and returns the first error's code
// ("" for none), its message and the data.
func gql(t *testing.T, url string) (code, msg string, data json.RawMessage) {
	code, msg, data, err := ask(url)
	if err != nil {
		t.Fatal(err)
	}
	return code, msg, data
}

// ask is gql for any goroutine: a failure of the wardgraph server itself
// (no reply, or not JSON) is err.
func ask(url string) (code, msg string, data json.RawMessage, err error) {
	body := `{"query":"{ plans { id } }"}`
	resp, err := http.Post(url+"/graphql", "application/json", strings.NewReader(body))
	if err != nil {
		return "", "", nil, fmt.Errorf("the wardgraph server itself failed: %w", err)
	}
	defer resp.Body.Close()
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string `json:"message"`
			Extensions struct {
				Code string `json:"code"`
			} `json:"extensions"`
		} `json:"errors"`
	}
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, &r); err != nil {
		return "", "", nil, fmt.Errorf("reply is not JSON: %s", b)
	}
	if len(r.Errors) > 0 {
		return r.Errors[0].Extensions.Code, r.Errors[0].Message, nil, nil
	}
	return "", "", r.Data, nil
}

func readyStatus(t *testing.T, url string) int {
	resp, err := http.Get(url + "/readyz")
	if err != nil {
		t.Fatalf("the wardgraph server itself failed: %v", err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// eventually polls check every 200 ms for at most d.
func eventually(d time.Duration, check func() bool) bool {
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		if check() {
			return true
		}
	}
	return check()
}

// TestOutage serves from a Neo4j of its own, kills it with SIGKILL while
// clients query, and checks that queries answer UNAVAILABLE naming the
// store and /readyz answers 503 while wardgraph stays up; then starts
// Neo4j again on the same data and checks that wardgraph answers as
// before, without a restart.
func TestOutage(t *testing.T) {
	neo4jtest.Enabled(t, "the Neo4j outage test") // this test starts a server of its own
	root, _ := filepath.Abs("../..")
	srv := testServer{t: t, script: filepath.Join(root, "scripts", "neo4j-test-server"), state: t.TempDir(), data: t.TempDir()}
	uri, pid := srv.start()
	t.Cleanup(srv.stop)
	store, err := neo4jstore.Open(context.Background(), neo4jstore.Config{URI: uri})
	if err != nil {
		t.Fatalf("Open(%s): %v", uri, err)
	}
	defer store.Close()
	storetest.Load(t, store)
	web := httptest.NewServer(httpserver.New(store, httpserver.Config{StoreName: "neo4j",
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	defer web.Close()
	_, _, before := gql(t, web.URL)
	if before == nil || readyStatus(t, web.URL) != http.StatusOK {
		t.Fatalf("before the outage: data %s", before)
	}
	stopTraffic := traffic(t, web.URL)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatalf("SIGKILL Neo4j (pid %d): %v", pid, err)
	}
	var code, msg string
	if !eventually(60*time.Second, func() bool { code, msg, _ = gql(t, web.URL); return code == "UNAVAILABLE" }) ||
		!strings.Contains(msg, "neo4j store") {
		t.Errorf("Neo4j killed: error %q %q, want UNAVAILABLE naming the neo4j store", code, msg)
	}
	if st := readyStatus(t, web.URL); st != http.StatusServiceUnavailable {
		t.Errorf("Neo4j killed: /readyz %d, want 503", st)
	}
	stopTraffic()
	srv.start() // the same port and data folder
	var after json.RawMessage
	if !eventually(60*time.Second, func() bool { code, msg, after = gql(t, web.URL); return code == "" }) {
		t.Fatalf("Neo4j back: still %s %s", code, msg)
	}
	if !bytes.Equal(after, before) || readyStatus(t, web.URL) != http.StatusOK {
		t.Errorf("Neo4j back: data %s, want %s (the same data folder)", after, before)
	}
}

// traffic sends queries from 4 clients until stopped; the server must
// answer each (with data or an error), never drop the connection.
func traffic(t *testing.T, url string) (stop func()) {
	done := make(chan struct{})
	failures := make(chan error, 4)
	for range 4 {
		go func() {
			var failed error
			defer func() { failures <- failed }()
			for failed == nil {
				select {
				case <-done:
					return
				default:
					_, _, _, failed = ask(url)
				}
			}
		}()
	}
	return func() {
		close(done)
		for range 4 {
			if err := <-failures; err != nil {
				t.Errorf("a client during the outage: %v", err)
			}
		}
	}
}
