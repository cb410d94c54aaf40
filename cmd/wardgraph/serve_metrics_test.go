package main

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestServeMetricsAddr checks --metrics-addr: /metrics on the main address
// by default, on its own listener when given one (and then not on the main
// address), nowhere with "off". Ports are from this test's own range.
func TestServeMetricsAddr(t *testing.T) {
	tests := []struct {
		name     string
		flags    []string
		main     int    // status of /metrics on the main address
		separate string // address that must serve the metrics, if any
	}{
		{"default", nil, 200, ""},
		{"own listener", []string{"--metrics-addr", "127.0.0.1:17611"}, 404, "127.0.0.1:17611"},
		{"off", []string{"--metrics-addr", "off"}, 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			var out, errb syncBuffer
			done := make(chan int)
			go func() {
				done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:17610"}, tt.flags...), &out, &errb)
			}()
			defer func() { cancel(); <-done }()
			for deadline := time.Now().Add(10 * time.Second); out.String() == "" && time.Now().Before(deadline); {
				time.Sleep(20 * time.Millisecond)
			}
			if code, _ := getStatus(t, "http://127.0.0.1:17610/metrics"); code != tt.main {
				t.Errorf("/metrics on the main address: %d, want %d (stderr %s)", code, tt.main, errb.String())
			}
			if tt.separate != "" {
				code, body := getStatus(t, "http://"+tt.separate+"/metrics")
				if code != 200 || !strings.Contains(body, "wardgraph_plans 53") {
					t.Errorf("/metrics on %s: %d %.300s", tt.separate, code, body)
				}
			}
		})
	}
}

func getStatus(t *testing.T, url string) (int, string) {
	t.Helper()
	var resp *http.Response
	var err error
	for range 50 { // the metrics listener may start a moment after the main one
		if resp, err = http.Get(url); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
