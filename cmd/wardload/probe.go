package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/synth"
)

// probeClientTimeout bounds every probe request: a server that has not
// answered by then is reported as not answering.
const probeClientTimeout = 30 * time.Second

// probeCase is one hostile request of issue 14's probe.
type probeCase struct {
	Name string
	Body func() io.Reader // a fresh body per request
	Slow bool             // send the body one byte a second
}

// probeRow is what one probe case got back.
type probeRow struct {
	Name        string
	Status      int
	Code, Limit string
	ReplyBytes  int
	Took, CPU   time.Duration
	NoAnswer    string
}

// gqlBody is a GraphQL request body with a query and variables.
func gqlBody(query string, vars map[string]any) func() io.Reader {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return func() io.Reader { return bytes.NewReader(b) }
}

func rawBody(s string) func() io.Reader { return func() io.Reader { return strings.NewReader(s) } }

// aliases repeats format (with %d for the alias number) n times.
func aliases(n int, format string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format+" ", i)
	}
	return b.String()
}

// fragmentBomb selects 2^levels fields from about 40 bytes per level.
func fragmentBomb(levels int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{ ...F%d } fragment F0 on Query { __typename }", levels)
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, " fragment F%d on Query { ...F%d ...F%d }", i, i-1, i-1)
	}
	return b.String()
}

// heavyHoods is n aliased depth-3 compact neighbourhoods of the hub.
func heavyHoods(hub string, n int) string {
	return "{ " + aliases(n, "n%d: neighborhood(id: "+fmt.Sprintf("%q", hub)+", depth: 3) { compact }") + "}"
}

// manyPaths is n aliased paths between two far nodes, each costing 21
// before issue 14 (the probe's query).
func manyPaths(from, to string, n int) string {
	return "{ " + aliases(n, fmt.Sprintf("p%%d: paths(from: %q, to: %q) { length }", from, to)) + "}"
}

// probeCases are the single requests of the probe, each as the issue
// measured it.
func probeCases(plans []*wardgraph.Plan, fy int) []probeCase {
	full := synth.Richest(plans, fy)
	hub := synth.Hub(full)
	forged := `{ initiatives(first: 1, after: "d2cxOjkyMjMzNzIwMzY4NTQ3NzU4MDc") { nodes { id } } }`
	return []probeCase{
		{"search text of 800 KB in a variable (80,000 words)", gqlBody(`query($t: String!) { search(text: $t, first: 1) { score } }`,
			map[string]any{"t": strings.Repeat("子育て ", 80_000)}), false},
		{"one field 100,000 times (300 KB)", gqlBody("{ wards { "+strings.Repeat("id ", 100_000)+"} }", nil), false},
		{"fragment bomb, 2^26 spreads (1 KB)", gqlBody(fragmentBomb(26), nil), false},
		{"20,000 unknown directives (60 KB)", gqlBody("{ __typename "+strings.Repeat("@x ", 20_000)+"}", nil), false},
		{"forged cursor wg1:9223372036854775807", gqlBody(forged, nil), false},
		{"undecodable body of 1 MiB - 1", rawBody("{" + strings.Repeat("x", 1<<20-2)), false},
		{"2,000 aliased paths", gqlBody(manyPaths(hub, farWard(plans, full), 2000), nil), false},
		{"99 aliased depth-3 compact neighbourhoods", gqlBody(heavyHoods(hub, 99), nil), false},
		{"a 100-byte body sent one byte a second", gqlBody(`{ __typename }`+strings.Repeat(" ", 70), nil), true},
	}
}

// runProbe sends each case once to the server and reports what came back.
func runProbe(srv *probeChild, cases []probeCase, only string) []probeRow {
	client := &http.Client{Timeout: probeClientTimeout}
	var rows []probeRow
	for _, c := range cases {
		if only != "" && !contains(c.Name, only) {
			continue
		}
		rows = append(rows, probeOne(client, srv, c))
	}
	return rows
}

func probeOne(client *http.Client, srv *probeChild, c probeCase) probeRow {
	row := probeRow{Name: c.Name}
	body := c.Body()
	if c.Slow {
		body = &slowReader{r: body, every: time.Second}
	}
	cpu0, t0 := srv.cpu(), time.Now()
	resp, err := client.Post(srv.URL, "application/json", body)
	if err != nil {
		row.NoAnswer = fmt.Sprintf("no answer within %s", probeClientTimeout)
		row.Took, row.CPU = time.Since(t0), srv.cpu()-cpu0
		return row
	}
	reply, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	row.Took, row.CPU = time.Since(t0), srv.cpu()-cpu0
	row.Status, row.ReplyBytes = resp.StatusCode, len(reply)
	row.Code, row.Limit = firstError(reply)
	return row
}

// firstError returns the code and limit of a reply's first error.
func firstError(reply []byte) (code, limit string) {
	var r struct {
		Errors []struct{ Extensions map[string]any } `json:"errors"`
	}
	if json.Unmarshal(reply, &r) != nil {
		return "(not JSON)", ""
	}
	if len(r.Errors) == 0 {
		return "(data)", ""
	}
	code, _ = r.Errors[0].Extensions["code"].(string)
	limit, _ = r.Errors[0].Extensions["limit"].(string)
	return code, limit
}

// slowReader gives one byte per read, a read every so often.
type slowReader struct {
	r     io.Reader
	every time.Duration
	n     int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if s.n > 0 {
		time.Sleep(s.every)
	}
	s.n++
	return s.r.Read(p[:min(len(p), 1)])
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// farWard is the id of a ward other than p's, so paths must cross shared
// nodes (topics, partners) to reach it.
func farWard(plans []*wardgraph.Plan, p *wardgraph.Plan) string {
	for _, q := range plans {
		if q.Ward.ID != p.Ward.ID {
			return q.Ward.ID
		}
	}
	return p.Ward.ID
}
