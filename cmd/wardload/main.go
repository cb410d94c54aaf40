// Command wardload measures wardgraph's GraphQL API under load on loopback.
// It generates the scaled synthetic data set (every ward × N years, from the
// shape of the bundled real plans), serves it from the embedded store on
// 127.0.0.1, and drives each representative query with concurrent clients
// for a fixed time, reporting requests/s, p50 and p99 latency and each
// query's ratio to the framework floor ({ __typename }). All traffic goes to
// the loopback address; every loop is bounded in time and count.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"time"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "wardload:", err)
		os.Exit(1)
	}
}

// startProfile starts a CPU profile into path ("" for none) and returns
// the function that stops it.
func startProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func run() error {
	cfg := loadConfig{}
	flag.IntVar(&cfg.FirstYear, "first-year", 2016, "first fiscal year of the synthetic set")
	flag.IntVar(&cfg.Years, "years", 10, "fiscal years per ward in the synthetic set")
	flag.DurationVar(&cfg.Duration, "duration", 5*time.Second, "how long each query is driven")
	flag.IntVar(&cfg.Concurrency, "concurrency", 4, "concurrent clients")
	flag.IntVar(&cfg.MaxRequests, "max-requests", 200000, "stop a query's run after this many requests")
	gcPercent := flag.Int("gc-percent", 400, "the server's GOGC, as `wardgraph serve` sets it when GOGC is unset")
	loadOnly := flag.Bool("load-only", false, "only build and save the set, report its time and memory, and exit (the load path at scale: -years 1, 10, 100)")
	cpuProfile := flag.String("load-cpuprofile", "", "write a CPU profile of building and saving the set to `file`")
	cached := flag.Bool("cached", true, "also measure each query as a GET revalidation (304), labelled CACHED")
	probeMode := flag.Bool("probe", false, "replay issue 14's hostile probe instead of the load table (see README, Limits)")
	var pc probeConfig
	flag.StringVar(&pc.Only, "probe-only", "", "probe: run only the rows whose name contains this")
	flag.IntVar(&pc.Clients, "probe-clients", 24, "probe: heavy clients per load row")
	flag.DurationVar(&pc.Duration, "probe-duration", 10*time.Second, "probe: length of each load row")
	flag.IntVar(&pc.MaxEach, "probe-max", 2000, "probe: requests per client per load row at most")
	flag.IntVar(&pc.Heavy, "probe-heavy", 14, "probe: aliased compact neighbourhoods in the heaviest query the limits accept")
	probeServer := flag.Bool("probe-server", false, "used by -probe: serve the set, print LISTEN and the URL, stop when stdin closes")
	flag.Parse()
	debug.SetGCPercent(*gcPercent)

	stop, err := startProfile(*cpuProfile)
	if err != nil {
		return err
	}
	began := time.Now()
	store, plans, err := buildStore(context.Background(), cfg)
	stop()
	if err != nil {
		return err
	}
	fmt.Printf("wardload: built %d synthetic plans and saved them into the embedded store in %s (save alone %s); %s\n",
		len(plans), time.Since(began).Round(time.Millisecond), saveTime.Round(time.Millisecond), memory())
	if *loadOnly {
		return nil
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: handler(store)}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/graphql"
	if *probeServer {
		fmt.Printf("%s%s\n", listenPrefix, url)
		_, _ = io.Copy(io.Discard, os.Stdin)
		return nil
	}
	if *probeMode {
		return probe(os.Stdout, plans, cfg, *gcPercent, pc)
	}
	fmt.Printf("wardload: %d plans (synthetic), %d clients, %s per query, on %s\n\n", len(plans), cfg.Concurrency, cfg.Duration, url)
	qs := queries(cfg, plans)
	if *cached {
		qs = append(qs, cachedQueries(qs)...)
	}
	results, err := drive(url, cfg, qs)
	if err != nil {
		return err
	}
	printTable(os.Stdout, results)
	return nil
}
