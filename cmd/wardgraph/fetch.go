package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/fetch"
	"github.com/wardgraph/wardgraph/loaders"
)

// fetchCmd gets pages from the city's website into --out DIR (the bundled
// index of known pages, an --index FILE, or URLs), then with --load loads
// the folder into --data DIR or --neo4j URI. Any URL that failed makes the
// exit status 1; each failure is printed with its URL and reason.
func fetchCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	out := fs.String("out", "pages", "folder to fetch the pages into (a manifest, wardgraph-fetch.json, records what was fetched)")
	index := fs.String("index", "", "JSON index of pages to fetch ([{\"url\", \"file\"}, ...]; default: the bundled index of known pages)")
	rate := fs.Duration("rate", time.Second, "least time between two requests to one host")
	timeout := fs.Duration("timeout", 30*time.Second, "time limit of each request")
	attachments := fs.Bool("attachments", false, "also save the documents (様式 PDFs, revision history) each page links to, under DIR/attachments/")
	doLoad := fs.Bool("load", false, "load the fetched folder into --data DIR or --neo4j URI afterwards")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := sf.check(); err != nil {
		return err
	}
	if *doLoad && sf.data == "" && sf.neo4j == "" {
		return usageError("--load needs --data DIR (embedded store folder) or --neo4j URI")
	}
	if !*doLoad && sf.data != "" {
		return usageError("--data DIR is where --load puts the plans: give --load too, or --out DIR to choose where pages are saved")
	}
	targets, err := fetchTargets(*index, fs.Args())
	if err != nil {
		return err
	}
	cfg := fetch.Config{Dir: *out, Rate: *rate, Timeout: *timeout, Attachments: *attachments, Progress: progressBar(stderr, "fetching")}
	sum, err := fetch.Run(ctx, cfg, targets)
	if err != nil {
		return wardgraph.Wrap(err, wardgraph.EINVALID, err.Error())
	}
	for _, r := range sum.Results {
		for _, w := range r.Warnings {
			fmt.Fprintln(stderr, w)
		}
	}
	for _, r := range sum.Failures() {
		fmt.Fprintf(stderr, "%s: %s\n", r.URL, r.Err)
	}
	fmt.Fprintln(stdout, sum.String())
	failed := len(sum.Failures()) > 0
	if *doLoad {
		if err := loadFetched(ctx, sf, *out, stdout, stderr); err != nil {
			return err
		}
	}
	if failed {
		return errReported
	}
	return nil
}

// fetchTargets reads --index, or takes the URLs, or the bundled index.
func fetchTargets(index string, urls []string) ([]fetch.Target, error) {
	switch {
	case index != "" && len(urls) > 0:
		return nil, usageError("give URLs or --index FILE, not both")
	case len(urls) > 0:
		t, err := fetch.URLTargets(urls)
		if err != nil {
			return nil, usageError(err.Error())
		}
		return t, nil
	case index != "":
		data, err := os.ReadFile(index)
		if err != nil {
			return nil, wardgraph.Wrap(err, wardgraph.EINVALID, index+": cannot read the index")
		}
		t, err := fetch.ParseIndex(index, data)
		if err != nil {
			return nil, wardgraph.Wrap(err, wardgraph.EINVALID, err.Error())
		}
		return t, nil
	}
	return fetch.BundledIndex()
}

// loadFetched loads the fetched folder as `load` does.
func loadFetched(ctx context.Context, sf storeFlags, dir string, stdout, stderr io.Writer) error {
	return loadInto(ctx, sf, 30*time.Second, []string{dir}, loaders.LoadOptions{Progress: progress(stderr), RequireFiles: true}, stdout, stderr)
}
