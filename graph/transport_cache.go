package graph

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// httpCache makes GET answers cacheable, as public read-mostly APIs do: an
// answer without errors carries an ETag made from the request's query,
// operationName, variables and extensions (so APQ's GET with a hash too),
// the response media type and the store's data version, and
// Cache-Control: public, max-age. A GET whose If-None-Match holds that
// ETag answers 304 without executing. POST answers are never cached.
type httpCache struct {
	control string // the Cache-Control value
	version func(ctx context.Context) (string, error)
	answers *answerCache // nil: every GET that is not a 304 executes
}

// newHTTPCache returns the cache policy for maxAge, keeping up to
// answerBytes of answers in process, or nil (no cache headers at all) when
// maxAge is negative.
func newHTTPCache(maxAge time.Duration, answerBytes int, version func(ctx context.Context) (string, error)) *httpCache {
	if maxAge < 0 {
		return nil
	}
	return &httpCache{control: "public, max-age=" + strconv.Itoa(int(maxAge/time.Second)), version: version,
		answers: newAnswerCache(answerBytes)}
}

// setHeaders sets the cache headers of an answer tagged tag.
func (c *httpCache) setHeaders(h http.Header, tag string) {
	h.Set("ETag", tag)
	h.Set("Cache-Control", c.control)
	h.Set("Vary", "Accept")
}

// serveGET executes a GET request, or answers 304 when the client holds
// the current answer.
func (t httpTransport) serveGET(out *responseWriter, r *http.Request, exec graphql.GraphExecutor, params *graphql.RawParams) {
	if t.cache == nil {
		t.execute(out, r, exec, params)
		return
	}
	version, err := t.cache.version(r.Context())
	if err != nil {
		t.execute(out, r, exec, params) // the store's error comes with the answer
		return
	}
	tag := etag(r.URL.Query(), out.media, version)
	h := out.w.Header()
	if matches(r.Header.Get("If-None-Match"), tag) {
		t.cache.setHeaders(h, tag)
		out.w.WriteHeader(http.StatusNotModified)
		return
	}
	if body, ok := t.cache.answers.get(tag); ok {
		t.cache.setHeaders(h, tag)
		out.writeBody(http.StatusOK, body)
		return
	}
	cacheable := false
	out.before = func(resp *graphql.Response) {
		if len(resp.Errors) > 0 {
			return
		}
		if now, err := t.cache.version(r.Context()); err != nil || now != version {
			return // saved while executing: the answer may mix versions
		}
		t.cache.setHeaders(h, tag)
		cacheable = true
	}
	out.after = func(body []byte) {
		if cacheable {
			t.cache.answers.put(tag, body)
		}
	}
	t.execute(out, r, exec, params)
}

// etag is the strong entity tag of a GET answer.
func etag(q url.Values, media, version string) string {
	sum := sha256.New()
	for _, part := range []string{q.Get("query"), q.Get("operationName"), q.Get("variables"), q.Get("extensions"), media, version} {
		sum.Write([]byte(strconv.Itoa(len(part))))
		sum.Write([]byte{':'})
		sum.Write([]byte(part))
	}
	return `"` + base64.RawURLEncoding.EncodeToString(sum.Sum(nil)[:18]) + `"`
}

// matches reports whether an If-None-Match header holds tag (weak
// comparison, as RFC 9110 asks for If-None-Match). "*" is not honoured: an
// answer with errors has no ETag, so "any current answer" is not known to
// be one the client holds.
func matches(ifNoneMatch, tag string) bool {
	for part := range strings.SplitSeq(ifNoneMatch, ",") {
		part = strings.TrimPrefix(strings.TrimSpace(part), "W/")
		if part == tag {
			return true
		}
	}
	return false
}
