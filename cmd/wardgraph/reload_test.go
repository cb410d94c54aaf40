//go:build unix

package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeReloadsOnHangup: serve --data DIR answers with the plans a
// later load wrote once it gets SIGHUP, as a restart would.
func TestServeReloadsOnHangup(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if code, _, stderr := wg(t, "load", "--data", data, nishi); code != 0 {
		t.Fatalf("load: %s", stderr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var sout, serr syncBuffer
	done := make(chan int)
	go func() { done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--data", data}, &sout, &serr) }()
	until(t, func() bool { return sout.String() != "" })
	base := "http://" + regexp.MustCompile(`http://([^/]+)/`).FindStringSubmatch(sout.String())[1] + "/graphql"
	if n := planCount(t, base); n != 1 {
		t.Fatalf("%d plans before the load, want 1", n)
	}
	if code, _, stderr := wg(t, "load", "--data", data, "../../sample/osaka/abeno_2018.txt"); code != 0 {
		t.Fatalf("second load: %s", stderr)
	}
	if n := planCount(t, base); n != 1 {
		t.Errorf("%d plans before SIGHUP, want 1 (serve reads the folder at start and on SIGHUP)", n)
	}
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	until(t, func() bool { return strings.Contains(serr.String(), "reloaded") })
	if n := planCount(t, base); n != 2 {
		t.Errorf("%d plans after SIGHUP, want 2; stderr %q", n, serr.String())
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve exit %d: %s", code, serr.String())
	}
}

func until(t *testing.T, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !ok(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
	}
}

func planCount(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(`{"query":"{ plans { id } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Data struct{ Plans []struct{ ID string } }
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	return len(r.Data.Plans)
}
