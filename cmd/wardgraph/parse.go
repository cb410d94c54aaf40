package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders"
)

// parse prints each file's plan as one JSON object per line (the plan file
// shape, GraphQL field names). Warnings and errors go to stderr as
// file:line: message; any failed file makes the exit status 1.
func parse(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("give one or more files or folders to parse")
	}
	sc := loaders.ScanPaths(fs.Args())
	failed := len(sc.Errors) > 0
	for _, e := range sc.Errors {
		fmt.Fprintln(stderr, wardgraph.ErrorMessage(e.Err))
	}
	printSkipped(stderr, sc.Skipped)
	if len(sc.Files) == 0 && !failed {
		fmt.Fprintln(stderr, wardgraph.ErrorMessage(loaders.NothingLoadable(fs.Args(), sc.Skipped)))
		failed = true
	}
	for _, f := range sc.Files {
		if err := parseOne(f, stdout, stderr); err != nil {
			fmt.Fprintln(stderr, wardgraph.ErrorMessage(err))
			failed = true
		}
	}
	if failed {
		return errReported
	}
	return nil
}

// printSkipped prints what folder walks left out, one "path: skipped:
// reason" line each.
func printSkipped(stderr io.Writer, skipped []loaders.Skipped) {
	for _, s := range skipped {
		fmt.Fprintln(stderr, s)
	}
}

func parseOne(file string, stdout, stderr io.Writer) error {
	p, warnings, err := loaders.ReadFile(file)
	if err != nil {
		return err
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, w)
	}
	line, err := json.Marshal(p)
	if err != nil {
		return wardgraph.Wrap(err, wardgraph.EINTERNAL, file+": cannot encode the plan")
	}
	_, err = fmt.Fprintf(stdout, "%s\n", line)
	return err
}
