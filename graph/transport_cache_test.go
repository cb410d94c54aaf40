package graph_test

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph/graph"
	"github.com/wardgraph/wardgraph/httpserver"
	"github.com/wardgraph/wardgraph/storetest"
)

// conditionalGet sends a GET with Accept and If-None-Match (either may be "").
func conditionalGet(h http.Handler, target, accept, ifNoneMatch string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, target, nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	if ifNoneMatch != "" {
		req.Header.Set("If-None-Match", ifNoneMatch)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// TestGETCache checks ETag, Cache-Control and 304: a revalidation with
// the current ETag is not executed, a save changes the ETag, and answers
// with errors, POST answers and other variables or media types get no
// ETag or another one.
func TestGETCache(t *testing.T) {
	store := newCountingStore(fixtureStore(t))
	h := newHandler(store, httpserver.Config{GraphQL: graph.Config{CacheMaxAge: 90 * time.Second}})
	plans := getURL(map[string]string{"query": "query($y: Int) { plans(fiscalYear: $y) { id } }", "variables": `{"y":2017}`})
	first := conditionalGet(h, plans, "", "")
	tag := first.Header().Get("ETag")
	if first.Code != 200 || tag == "" || first.Header().Get("Cache-Control") != "public, max-age=90" || first.Header().Get("Vary") != "Accept" {
		t.Fatalf("first GET: status %d, headers %v", first.Code, first.Header())
	}
	store.total()
	for _, inm := range []string{tag, "W/" + tag, `"other", ` + tag} {
		again := conditionalGet(h, plans, "", inm)
		if n, calls := store.total(); again.Code != http.StatusNotModified || again.Body.Len() != 0 || n != 0 || again.Header().Get("ETag") != tag {
			t.Errorf("If-None-Match %s: status %d, body %q, store calls %v, ETag %q; want 304, empty, none, %s",
				inm, again.Code, again.Body.String(), calls, again.Header().Get("ETag"), tag)
		}
	}
	others := map[string]*httptest.ResponseRecorder{
		"other variables":  conditionalGet(h, getURL(map[string]string{"query": "query($y: Int) { plans(fiscalYear: $y) { id } }", "variables": `{"y":2018}`}), "", tag),
		"other media type": conditionalGet(h, plans, "application/graphql-response+json", tag),
	}
	for name, rec := range others {
		if rec.Code != 200 || rec.Header().Get("ETag") == "" || rec.Header().Get("ETag") == tag {
			t.Errorf("%s: status %d, ETag %q (first %s)", name, rec.Code, rec.Header().Get("ETag"), tag)
		}
	}
	if _, err := store.SavePlan(t.Context(), storetest.Fixture(storetest.Nishi2018)); err != nil {
		t.Fatal(err)
	}
	if after := conditionalGet(h, plans, "", tag); after.Code != 200 || after.Header().Get("ETag") == tag || after.Header().Get("ETag") == "" {
		t.Errorf("after a save: status %d, ETag %q, want 200 and a new ETag", after.Code, after.Header().Get("ETag"))
	}
	if bad := conditionalGet(h, getURL(map[string]string{"query": "{ nope }"}), "", ""); bad.Header().Get("ETag") != "" || bad.Header().Get("Cache-Control") != "" {
		t.Errorf("an answer with errors has cache headers %v", bad.Header())
	}
	post := send(h, "POST", "/graphql", "application/json", "", `{"query":"{ plans { id } }"}`)
	if post.Header().Get("ETag") != "" || post.Header().Get("Cache-Control") != "" {
		t.Errorf("POST answer has cache headers %v", post.Header())
	}
}

// TestGETCacheOff checks that a negative CacheMaxAge sends no cache
// headers and executes every request.
func TestGETCacheOff(t *testing.T) {
	h := newHandler(fixtureStore(t), httpserver.Config{GraphQL: graph.Config{CacheMaxAge: -1}})
	target := getURL(map[string]string{"query": "{ plans { id } }"})
	rec := conditionalGet(h, target, "", `"anything"`)
	if rec.Code != 200 || rec.Header().Get("ETag") != "" || rec.Header().Get("Cache-Control") != "" {
		t.Errorf("status %d, headers %v; want 200 and no cache headers", rec.Code, rec.Header())
	}
}

// TestGETCachePersistedQuery checks that APQ's GET with only a hash gets
// an ETag and a 304 like a GET with the query.
func TestGETCachePersistedQuery(t *testing.T) {
	h := fixtureHandler(t)
	q := `{ ward(name: "Nishi") { code } }`
	sum := sha256.Sum256([]byte(q))
	ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
	if miss := conditionalGet(h, getURL(map[string]string{"extensions": ext}), "", ""); miss.Header().Get("ETag") != "" {
		t.Errorf("PersistedQueryNotFound has an ETag: %s", miss.Body.String())
	}
	if reg := conditionalGet(h, getURL(map[string]string{"query": q, "extensions": ext}), "", ""); reg.Code != 200 {
		t.Fatalf("register: %d %s", reg.Code, reg.Body.String())
	}
	hashOnly := getURL(map[string]string{"extensions": ext})
	rec := conditionalGet(h, hashOnly, "", "")
	if rec.Code != 200 || rec.Body.String() != `{"data":{"ward":{"code":"27106"}}}` || rec.Header().Get("ETag") == "" {
		t.Fatalf("hash only: status %d, body %s, ETag %q", rec.Code, rec.Body.String(), rec.Header().Get("ETag"))
	}
	if again := conditionalGet(h, hashOnly, "", rec.Header().Get("ETag")); again.Code != http.StatusNotModified {
		t.Errorf("revalidating the hash-only GET: status %d, want 304", again.Code)
	}
}

// TestGETAnswerCache checks that a repeated GET is answered from the
// in-process cache without executing, with the same body and ETag, that a
// save makes it execute again, and that the cache can be turned off.
func TestGETAnswerCache(t *testing.T) {
	for _, tt := range []struct {
		name  string
		bytes int
		calls int // store calls of the repeated GET
	}{
		{"on", 0, 0},
		{"off", -1, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			store := newCountingStore(fixtureStore(t))
			h := newHandler(store, httpserver.Config{GraphQL: graph.Config{AnswerCacheBytes: tt.bytes}})
			target := getURL(map[string]string{"query": "{ plans { id } }"})
			first := conditionalGet(h, target, "", "")
			store.total()
			again := conditionalGet(h, target, "", "")
			if n, calls := store.total(); n != tt.calls || again.Body.String() != first.Body.String() || again.Header().Get("ETag") != first.Header().Get("ETag") {
				t.Errorf("repeated GET: store calls %v, body %q, ETag %q; want %d calls and the first answer %q, %q",
					calls, again.Body.String(), again.Header().Get("ETag"), tt.calls, first.Body.String(), first.Header().Get("ETag"))
			}
			if _, err := store.SavePlan(t.Context(), storetest.Fixture(storetest.Nishi2018)); err != nil {
				t.Fatal(err)
			}
			store.total()
			if after := conditionalGet(h, target, "", ""); after.Header().Get("ETag") == first.Header().Get("ETag") {
				t.Errorf("after a save the cached answer was served")
			}
			if n, _ := store.total(); n != 1 {
				t.Errorf("after a save the GET made %d store calls, want 1", n)
			}
		})
	}
}
