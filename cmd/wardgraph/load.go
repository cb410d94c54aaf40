package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/dirstore"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/memstore"
)

// load parses files and folders and saves each plan into Neo4j (--neo4j) or
// into the embedded store's data folder (--data DIR, as plan files that
// `serve --data DIR` reads). Each plan loads atomically; a summary ends the
// run, and any failed file makes the exit status 1.
func load(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	wait := fs.Duration("wait", 30*time.Second, "with --data: how long to wait for another load of the same folder to end before giving up")
	allowEmpty := fs.Bool("allow-empty", false, "load pages that parse into a plan with no goal, no missions and no issues (refused by default: a bad download must not replace a good plan)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := sf.check(); err != nil {
		return err
	}
	if sf.data == "" && sf.neo4j == "" {
		return usageError("choose where to load: --data DIR (embedded store folder) or --neo4j URI")
	}
	if fs.NArg() == 0 {
		return usageError("give one or more files or folders to load")
	}
	return loadInto(ctx, sf, *wait, fs.Args(), loaders.LoadOptions{Progress: progress(stderr), AllowEmpty: *allowEmpty, RequireFiles: true}, stdout, stderr)
}

// loadInto loads paths into the store sf names, publishes a data folder's
// staged plans, and prints the warnings, skipped files, errors and summary.
func loadInto(ctx context.Context, sf storeFlags, wait time.Duration, paths []string, opts loaders.LoadOptions, stdout, stderr io.Writer) error {
	store, err := loadTarget(ctx, sf, wait, stderr)
	if err != nil {
		return err
	}
	defer store.Close()
	sum := loaders.Load(ctx, store, paths, opts)
	for _, w := range sum.Warnings {
		fmt.Fprintln(stderr, w)
	}
	if err := commit(ctx, store); err != nil {
		return err
	}
	printSkipped(stderr, sum.Skipped)
	reportErrors(stderr, sum)
	fmt.Fprintln(stdout, sum.String())
	if sum.Failed() {
		return errReported
	}
	return nil
}

// loadTarget opens Neo4j, or a data folder backed by a fresh embedded store
// that validates every plan before its file is written.
func loadTarget(ctx context.Context, sf storeFlags, wait time.Duration, stderr io.Writer) (wardgraph.Store, error) {
	if sf.neo4j != "" {
		return sf.open(ctx, stderr)
	}
	return dirstore.New(sf.data, memstore.New(), dirstore.Options{Wait: wait})
}

// commit publishes the plans a data folder load staged, all together,
// unless the load was interrupted (then the folder keeps what it had).
func commit(ctx context.Context, s wardgraph.Store) error {
	d, ok := s.(*dirstore.Store)
	if !ok {
		return nil
	}
	if ctx.Err() != nil {
		return wardgraph.Errorf(wardgraph.EUNAVAILABLE, "load interrupted: the data folder keeps its previous plans")
	}
	return d.Commit()
}

// progress returns a callback drawing the load's progress bar on stderr
// when it is a terminal, or nil.
func progress(stderr io.Writer) func(done, total int, file string) {
	return progressBar(stderr, "loading")
}

// progressBar returns a callback drawing a progress bar described by desc
// on stderr when it is a terminal, or nil.
func progressBar(stderr io.Writer, desc string) func(done, total int, item string) {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	var bar *progressbar.ProgressBar
	return func(done, total int, item string) {
		if bar == nil {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(stderr),
				progressbar.OptionSetDescription(desc), progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
		}
		bar.Set(done)
	}
}

// reportErrors prints why each file of a load failed, one line each: the
// message names the file (and line).
func reportErrors(stderr io.Writer, sum loaders.Summary) {
	for _, e := range sum.Errors {
		fmt.Fprintln(stderr, wardgraph.ErrorMessage(e.Err))
	}
}
