package main

import (
	"net"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
)

// TestHelpAndExitCodes: help goes to stdout with exit 0 in every spelling;
// a wrong command or flag exits 2.
func TestHelpAndExitCodes(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"--help"}, 0, "usage:", ""},
		{[]string{"-h"}, 0, "usage:", ""},
		{[]string{"help"}, 0, "usage:", ""},
		{[]string{"help", "load"}, 0, "usage: wardgraph load", ""},
		{[]string{"serve", "--help"}, 0, "-cors-origins", ""},
		{[]string{"load", "--data", "x", "-h"}, 0, "-allow-empty", ""},
		{[]string{"parse", "-help"}, 0, "usage: wardgraph parse FILE|DIR...", ""},
		{[]string{"version"}, 0, "wardgraph ", ""},
		{[]string{"--version"}, 0, "wardgraph ", ""},
		{[]string{"serve", "--nope"}, 2, "", "flag provided but not defined: -nope"},
		{[]string{"version", "extra"}, 2, "", "takes no arguments"},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
	}
	for _, tt := range tests {
		code, stdout, stderr := wg(t, tt.args...)
		if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%v: exit %d, stdout %.80q, stderr %.80q; want exit %d, %q, %q", tt.args, code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
		}
	}
}

// TestUsageListsEveryFlag: the top-level usage names every flag each
// command defines (read from the command's own -h).
func TestUsageListsEveryFlag(t *testing.T) {
	_, top, _ := wg(t, "--help")
	flagLine := regexp.MustCompile(`(?m)^  -([a-z0-9-]+)`)
	for name := range commands {
		_, help, _ := wg(t, name, "--help")
		line := ""
		for _, l := range strings.Split(top, "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "wardgraph "+name+" ") || strings.TrimSpace(l) == "wardgraph "+name {
				line = l
			}
		}
		if line == "" {
			t.Errorf("usage has no line for %s", name)
		}
		for _, m := range flagLine.FindAllStringSubmatch(help, -1) {
			if !strings.Contains(line, "--"+m[1]) {
				t.Errorf("usage of %s does not list --%s: %q", name, m[1], line)
			}
		}
	}
}

func TestVersionLine(t *testing.T) {
	info := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "1a2b3c4d5e6f7a8b9c0d"}, {Key: "vcs.time", Value: "2026-12-01T08:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	if got := versionLine(info, true); got != "wardgraph v1.2.0 (revision 1a2b3c4d5e6f, 2026-12-01T08:00:00Z, modified) go1.26.8" {
		t.Errorf("got %q", got)
	}
	if got := versionLine(nil, false); got != "wardgraph (no build information)" {
		t.Errorf("got %q", got)
	}
}

// TestListenErrorSaysWhy: an address in use or malformed is named with
// the reason, not only "cannot listen".
func TestListenErrorSaysWhy(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	for addr, why := range map[string]string{ln.Addr().String(): "the address is in use", "127.0.0.1:99999": "invalid port"} {
		code, _, stderr := wg(t, "serve", "--addr", addr)
		if code != 1 || !strings.Contains(stderr, "cannot listen on "+addr+": "+why) {
			t.Errorf("serve --addr %s: exit %d, stderr %q; want 1 and %q", addr, code, stderr, why)
		}
	}
}
