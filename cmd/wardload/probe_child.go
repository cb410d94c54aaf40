package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// listenPrefix starts the line on which a -probe-server child tells its
// URL.
const listenPrefix = "LISTEN "

// probeChild is the server process the probe measures: this program run
// with -probe-server, so the figures (RSS, CPU) are the server's alone.
type probeChild struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	URL   string
}

// startProbeChild starts the server with the set's flags and waits for its
// URL (on 127.0.0.1, chosen by the child).
func startProbeChild(cfg loadConfig, gcPercent int) (*probeChild, error) {
	cmd := exec.Command(os.Args[0], "-probe-server", "-first-year", strconv.Itoa(cfg.FirstYear),
		"-years", strconv.Itoa(cfg.Years), "-gc-percent", strconv.Itoa(gcPercent))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &probeChild{cmd: cmd, stdin: stdin}
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		if url, ok := strings.CutPrefix(lines.Text(), listenPrefix); ok {
			c.URL = url
			go func() { _, _ = io.Copy(io.Discard, stdout) }()
			return c, nil
		}
	}
	c.stop()
	return nil, fmt.Errorf("the probe's server exited before it listened")
}

// stop ends the server (and whatever work it still does) and waits for it.
func (c *probeChild) stop() {
	_ = c.stdin.Close()
	_ = c.cmd.Process.Kill()
	_ = c.cmd.Wait()
}

// rss and cpu are the server's resident set size and CPU time so far.
func (c *probeChild) rss() int64         { return procRSS(c.cmd.Process.Pid) }
func (c *probeChild) cpu() time.Duration { return procCPU(c.cmd.Process.Pid) }
