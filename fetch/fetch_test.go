package fetch

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/japanese"

	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/memstore"
)

// fakeClock never sleeps: Sleep moves its time on and records the wait.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	return ctx.Err()
}

func (c *fakeClock) slept(d time.Duration) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, s := range c.sleeps {
		if s == d {
			return true
		}
	}
	return false
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "loaders", "testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// site is a local stand-in for the city's website.
type site struct {
	srv      *httptest.Server
	clock    *fakeClock
	mu       sync.Mutex
	hits     map[string]int
	arrivals []time.Time
	agents   map[string]bool
	release  chan struct{}
}

func newSite(t *testing.T, clock *fakeClock) *site {
	s := &site{clock: clock, hits: map[string]int{}, agents: map[string]bool{}, release: make(chan struct{})}
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "elsewhere") }))
	t.Cleanup(other.Close)
	pages := map[string]string{}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		n := s.hits[r.URL.Path]
		s.arrivals = append(s.arrivals, clock.Now())
		s.agents[r.UserAgent()] = true
		s.mu.Unlock()
		s.serve(w, r, n, pages, other.URL)
	}))
	t.Cleanup(func() { close(s.release); s.srv.Close() })
	local := func(page string) string { return strings.ReplaceAll(page, "https://www.city.osaka.lg.jp", s.srv.URL) }
	pages["/nishi/page/0000397102.html"] = local(readTestdata(t, "nishi_2017.html"))
	pages["/kita/page/0000564838.html"] = local(readTestdata(t, "kita_2022.html"))
	pages["/taisho/page/0000397224.html"] = local(readTestdata(t, "taisho_2017.html"))
	pages["/chuo/page/0000381079.html"] = local(readTestdata(t, "chuo_2017_draft.html"))
	pages["/tennoji/page/0000590000.html"] = shiftJIS(t, strings.Replace(local(readTestdata(t, "tennoji_2023.html")), `charset="UTF-8"`, `charset="Shift_JIS"`, 1))
	return s
}

// shiftJIS encodes s, writing 〓 for what Shift_JIS cannot hold.
func shiftJIS(t *testing.T, s string) string {
	var b strings.Builder
	for _, r := range s {
		if _, err := japanese.ShiftJIS.NewEncoder().String(string(r)); err != nil {
			r = '〓'
		}
		b.WriteRune(r)
	}
	out, err := japanese.ShiftJIS.NewEncoder().String(b.String())
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func (s *site) serve(w http.ResponseWriter, r *http.Request, n int, pages map[string]string, other string) {
	switch p := r.URL.Path; {
	case p == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n")
	case p == "/private/page/0000000001.html":
		fmt.Fprint(w, "should never be asked")
	case p == "/kita/page/0000564838.html" && n == 1:
		w.Header().Set("Retry-After", "7")
		w.WriteHeader(http.StatusTooManyRequests)
	case p == "/taisho/page/0000397224.html" && n == 1:
		w.WriteHeader(http.StatusInternalServerError)
	case p == "/moved.html":
		http.Redirect(w, r, "/chuo/page/0000381079.html", http.StatusMovedPermanently)
	case p == "/away.html":
		http.Redirect(w, r, other+"/x.html", http.StatusFound)
	case p == "/recipe.html":
		fmt.Fprint(w, "<!DOCTYPE html><html><head><title>カレーの作り方</title></head><body><p>玉ねぎを炒める。</p></body></html>")
	case p == "/hang.html":
		select {
		case <-r.Context().Done():
		case <-s.release:
		}
	case strings.HasSuffix(p, ".pdf"):
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4 test")
	case pages[p] != "":
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Thu, 07 Jun 2018 00:00:00 GMT")
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, pages[p])
	default:
		http.NotFound(w, r)
	}
}

func (s *site) targets(paths ...string) []Target {
	var out []Target
	for _, p := range paths {
		out = append(out, Target{URL: s.srv.URL + p, File: FileFor(s.srv.URL + p)})
	}
	return out
}

// TestFetch runs the crawler against the local site: every case of a
// polite, incremental fetch, then a re-run that keeps the 304 pages.
func TestFetch(t *testing.T) {
	clock := newFakeClock()
	s := newSite(t, clock)
	dir := t.TempDir()
	cfg := Config{Dir: dir, Clock: clock, Timeout: 200 * time.Millisecond, Retries: 2, Attachments: true}
	targets := s.targets("/nishi/page/0000397102.html", "/kita/page/0000564838.html", "/taisho/page/0000397224.html",
		"/moved.html", "/tennoji/page/0000590000.html", "/private/page/0000000001.html", "/away.html", "/recipe.html", "/hang.html")
	sum, err := Run(context.Background(), cfg, targets)
	if err != nil {
		t.Fatal(err)
	}
	wantErr := map[string]string{
		"/private/page/0000000001.html": "disallowed by " + s.srv.URL + "/robots.txt: not fetched",
		"/away.html":                    "redirected to another site (",
		"/recipe.html":                  "not a ward management policy page",
		"/hang.html":                    "no answer within 200ms (timeout) (gave up after 3 attempts)",
	}
	for _, r := range sum.Results {
		path := strings.TrimPrefix(r.URL, s.srv.URL)
		want, bad := wantErr[path]
		switch {
		case bad && (r.Err == nil || !strings.Contains(r.Err.Error(), want)):
			t.Errorf("%s: err %v, want %q", path, r.Err, want)
		case !bad && r.Err != nil:
			t.Errorf("%s: %v", path, r.Err)
		}
	}
	if got := sum.String(); got != "9 URLs: 5 fetched, 0 not modified (kept), 2 attachments, 4 failed" {
		t.Errorf("summary %q", got)
	}
	checkPoliteness(t, s, clock)
	checkManifest(t, dir, s)
	checkLoads(t, dir, 5)

	sum, err = Run(context.Background(), cfg, targets[:5])
	if err != nil || sum.String() != "5 URLs: 0 fetched, 5 not modified (kept), 2 attachments, 0 failed" {
		t.Errorf("re-run: %v %v", sum.String(), err)
	}
	checkLoads(t, dir, 5)
}

