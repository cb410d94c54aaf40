package httpserver_test

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph/httpserver"
)

// TestExplorerRoutes checks that the explorer's views (deep links) serve
// its page, GraphiQL its own, and that unknown paths stay 404.
func TestExplorerRoutes(t *testing.T) {
	h := newServer(t, httpserver.Config{})
	tests := []struct {
		target   string
		status   int
		contains string
	}{
		{"/", 200, "区運営方針エクスプローラー"},
		{"/search?q=%E6%B0%91%E7%94%9F%E5%A7%94%E5%93%A1", 200, "区運営方針エクスプローラー"},
		{"/plan/osaka/nishi/2017", 200, "区運営方針エクスプローラー"},
		{"/plan", 200, "区運営方針エクスプローラー"},
		{"/graph?id=partner/x", 200, "区運営方針エクスプローラー"},
		{"/compare?wards=a,b&year=2017", 200, "区運営方針エクスプローラー"},
		{"/crosscut", 200, "区運営方針エクスプローラー"},
		{"/budgets", 200, "区運営方針エクスプローラー"},
		{"/graphiql", 200, "wardgraph GraphiQL"},
		{"/graphiql?query=%7B__typename%7D", 200, "wardgraph GraphiQL"},
		{"/searchx", 404, ""},
		{"/assets/missing.js", 404, ""},
		{"/nope", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := do(h, httptest.NewRequest(http.MethodGet, tt.target, nil))
			if rec.Code != tt.status || !strings.Contains(rec.Body.String(), tt.contains) {
				t.Fatalf("status %d body %.120q, want %d containing %q", rec.Code, rec.Body.String(), tt.status, tt.contains)
			}
			if tt.status == 200 && rec.Header().Get("Cache-Control") != "no-cache" {
				t.Errorf("Cache-Control %q, want no-cache on a page", rec.Header().Get("Cache-Control"))
			}
		})
	}
}

var assetRef = regexp.MustCompile(`(?:src|href)="([^"]+)"`)

// TestExplorerAssets checks that every file the two pages reference is
// served from the server itself, with a long cache and its content type.
func TestExplorerAssets(t *testing.T) {
	h := newServer(t, httpserver.Config{})
	for _, pg := range []string{"/", "/graphiql"} {
		body := do(h, httptest.NewRequest(http.MethodGet, pg, nil)).Body.String()
		refs := assetRef.FindAllStringSubmatch(body, -1)
		if len(refs) < 2 {
			t.Fatalf("%s references %d files, want its script and more", pg, len(refs))
		}
		for _, m := range refs {
			ref := m[1]
			if ref == "data:," || ref == "#main" || ref == "/" || ref == "/graphiql" {
				continue
			}
			if !strings.HasPrefix(ref, "/assets/") {
				t.Errorf("%s references %q, which is not one of the server's assets", pg, ref)
				continue
			}
			rec := do(h, httptest.NewRequest(http.MethodGet, ref, nil))
			ct := rec.Header().Get("Content-Type")
			if rec.Code != 200 || !(strings.HasPrefix(ct, "text/javascript") || strings.HasPrefix(ct, "text/css")) {
				t.Errorf("%s: status %d, Content-Type %q", ref, rec.Code, ct)
			}
			if cc := rec.Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") {
				t.Errorf("%s: Cache-Control %q, want immutable", ref, cc)
			}
		}
	}
}
