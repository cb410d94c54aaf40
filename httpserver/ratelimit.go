package httpserver

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// maxClients caps the clients the rate limiter remembers; past it, the
// clients whose buckets have refilled are forgotten.
const maxClients = 10000

// rateLimiter is a token bucket per client IP: rate tokens a second, at
// most burst kept.
type rateLimiter struct {
	rate    float64
	burst   float64
	mu      sync.Mutex
	buckets map[string]*bucket
	now     func() time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newRateLimiter(rate float64, burst int) *rateLimiter {
	return &rateLimiter{rate: rate, burst: float64(burst), buckets: map[string]*bucket{}, now: time.Now}
}

// allow takes a token of client's bucket, or returns how long until one is
// there.
func (l *rateLimiter) allow(client string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.buckets[client]
	if b == nil {
		l.forgetFull(now)
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[client] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.at).Seconds()*l.rate)
	b.at = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
}

// forgetFull drops, when too many clients are remembered, every client
// whose bucket would be full by now (forgetting it changes nothing).
func (l *rateLimiter) forgetFull(now time.Time) {
	if len(l.buckets) < maxClients {
		return
	}
	for c, b := range l.buckets {
		if b.tokens+now.Sub(b.at).Seconds()*l.rate >= l.burst {
			delete(l.buckets, c)
		}
	}
}

// limitRate refuses (429, Retry-After) a client's requests past its rate.
func limitRate(rate float64, burst int, cfg Config, h http.Handler) http.Handler {
	l := newRateLimiter(rate, burst)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ok, wait := l.allow(clientIP(r))
		if !ok {
			secs := int(math.Ceil(wait.Seconds()))
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			refuse(cfg, w, http.StatusTooManyRequests, "rate", fmt.Sprintf(
				"too many requests from this client: at most %g a second (bursts of %d); retry after %d seconds", rate, burst, secs))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// clientIP is the remote address without its port. Forwarding headers are
// not trusted: anyone can write them.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