func checkPoliteness(t *testing.T, s *site, clock *fakeClock) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !clock.slept(7*time.Second) || !clock.slept(time.Second) || !clock.slept(2*time.Second) {
		t.Error("want sleeps of Retry-After 7s and backoff 1s, 2s")
	}
	for i := 1; i < len(s.arrivals); i++ {
		if gap := s.arrivals[i].Sub(s.arrivals[i-1]); gap < time.Second {
			t.Errorf("requests %d and %d were %v apart, want at least 1s", i, i+1, gap)
		}
	}
	if len(s.agents) != 1 || !s.agents[UserAgent] {
		t.Errorf("user agents %v", s.agents)
	}
	if s.hits["/private/page/0000000001.html"] != 0 || s.hits["/robots.txt"] != 1 {
		t.Errorf("hits %v", s.hits)
	}
}

func checkManifest(t *testing.T, dir string, s *site) {
	t.Helper()
	m, err := loadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := m.entries[s.srv.URL+"/moved.html"]
	if e.FinalURL != s.srv.URL+"/chuo/page/0000381079.html" || e.Status != 200 || e.ETag != `"v1"` || len(e.SHA256) != 64 ||
		e.LastModified == "" || e.ContentType != "text/html" || e.File != FileFor(s.srv.URL+"/moved.html") {
		t.Errorf("manifest entry %+v", e)
	}
	if len(m.entries) != 7 { // 5 pages, 2 attachments
		t.Errorf("manifest has %d entries", len(m.entries))
	}
	if _, err := os.Stat(filepath.Join(dir, "attachments", "nishi_0000397102", "attach1.pdf")); err != nil {
		t.Errorf("attachment not saved: %v", err)
	}
	tmp, _ := filepath.Glob(filepath.Join(dir, ".tmp-*"))
	if len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

// checkLoads: the fetched folder loads as `serve --data DIR` reads it.
func checkLoads(t *testing.T, dir string, plans int) {
	t.Helper()
	sum := loaders.Load(context.Background(), memstore.New(), []string{dir}, loaders.LoadOptions{RequireFiles: true})
	if sum.Failed() || sum.Plans != plans {
		t.Errorf("loading the folder: %v %v", sum, sum.Errors)
	}
}

// TestFetchResumes: a run stopped after its first page leaves a manifest;
// the next run asks for that page conditionally (304, kept) and fetches
// the rest.
func TestFetchResumes(t *testing.T) {
	clock := newFakeClock()
	s := newSite(t, clock)
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cfg := Config{Dir: dir, Clock: clock, Progress: func(done, total int, url string) {
		if done == 1 {
			cancel()
		}
	}}
	targets := s.targets("/nishi/page/0000397102.html", "/chuo/page/0000381079.html")
	sum, err := Run(ctx, cfg, targets)
	if err != nil || len(sum.Failures()) != 1 || !strings.Contains(sum.Failures()[0].Err.Error(), "the run was stopped") {
		t.Fatalf("stopped run: %v %v", sum, err)
	}
	cfg.Progress = nil
	sum, err = Run(context.Background(), cfg, targets)
	if err != nil || sum.String() != "2 URLs: 1 fetched, 1 not modified (kept), 0 attachments, 0 failed" {
		t.Errorf("resumed run: %v %v", sum.String(), err)
	}
	var idx []Target
	data, _ := os.ReadFile(filepath.Join(dir, "index.json"))
	if json.Unmarshal(data, &idx) != nil || len(idx) != 2 {
		t.Errorf("index.json %s", data)
	}
}

func TestRobots(t *testing.T) {
	r := parseRobots("User-agent: *\nDisallow: /\n\nUser-agent: wardgraph\nDisallow: /private/\nAllow: /private/ok\n", "wardgraph")
	for path, want := range map[string]bool{"/nishi/page/1.html": true, "/private/x": false, "/private/ok.html": true} {
		if r.allowed(path) != want {
			t.Errorf("%s: allowed %v, want %v", path, !want, want)
		}
	}
	if parseRobots("User-agent: *\nDisallow: /\n", "wardgraph").allowed("/x") {
		t.Error("the * group must apply when wardgraph has none")
	}
}

func TestFileFor(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.city.osaka.lg.jp/nishi/page/0000397102.html": "nishi_0000397102.html",
		"http://example.org/a b/c.htm?x=1":                        "example.org_a_b_c.html",
	} {
		if got := FileFor(in); got != want {
			t.Errorf("FileFor(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestBundledIndex(t *testing.T) {
	targets, err := BundledIndex()
	if err != nil || len(targets) != 53 || targets[0].File != "nishi_2017.html" || targets[0].URL != "https://www.city.osaka.lg.jp/nishi/page/0000397102.html" {
		t.Errorf("%d targets, first %+v, %v", len(targets), targets[0], err)
	}
}
