package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// loadRow is one load of the probe: clients of a heavy query while one
// client sends a cheap query, with the peak RSS of the process.
type loadRow struct {
	Name                 string
	HeavyOK, HeavyFailed int
	CheapOK, CheapFailed int
	CheapP50, CheapP99   time.Duration
	StartRSS, PeakRSS    int64
	CPU                  time.Duration
}

// cheapQuery is the query whose latency the loads watch.
const cheapQuery = `{ ward(name: "Nishi") { code name } }`

// runLoad drives heavy with clients clients (none when heavy is "") and
// cheapQuery with one, for d or until each client has sent maxEach
// requests.
func runLoad(srv *probeChild, name, heavy string, clients int, d time.Duration, maxEach int) loadRow {
	row := loadRow{Name: name, StartRSS: srv.rss()}
	url := srv.URL
	if heavy == "" {
		clients = 0
	}
	client := &http.Client{Timeout: probeClientTimeout, Transport: &http.Transport{MaxIdleConnsPerHost: clients + 1}}
	hb, _ := json.Marshal(map[string]string{"query": heavy})
	cb, _ := json.Marshal(map[string]string{"query": cheapQuery})
	stop := make(chan struct{})
	peak := watchRSS(srv, stop)
	cpu0, deadline := srv.cpu(), time.Now().Add(d)
	var heavyOK, heavyFailed atomic.Int64
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < maxEach && time.Now().Before(deadline); i++ {
				if _, ok := postOK(client, url, hb); ok {
					heavyOK.Add(1)
				} else {
					heavyFailed.Add(1)
				}
			}
		}()
	}
	lat, failed := cheapLoop(client, url, cb, deadline, maxEach)
	wg.Wait()
	close(stop)
	row.HeavyOK, row.HeavyFailed = int(heavyOK.Load()), int(heavyFailed.Load())
	row.CheapOK, row.CheapFailed = len(lat), failed
	row.CheapP50, row.CheapP99 = pct(lat, 50), pct(lat, 99)
	row.PeakRSS, row.CPU = <-peak, srv.cpu()-cpu0
	return row
}

// cheapLoop sends the cheap query one at a time until deadline, returning
// the sorted latencies of its answers without errors and the failures.
func cheapLoop(client *http.Client, url string, body []byte, deadline time.Time, maxN int) ([]time.Duration, int) {
	var lat []time.Duration
	failed := 0
	for i := 0; i < maxN && time.Now().Before(deadline); i++ {
		t0 := time.Now()
		if _, ok := postOK(client, url, body); ok {
			lat = append(lat, time.Since(t0))
		} else {
			failed++
		}
		time.Sleep(10 * time.Millisecond) // a user, not a flood
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return lat, failed
}

// postOK posts body and reports the status and whether the answer was 200
// with data and no errors.
func postOK(client *http.Client, url string, body []byte) (int, bool) {
	resp, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, false
	}
	defer resp.Body.Close()
	var r struct {
		Errors []json.RawMessage `json:"errors"`
	}
	err = json.NewDecoder(resp.Body).Decode(&r)
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, err == nil && resp.StatusCode == 200 && len(r.Errors) == 0
}

// watchRSS samples the server's RSS every 20 ms until stop is closed,
// then sends the peak.
func watchRSS(srv *probeChild, stop <-chan struct{}) <-chan int64 {
	out := make(chan int64, 1)
	go func() {
		peak := srv.rss()
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				out <- peak
				return
			case <-t.C:
				peak = max(peak, srv.rss())
			}
		}
	}()
	return out
}

func mib(b int64) string { return fmt.Sprintf("%d MiB", b>>20) }
