package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	neturl "net/url"
	"sort"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/synth"
)

type namedQuery struct {
	Name  string
	Query string
	// Get sends the query as GET: after the first, its answers come from
	// the server's in-process answer cache (200, nothing executed).
	Get bool
	// Revalidate sends the query as GET with the If-None-Match of its
	// first answer: the cached path (304, nothing executed).
	Revalidate bool
}

type result struct {
	Name     string
	Requests int
	RPS      float64
	P50, P99 time.Duration
}

// queries are the representative queries of issue #5: the framework floor,
// the full nested plan, search, ward comparison and a depth-2 neighbourhood.
func queries(cfg loadConfig, plans []*wardgraph.Plan) []namedQuery {
	fy := cfg.FirstYear + cfg.Years/2
	full := synth.Richest(plans, fy)
	ward, start := full.Ward.NameRomaji, synth.Hub(full)
	return []namedQuery{
		{Name: "floor { __typename }", Query: `{ __typename }`},
		{Name: "nested plan", Query: fmt.Sprintf(`{ plan(ward: %q, fiscalYear: %d) { id fiscalYearLabel budgetTotalYen goal { text slogan }
			missions { text } policy issues { number title description strategies { code title initiatives { code title description
			budgets { kind fiscalYear amountYen raw } partners { name kind } topics { name } } } } reformItems { title program { name } }
			contact { department phone } source { url pageNumber } } }`, ward, fy)},
		{Name: "search", Query: `{ search(text: "子育て", first: 20) { score snippet node { id } } }`},
		{Name: "compareWards", Query: fmt.Sprintf(`{ compareWards(wards: [%q, "taisho", "kita"], fiscalYear: %d) { plans { id budgetTotalYen }
			topics { topic { name } cells { issueCount initiativeCount budgetYen } } sharedPartners { name } } }`, ward, fy)},
		{Name: "neighborhood depth 2", Query: fmt.Sprintf(`{ neighborhood(id: %q, depth: 2) { nodes { id kind label } edges { from to type } } }`, start)},
		{Name: "neighborhood depth 2, compact", Query: fmt.Sprintf(`{ neighborhood(id: %q, depth: 2) { truncated compact } }`, start)},
	}
}

// cachedQueries are the queries again as GETs answered from the server's
// answer cache (200) and as GET revalidations (If-None-Match with the ETag
// of their first answer: 304); neither executes.
func cachedQueries(qs []namedQuery) []namedQuery {
	var out []namedQuery
	for _, q := range qs[1:] {
		out = append(out, namedQuery{Name: q.Name + " — CACHED (GET, answer cache)", Query: q.Query, Get: true},
			namedQuery{Name: q.Name + " — CACHED (GET, 304)", Query: q.Query, Get: true, Revalidate: true})
	}
	return out
}

// drive runs each query in turn after checking that it answers without errors.
func drive(url string, cfg loadConfig, qs []namedQuery) ([]result, error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Concurrency * 2}, Timeout: 10 * time.Second}
	var out []result
	for _, q := range qs {
		body, _ := json.Marshal(map[string]string{"query": q.Query})
		send := post(url, body)
		if q.Get {
			send = get(url + "?" + neturl.Values{"query": {q.Query}}.Encode())
		}
		etag, err := check(client, send)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", q.Name, err)
		}
		if q.Get && etag == "" {
			return nil, fmt.Errorf("%s: the GET answer has no ETag", q.Name)
		}
		if q.Revalidate {
			send = revalidate(send, etag)
		}
		out = append(out, measure(client, send, q.Name, cfg))
	}
	return out, nil
}

// A request maker; each request is made anew (bodies are read once).
type request func() *http.Request

func post(url string, body []byte) request {
	return func() *http.Request {
		req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		return req
	}
}

func get(url string) request {
	return func() *http.Request { req, _ := http.NewRequest(http.MethodGet, url, nil); return req }
}

// revalidate adds If-None-Match: etag to the requests of send; the
// answer must be 304.
func revalidate(send request, etag string) request {
	return func() *http.Request { req := send(); req.Header.Set("If-None-Match", etag); return req }
}

// check sends one request and returns its ETag; the answer must be 200
// without errors.
func check(client *http.Client, send request) (string, error) {
	resp, err := client.Do(send())
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var r struct {
		Errors []struct{ Message string } `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || resp.StatusCode != 200 || len(r.Errors) > 0 {
		return "", fmt.Errorf("status %d, errors %v, decode %v", resp.StatusCode, r.Errors, err)
	}
	return resp.Header.Get("ETag"), nil
}

// measure drives one query with cfg.Concurrency clients for cfg.Duration
// (or cfg.MaxRequests requests, whichever comes first).
func measure(client *http.Client, send request, name string, cfg loadConfig) result {
	var mu sync.Mutex
	var lat []time.Duration
	deadline := time.Now().Add(cfg.Duration)
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < cfg.Concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for time.Now().Before(deadline) && len(mine) < cfg.MaxRequests/cfg.Concurrency {
				t0 := time.Now()
				if resp, err := client.Do(send()); err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					mine = append(mine, time.Since(t0))
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return result{Name: name, Requests: len(lat), RPS: float64(len(lat)) / elapsed.Seconds(), P50: pct(lat, 50), P99: pct(lat, 99)}
}

func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[(len(sorted)-1)*p/100]
}

func printTable(w io.Writer, rs []result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "| query\t| requests\t| req/s\t| p50\t| p99\t| req/s ÷ floor\t|")
	fmt.Fprintln(tw, "|---\t|---\t|---\t|---\t|---\t|---\t|")
	for _, r := range rs {
		fmt.Fprintf(tw, "| %s\t| %d\t| %.0f\t| %s\t| %s\t| %.0f%%\t|\n", r.Name, r.Requests, r.RPS,
			r.P50.Round(time.Microsecond), r.P99.Round(time.Microsecond), 100*r.RPS/rs[0].RPS)
	}
	tw.Flush()
}
