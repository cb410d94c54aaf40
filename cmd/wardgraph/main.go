// Command wardgraph serves Osaka's ward management policies (区運営方針) as a
// GraphQL knowledge graph, and parses, loads and exports plans.
//
//	wardgraph serve  [--addr 127.0.0.1:8080] [--data DIR | --neo4j URI] [--cors-origins LIST] ...
//	wardgraph parse  FILE|DIR...
//	wardgraph load   (--data DIR [--wait 30s] | --neo4j URI) [--allow-empty] FILE|DIR...
//	wardgraph export [--data DIR | --neo4j URI] [--out DIR] [FILE|DIR...]
//	wardgraph fetch  [--out DIR] [--load --data DIR | --load --neo4j URI] (URL... | --index FILE)
//	wardgraph version
//
// (wardgraph --help prints every flag.)
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
	"strings"
	"syscall"

	"github.com/wardgraph/wardgraph"
)

// synopses give each command's arguments and every flag it has, for the
// usage text and for each command's -h (TestUsageListsEveryFlag keeps them
// complete).
var synopses = []struct{ name, args string }{
	{"serve", "[--addr 127.0.0.1:8080] [--data DIR | --neo4j URI] [--cors-origins LIST] [--introspection=true] [--timeout 10s] [--cache-max-age 1m] [--metrics-addr HOST:PORT|off] [--max-in-flight 64] [--rate-limit 0] [--trace stdout]"},
	{"parse", "FILE|DIR..."},
	{"load", "(--data DIR [--wait 30s] | --neo4j URI) [--allow-empty] FILE|DIR..."},
	{"export", "[--data DIR | --neo4j URI] [--out DIR] [FILE|DIR...]"},
	{"fetch", "[--out pages] [--attachments] [--rate 1s] [--timeout 30s] [--load --data DIR | --load --neo4j URI] [URL... | --index FILE]"},
	{"version", ""},
}

// usage is the text of wardgraph --help.
func usage() string {
	var b strings.Builder
	b.WriteString("wardgraph: Osaka ward management policies as a GraphQL knowledge graph\n\nusage:\n")
	for _, c := range synopses {
		fmt.Fprintf(&b, "  wardgraph %-7s %s\n", c.name, c.args)
	}
	b.WriteString("\nRun 'wardgraph COMMAND --help' for what a command's flags mean.\n")
	return b.String()
}

// command is one subcommand: it parses its own flags from args.
type command func(ctx context.Context, args []string, stdout, stderr io.Writer) error

var commands = map[string]command{
	"serve":   serve,
	"parse":   parse,
	"load":    load,
	"export":  export,
	"fetch":   fetchCmd,
	"version": version,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command and returns the exit status: 0 on success (and
// for --help and version, which print to stdout), 1 when the command failed,
// 2 for a usage error (no or unknown command, a wrong flag).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage())
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 && commands[args[1]] != nil {
			return run(ctx, []string{args[1], "--help"}, stdout, stderr)
		}
		fmt.Fprint(stdout, usage())
		return 0
	case "-version", "--version":
		args = []string{"version"}
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "wardgraph: unknown command %q\n\n%s", args[0], usage())
		return 2
	}
	flagOut := stderr
	if asksHelp(args[1:]) {
		flagOut = stdout
	}
	return exitCode(args[0], cmd(ctx, args[1:], stdout, flagOut), stderr)
}

// exitCode prints a command's error and returns its exit status.
func exitCode(name string, err error, stderr io.Writer) int {
	var uerr usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errReported):
		return 1
	case errors.Is(err, errFlags):
		return 2 // the flag package said what was wrong
	case errors.As(err, &uerr):
		fmt.Fprintf(stderr, "wardgraph %s: %s\n", name, uerr)
		return 2
	}
	fmt.Fprintf(stderr, "wardgraph %s: %s\n", name, wardgraph.ErrorMessage(err))
	return 1
}

// asksHelp reports whether the flags of a command ask for its help.
func asksHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// parseFlags parses a command's flags; its -h prints the command's
// synopsis and flags. A wrong flag, which the flag package has reported,
// is errFlags.
func parseFlags(fs *flag.FlagSet, args []string) error {
	fs.Usage = func() {
		for _, c := range synopses {
			if c.name == fs.Name() {
				fmt.Fprintf(fs.Output(), "usage: wardgraph %s %s\n\nflags:\n", c.name, c.args)
			}
		}
		fs.PrintDefaults()
	}
	err := fs.Parse(args)
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		return errFlags
	}
	return err
}

// errFlags is a wrong flag, already reported by the flag package.
var errFlags = errors.New("wrong flags")

// errReported is returned by a command that has already printed its errors.
var errReported = errors.New("errors reported")

// usageError is a mistake in how a command was called.
type usageError string

func (e usageError) Error() string { return string(e) }
