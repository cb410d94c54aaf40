package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestFetchThenServe: fetch from a local site exits 1 naming the URL that
// failed, saves the good page, and the folder serves; fetch --load writes
// the plan into a data folder.
func TestFetchThenServe(t *testing.T) {
	page := readFile(t, "../../loaders/testdata/pages/nishi_2017.html")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/nishi/page/0000397102.html" {
			fmt.Fprint(w, page)
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	out := t.TempDir()
	good, missing := srv.URL+"/nishi/page/0000397102.html", srv.URL+"/nishi/page/0000000404.html"
	code, stdout, stderr := wgWithin(t, "fetch", "--out", out, "--rate", "1ms", good, missing)
	if code != 1 || !strings.Contains(stderr, missing+": HTTP 404 Not Found") || !strings.Contains(stdout, "2 URLs: 1 fetched, 0 not modified (kept), 0 attachments, 1 failed") {
		t.Errorf("fetch: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "nishi_0000397102.html")); err != nil {
		t.Error(err)
	}
	code, stdout, stderr = wgWithin(t, "parse", out)
	if code != 0 || !strings.Contains(stdout, `"id":"osaka/nishi/2017"`) {
		t.Errorf("parse of the fetched folder: exit %d, stderr %q", code, stderr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var sout, serr syncBuffer
	done := make(chan int)
	go func() { done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--data", out}, &sout, &serr) }()
	for deadline := time.Now().Add(10 * time.Second); sout.String() == "" && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if code := <-done; code != 0 || !strings.Contains(sout.String(), "wardgraph: 1 plan;") {
		t.Errorf("serve --data of the fetched folder: exit %d, stdout %q, stderr %q", code, sout.String(), serr.String())
	}
	data := t.TempDir()
	code, stdout, stderr = wgWithin(t, "fetch", "--out", out, "--rate", "1ms", "--load", "--data", data, good)
	files, _ := os.ReadDir(data)
	if code != 0 || countPlanFiles(files) != 1 || !strings.Contains(stdout, "1 URL: 1 fetched") || !strings.Contains(stdout, "1 plan loaded") {
		t.Errorf("fetch --load: exit %d, stdout %q, stderr %q, %d plan files", code, stdout, stderr, countPlanFiles(files))
	}
}

func TestFetchUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"fetch", "--data", "x"}, "--data DIR is where --load puts the plans"},
		{[]string{"fetch", "--load"}, "--load needs --data DIR"},
		{[]string{"fetch", "--index", "i.json", "https://example.org/x.html"}, "give URLs or --index FILE, not both"},
		{[]string{"fetch", "ftp://example.org/x.html"}, `"ftp://example.org/x.html": not an http or https URL`},
	} {
		code, _, stderr := wg(t, tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
}
