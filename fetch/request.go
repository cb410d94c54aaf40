package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// response is a finished request.
type response struct {
	status   int
	finalURL string
	header   http.Header
	body     []byte
}

// failure is why a URL could not be fetched, worded for the user.
type failure struct{ reason string }

func (f failure) Error() string { return f.reason }

func fail(format string, args ...any) error { return failure{fmt.Sprintf(format, args...)} }

// get fetches u politely: robots.txt, the host's rate, retries. cond, when
// it has a validator, makes the request conditional.
func (r *run) get(ctx context.Context, u *url.URL, cond Entry, limit int64) (*response, error) {
	if err := r.robotsAllow(ctx, u); err != nil {
		return nil, err
	}
	var last error
	for attempt := 0; attempt <= r.cfg.Retries; attempt++ {
		if attempt > 0 {
			if err := r.cfg.Clock.Sleep(ctx, r.retryDelay(attempt, last)); err != nil {
				return nil, err
			}
		}
		resp, err := r.once(ctx, u, cond, limit)
		if err == nil {
			return resp, nil
		}
		last = err
		var rt retryable
		if !errors.As(err, &rt) || ctx.Err() != nil {
			return nil, err
		}
	}
	return nil, fail("%s (gave up after %d attempts)", last, r.cfg.Retries+1)
}

// retryable is a failure worth another try: a timeout, 429 or 5xx.
type retryable struct {
	reason     string
	retryAfter time.Duration // from a Retry-After header, 0 when none
}

func (e retryable) Error() string { return e.reason }

// retryDelay is the wait before an attempt: the server's Retry-After when
// it gave one (at most MaxRetryAfter), else Backoff doubled per retry.
func (r *run) retryDelay(attempt int, last error) time.Duration {
	var rt retryable
	if errors.As(last, &rt) && rt.retryAfter > 0 {
		return min(rt.retryAfter, r.cfg.MaxRetryAfter)
	}
	return r.cfg.Backoff << (attempt - 1)
}

// once sends one request after waiting for the host's turn.
func (r *run) once(ctx context.Context, u *url.URL, cond Entry, limit int64) (*response, error) {
	if err := r.wait(ctx, u.Host); err != nil {
		return nil, err
	}
	rctx, cancel := context.WithTimeout(ctx, r.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fail("cannot make a request: %v", err)
	}
	req.Header.Set("User-Agent", r.cfg.UserAgent)
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, r.requestError(err, rctx)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, r.requestError(err, rctx)
	}
	return r.judge(resp, body, limit)
}

// judge turns an answer into a response or a failure.
func (r *run) judge(resp *http.Response, body []byte, limit int64) (*response, error) {
	status := resp.StatusCode
	switch {
	case status == http.StatusTooManyRequests || status >= 500:
		return nil, retryable{reason: "HTTP " + resp.Status, retryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), r.cfg.Clock.Now())}
	case status != http.StatusOK && status != http.StatusNotModified:
		return nil, fail("HTTP %s", resp.Status)
	case int64(len(body)) > limit:
		return nil, fail("too large: more than %d bytes", limit)
	}
	return &response{status: status, finalURL: resp.Request.URL.String(), header: resp.Header, body: body}, nil
}

// requestError words a failed request; timeouts are retryable.
func (r *run) requestError(err error, rctx context.Context) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		var f failure
		if errors.As(ue.Err, &f) {
			return f
		}
	}
	var ne net.Error
	if errors.Is(rctx.Err(), context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout() {
		return retryable{reason: fmt.Sprintf("no answer within %s (timeout)", r.cfg.Timeout)}
	}
	if ue != nil {
		err = ue.Err
	}
	return fail("request failed: %v", err)
}

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// wait blocks until host may be asked again, and books the slot.
func (r *run) wait(ctx context.Context, host string) error {
	now := r.cfg.Clock.Now()
	next, ok := r.nextAt[host]
	if ok && next.After(now) {
		if err := r.cfg.Clock.Sleep(ctx, next.Sub(now)); err != nil {
			return err
		}
		now = r.cfg.Clock.Now()
	}
	r.nextAt[host] = now.Add(r.cfg.Rate)
	return nil
}

// sameSite reports whether a redirect or an attachment stays on the site:
// the same host and port, or the same host name going from http to https
// on the default ports.
func sameSite(to, from *url.URL) bool {
	if strings.EqualFold(to.Host, from.Host) && (to.Scheme == from.Scheme || to.Scheme == "https") {
		return true
	}
	return strings.EqualFold(to.Hostname(), from.Hostname()) && from.Scheme == "http" && to.Scheme == "https" &&
		to.Port() == "" && from.Port() == ""
}

// checkRedirect follows at most 5 redirects, within the same site, each
// waiting for the host's turn like any request.
func (r *run) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= 5 {
		return failure{"more than 5 redirects"}
	}
	if !sameSite(req.URL, via[0].URL) {
		return failure{fmt.Sprintf("redirected to another site (%s): not followed", req.URL)}
	}
	return r.wait(req.Context(), req.URL.Host)
}

// robotsAllow fetches the host's robots.txt once and checks u against it.
// A robots.txt that does not exist (4xx) allows everything; one that
// cannot be read (5xx, timeout) refuses, as crawlers do.
func (r *run) robotsAllow(ctx context.Context, u *url.URL) error {
	key := u.Scheme + "://" + u.Host
	rb, ok := r.robots[key]
	if !ok {
		ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
		resp, err := r.once(ctx, ru, Entry{}, 512<<10)
		var f failure
		switch {
		case err == nil:
			rb = parseRobots(string(resp.body), robotsAgent)
		case errors.As(err, &f) && strings.HasPrefix(f.reason, "HTTP 4"):
			rb = robots{}
		default:
			return fail("robots.txt of %s cannot be read (%v): not fetched", u.Host, err)
		}
		r.robots[key] = rb
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !rb.allowed(path) {
		return fail("disallowed by %s://%s/robots.txt: not fetched", u.Scheme, u.Host)
	}
	return nil
}
