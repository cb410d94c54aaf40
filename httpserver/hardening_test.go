package httpserver_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
)

// gqlReply is a reply in the GraphQL error shape.
type gqlReply struct {
	Data   json.RawMessage
	Errors []struct {
		Message    string
		Extensions map[string]any
	}
}

// decodeReply decodes a reply that must be in the GraphQL shape with at
// least one error, and returns its first error's code and limit.
func decodeReply(t *testing.T, body []byte) (code, limit, message string) {
	t.Helper()
	var r gqlReply
	if err := json.Unmarshal(body, &r); err != nil || len(r.Errors) == 0 {
		t.Fatalf("reply is not a GraphQL error (%v): %.300s", err, body)
	}
	code, _ = r.Errors[0].Extensions["code"].(string)
	limit, _ = r.Errors[0].Extensions["limit"].(string)
	return code, limit, r.Errors[0].Message
}

// TestSlowBody sends a body a byte at a time to a real listener and checks
// that it is cut off at the request's timeout with 408 and the LIMIT error
// naming the timeout (before, such a body was never timed out).
func TestSlowBody(t *testing.T) {
	srv := httptest.NewServer(newServer(t, httpserver.Config{Timeout: 300 * time.Millisecond}))
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
	go func() {
		for range 100 { // at most 10 s, long after the timeout
			if _, err := conn.Write([]byte(" ")); err != nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	_ = conn.SetReadDeadline(time.Now().Add(30 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	code, limit, msg := decodeReply(t, body)
	if resp.StatusCode != http.StatusRequestTimeout || code != "LIMIT" || limit != "timeout" || !strings.Contains(msg, "300ms") {
		t.Errorf("status %d, %s %s %q; want 408 LIMIT timeout naming 300ms", resp.StatusCode, code, limit, msg)
	}
}

// TestUndecodableBodies checks that bodies that are not GraphQL requests
// get 400 with an INVALID error in the GraphQL shape that does not quote
// the body (gqlgen's own POST transport quoted up to the whole 1 MiB).
func TestUndecodableBodies(t *testing.T) {
	h := newServer(t, httpserver.Config{})
	secret := strings.Repeat("SECRET", 100_000)
	for name, body := range map[string]string{
		"not JSON":           "not json " + secret,
		"cut short":          `{"query": "{ wards { id } }", "x": "` + secret,
		"query not a string": `{"query": 5, "x": "` + secret + `"}`,
		"an array":           `["` + secret + `"]`,
	} {
		t.Run(name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			rec := do(h, req)
			code, _, msg := decodeReply(t, rec.Body.Bytes())
			if rec.Code != http.StatusBadRequest || code != "INVALID" || !strings.Contains(msg, "not a JSON object of GraphQL parameters") {
				t.Errorf("status %d code %s %q", rec.Code, code, msg)
			}
			if strings.Contains(rec.Body.String(), "SECRET") || rec.Body.Len() > 500 {
				t.Errorf("reply quotes the body (%d bytes): %.300s", rec.Body.Len(), rec.Body.String())
			}
		})
	}
}

// holdStore holds every Wards call until release is closed.
type holdStore struct {
	wardgraph.Store
	entered, release chan struct{}
}

func (s holdStore) Wards(ctx context.Context) ([]wardgraph.Ward, error) {
	s.entered <- struct{}{}
	<-s.release
	return s.Store.Wards(ctx)
}

// TestInFlightCap checks that past MaxInFlight requests being served the
// next is refused at once with 503, Retry-After and LIMIT, and logged
// naming the limit.
func TestInFlightCap(t *testing.T) {
	mem := memstore.New()
	storetest.Load(t, mem)
	store := holdStore{mem, make(chan struct{}), make(chan struct{})}
	var logs bytes.Buffer
	h := httpserver.New(store, httpserver.Config{Logger: slog.New(slog.NewTextHandler(&logs, nil)), Hardening: httpserver.Hardening{MaxInFlight: 1}})
	held := make(chan int)
	go func() {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ wards { id } }"}`))
		req.Header.Set("Content-Type", "application/json")
		held <- do(h, req).Code
	}()
	<-store.entered
	rec := do(h, graphqlPost(""))
	code, limit, msg := decodeReply(t, rec.Body.Bytes())
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") != "1" || code != "LIMIT" || limit != "in_flight" || !strings.Contains(msg, "limit of 1 requests") {
		t.Errorf("second request: %d Retry-After %q, %s %s %q", rec.Code, rec.Header().Get("Retry-After"), code, limit, msg)
	}
	close(store.release)
	if c := <-held; c != http.StatusOK {
		t.Errorf("held request: %d", c)
	}
	if !strings.Contains(logs.String(), "limit=in_flight") {
		t.Errorf("the log does not name the limit: %s", logs.String())
	}
	if rec := do(h, graphqlPost("")); rec.Code != http.StatusOK {
		t.Errorf("after the held request ended: %d", rec.Code)
	}
}

// TestRateLimit checks the per-client rate: a client past its burst gets
// 429 with Retry-After and LIMIT, another client is not affected, and
// without the option nobody is limited.
func TestRateLimit(t *testing.T) {
	from := func(h http.Handler, ip string) *httptest.ResponseRecorder {
		req := graphqlPost("")
		req.RemoteAddr = ip + ":1234"
		return do(h, req)
	}
	h := newServer(t, httpserver.Config{Hardening: httpserver.Hardening{RatePerClient: 0.01, RateBurst: 2}})
	for i := range 2 {
		if rec := from(h, "192.0.2.1"); rec.Code != http.StatusOK {
			t.Fatalf("request %d within the burst: %d", i+1, rec.Code)
		}
	}
	rec := from(h, "192.0.2.1")
	code, limit, _ := decodeReply(t, rec.Body.Bytes())
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" || code != "LIMIT" || limit != "rate" {
		t.Errorf("third request: %d Retry-After %q %s %s", rec.Code, rec.Header().Get("Retry-After"), code, limit)
	}
	if rec := from(h, "192.0.2.2"); rec.Code != http.StatusOK {
		t.Errorf("another client: %d", rec.Code)
	}
	open := newServer(t, httpserver.Config{})
	for range 5 {
		if rec := from(open, "192.0.2.1"); rec.Code != http.StatusOK {
			t.Fatalf("no rate limit by default: %d", rec.Code)
		}
	}
}

// TestServerTimeouts checks that the http.Server has every timeout, each
// past the request timeout the handler answers at.
func TestServerTimeouts(t *testing.T) {
	s := httpserver.Server(http.NotFoundHandler(), httpserver.Config{Timeout: 3 * time.Second})
	if s.ReadHeaderTimeout <= 0 || s.ReadTimeout <= 3*time.Second || s.WriteTimeout <= 3*time.Second || s.IdleTimeout <= 0 || s.MaxHeaderBytes <= 0 {
		t.Errorf("timeouts: header %s read %s write %s idle %s, max header %d", s.ReadHeaderTimeout, s.ReadTimeout, s.WriteTimeout, s.IdleTimeout, s.MaxHeaderBytes)
	}
}
