package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
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
		{"floor { __typename }", `{ __typename }`},
		{"nested plan", fmt.Sprintf(`{ plan(ward: %q, fiscalYear: %d) { id fiscalYearLabel budgetTotalYen goal { text slogan }
			missions { text } policy issues { number title description strategies { code title initiatives { code title description
			budgets { kind fiscalYear amountYen raw } partners { name kind } topics { name } } } } reformItems { title program { name } }
			contact { department phone } source { url pageNumber } } }`, ward, fy)},
		{"search", `{ search(text: "子育て", first: 20) { score snippet node { id } } }`},
		{"compareWards", fmt.Sprintf(`{ compareWards(wards: [%q, "taisho", "kita"], fiscalYear: %d) { plans { id budgetTotalYen }
			topics { topic { name } cells { issueCount initiativeCount budgetYen } } sharedPartners { name } } }`, ward, fy)},
		{"neighborhood depth 2", fmt.Sprintf(`{ neighborhood(id: %q, depth: 2) { nodes { id kind label } edges { from to type } } }`, start)},
		{"neighborhood depth 2, compact", fmt.Sprintf(`{ neighborhood(id: %q, depth: 2) { truncated compact } }`, start)},
	}
}

// drive runs each query in turn after checking that it answers without errors.
func drive(url string, cfg loadConfig, qs []namedQuery) ([]result, error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Concurrency * 2}, Timeout: 10 * time.Second}
	var out []result
	for _, q := range qs {
		body, _ := json.Marshal(map[string]string{"query": q.Query})
		if err := check(client, url, body); err != nil {
			return nil, fmt.Errorf("%s: %w", q.Name, err)
		}
		out = append(out, measure(client, url, body, q.Name, cfg))
	}
	return out, nil
}

func check(client *http.Client, url string, body []byte) error {
	resp, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Errors []struct{ Message string } `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || resp.StatusCode != 200 || len(r.Errors) > 0 {
		return fmt.Errorf("status %d, errors %v, decode %v", resp.StatusCode, r.Errors, err)
	}
	return nil
}

// measure drives one query with cfg.Concurrency clients for cfg.Duration
// (or cfg.MaxRequests requests, whichever comes first).
func measure(client *http.Client, url string, body []byte, name string, cfg loadConfig) result {
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
				if resp, err := client.Post(url, "application/json", bytes.NewReader(body)); err == nil {
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
