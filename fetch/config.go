package fetch

import (
	"net/http"
	"time"
)

// UserAgent names wardgraph and where to read about it, as crawlers should.
const UserAgent = "wardgraph-fetch/1.0 (+https://github.com/wardgraph/wardgraph)"

// robotsAgent is the token looked up in robots.txt.
const robotsAgent = "wardgraph"

// Config configures a run. Zero values take the defaults in brackets.
type Config struct {
	Dir           string        // folder to fetch into (required)
	Client        *http.Client  // HTTP client [a new one]; its CheckRedirect is replaced
	UserAgent     string        // [UserAgent]
	Rate          time.Duration // least time between two requests to one host [1s]
	Timeout       time.Duration // per request, headers and body [30s]
	Retries       int           // retries after a timeout, 429 or 5xx [3]
	Backoff       time.Duration // first retry delay, doubled each retry [1s]
	MaxRetryAfter time.Duration // longest Retry-After honoured [2m]
	Attachments   bool          // also save the documents pages link to
	Clock         Clock         // [the system clock]
	// Progress, when set, is called before the first URL with done 0 and
	// after each URL.
	Progress func(done, total int, url string)
}

// withDefaults fills in the defaults.
func (c Config) withDefaults() Config {
	if c.Client == nil {
		c.Client = &http.Client{}
	}
	if c.UserAgent == "" {
		c.UserAgent = UserAgent
	}
	if c.Rate == 0 {
		c.Rate = time.Second
	}
	if c.Timeout == 0 {
		c.Timeout = 30 * time.Second
	}
	if c.Retries == 0 {
		c.Retries = 3
	}
	if c.Backoff == 0 {
		c.Backoff = time.Second
	}
	if c.MaxRetryAfter == 0 {
		c.MaxRetryAfter = 2 * time.Minute
	}
	if c.Clock == nil {
		c.Clock = realClock{}
	}
	if c.Progress == nil {
		c.Progress = func(int, int, string) {}
	}
	return c
}
