package main

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/synth"
)

// probeConfig is the probe mode's part of the flags.
type probeConfig struct {
	Only     string        // run only the rows whose name contains this
	Clients  int           // heavy clients of each load row
	Duration time.Duration // length of each load row
	MaxEach  int           // requests per client at most, per load row
	Heavy    int           // aliased compact neighbourhoods in the heaviest accepted query
}

// probe replays issue 14's probe on loopback against a server process of
// its own (so RSS and CPU are the server's): each hostile request once,
// then each heavy query from pc.Clients clients while one client sends a
// cheap query, and prints both tables.
func probe(w io.Writer, plans []*wardgraph.Plan, cfg loadConfig, gcPercent int, pc probeConfig) error {
	srv, err := startProbeChild(cfg, gcPercent)
	if err != nil {
		return err
	}
	defer srv.stop()
	fmt.Fprintf(w, "wardload -probe: %d plans (synthetic), server process %d on %s\n\n", len(plans), srv.cmd.Process.Pid, srv.URL)
	fy := cfg.FirstYear + cfg.Years/2
	printProbe(w, runProbe(srv, probeCases(plans, fy), pc.Only))
	full := synth.Richest(plans, fy)
	hub := synth.Hub(full)
	loads := []struct{ name, query string }{
		{"none (the cheap client alone)", ""},
		{"99 aliased depth-3 compact neighbourhoods", heavyHoods(hub, 99)},
		{fmt.Sprintf("%d aliased depth-3 compact neighbourhoods", pc.Heavy), heavyHoods(hub, pc.Heavy)},
		{"2,000 aliased paths", manyPaths(hub, farWard(plans, full), 2000)},
	}
	var rows []loadRow
	for _, l := range loads {
		if name := "load: " + l.name; pc.Only == "" || contains(name, pc.Only) {
			rows = append(rows, runLoad(srv, name, l.query, pc.Clients, pc.Duration, pc.MaxEach))
		}
	}
	fmt.Fprintf(w, "\n%d heavy clients and one cheap client (%s, one request every 10 ms) for %s each:\n\n", pc.Clients, cheapQuery, pc.Duration)
	printLoads(w, rows)
	return nil
}

func printProbe(w io.Writer, rows []probeRow) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "| request\t| status\t| code (limit)\t| reply\t| time\t| server CPU\t|")
	fmt.Fprintln(tw, "|---\t|---\t|---\t|---\t|---\t|---\t|")
	for _, r := range rows {
		status := fmt.Sprint(r.Status)
		if r.NoAnswer != "" {
			status = r.NoAnswer
		}
		code := r.Code
		if r.Limit != "" {
			code += " (" + r.Limit + ")"
		}
		fmt.Fprintf(tw, "| %s\t| %s\t| %s\t| %d B\t| %s\t| %s\t|\n", r.Name, status, code, r.ReplyBytes,
			r.Took.Round(time.Millisecond), r.CPU.Round(time.Millisecond))
	}
	tw.Flush()
}

func printLoads(w io.Writer, rows []loadRow) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "| heavy query\t| heavy ok / refused\t| cheap ok / failed\t| cheap p50\t| cheap p99\t| RSS before → peak\t| CPU\t|")
	fmt.Fprintln(tw, "|---\t|---\t|---\t|---\t|---\t|---\t|---\t|")
	for _, r := range rows {
		fmt.Fprintf(tw, "| %s\t| %d / %d\t| %d / %d\t| %s\t| %s\t| %s → %s\t| %s\t|\n", r.Name, r.HeavyOK, r.HeavyFailed,
			r.CheapOK, r.CheapFailed, r.CheapP50.Round(time.Millisecond/10), r.CheapP99.Round(time.Millisecond/10),
			mib(r.StartRSS), mib(r.PeakRSS), r.CPU.Round(time.Millisecond))
	}
	tw.Flush()
}
