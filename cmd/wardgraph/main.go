// Command wardgraph serves Osaka's ward management policies (区運営方針) as a
// GraphQL knowledge graph, and parses, loads and exports plans.
//
//	wardgraph serve  [--addr :8080] [--data DIR | --neo4j URI] [--cors-origins LIST]
//	wardgraph parse  FILE...
//	wardgraph load   (--data DIR | --neo4j URI) FILE|DIR...
//	wardgraph export [--data DIR | --neo4j URI] [--out DIR] [FILE|DIR...]
//	wardgraph fetch  [--out DIR] [--load --data DIR | --load --neo4j URI] (URL... | --index FILE)
//
// This file only dispatches; each subcommand has a file of its own.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/wardgraph/wardgraph"
)

const usage = `wardgraph: Osaka ward management policies as a GraphQL knowledge graph

usage:
  wardgraph serve  [--addr :8080] [--data DIR | --neo4j URI] [--cors-origins LIST]
  wardgraph parse  FILE...
  wardgraph load   (--data DIR | --neo4j URI) FILE|DIR...
  wardgraph export [--data DIR | --neo4j URI] [--out DIR] [FILE|DIR...]
  wardgraph fetch  [--out DIR] [--attachments] [--rate 1s] [--load --data DIR | --load --neo4j URI] (URL... | --index FILE)

Run 'wardgraph COMMAND -h' for a command's flags.
`

// command is one subcommand: it parses its own flags from args.
type command func(ctx context.Context, args []string, stdout, stderr io.Writer) error

var commands = map[string]command{
	"serve":  serve,
	"parse":  parse,
	"load":   load,
	"export": export,
	"fetch":  fetchCmd,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command and returns the exit status: 0 on success, 1 when
// the command failed, 2 for a usage error.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "wardgraph: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	err := cmd(ctx, args[1:], stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 2
	case errors.Is(err, errReported):
		return 1
	}
	var uerr usageError
	if errors.As(err, &uerr) {
		fmt.Fprintf(stderr, "wardgraph %s: %s\n", args[0], uerr)
		return 2
	}
	fmt.Fprintf(stderr, "wardgraph %s: %s\n", args[0], wardgraph.ErrorMessage(err))
	return 1
}

// errReported is returned by a command that has already printed its errors.
var errReported = errors.New("errors reported")

// usageError is a mistake in how a command was called.
type usageError string

func (e usageError) Error() string { return string(e) }
