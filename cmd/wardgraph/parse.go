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
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("give one or more files or folders to parse")
	}
	files, err := loaders.Expand(fs.Args())
	failed := err != nil
	if failed {
		fmt.Fprintln(stderr, wardgraph.ErrorMessage(err))
	}
	for _, f := range files {
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
