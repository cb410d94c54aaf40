package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
)

// version prints the module version and the VCS revision wardgraph was
// built from, as the Go toolchain recorded them.
func version(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("takes no arguments")
	}
	fmt.Fprintln(stdout, versionLine(debug.ReadBuildInfo()))
	return nil
}

// versionLine is e.g. "wardgraph v1.2.0 (revision 1a2b3c4d5e6f, 2026-12-01T08:00:00Z, modified) go1.26.8".
func versionLine(info *debug.BuildInfo, ok bool) string {
	if !ok {
		return "wardgraph (no build information)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	line := "wardgraph " + info.Main.Version
	if rev := settings["vcs.revision"]; rev != "" {
		line += " (revision " + rev[:min(12, len(rev))]
		if t := settings["vcs.time"]; t != "" {
			line += ", " + t
		}
		if settings["vcs.modified"] == "true" {
			line += ", modified"
		}
		line += ")"
	}
	return line + " " + info.GoVersion
}
