package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph/dirstore"
	"github.com/wardgraph/wardgraph/memstore"
)

const nishi = "../../sample/osaka/nishi_2017.txt"

// wg runs the command line in-process and returns its exit status and output.
func wg(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestParsePrintsOneJSONObjectPerFile(t *testing.T) {
	code, out, _ := wg(t, "parse", nishi, "../../sample/osaka/kita_2022.txt")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	var p struct {
		ID         string
		FiscalYear int
		Ward       struct{ Code, Name, NameRomaji string }
	}
	if err := json.Unmarshal([]byte(lines[0]), &p); err != nil {
		t.Fatal(err)
	}
	if p.ID != "osaka/nishi/2017" || p.FiscalYear != 2017 || p.Ward.Code != "27106" || p.Ward.NameRomaji != "Nishi" {
		t.Errorf("first plan %+v", p)
	}
}

func TestCommandErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	notPolicy := filepath.Join(dir, "recipe.txt")
	os.WriteFile(notPolicy, []byte("カレーの作り方\n玉ねぎを炒める。\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no command", nil, 2, "usage:"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"parse without files", []string{"parse"}, 2, "give one or more files"},
		{"empty file", []string{"parse", empty}, 1, empty + ": "},
		{"not a policy page", []string{"parse", notPolicy}, 1, "no ward or fiscal year"},
		{"missing file", []string{"parse", filepath.Join(dir, "nope.txt")}, 1, "nope.txt"},
		{"missing file beside a good one", []string{"parse", filepath.Join(dir, "nope.txt"), nishi}, 1, "nope.txt"},
		{"load without a target", []string{"load", nishi}, 2, "--data DIR"},
		{"two stores", []string{"serve", "--data", dir, "--neo4j", "bolt://127.0.0.1:1"}, 2, "give one"},
		{"neo4j down at start-up", []string{"serve", "--neo4j", "bolt://127.0.0.1:1", "--addr", "127.0.0.1:0"}, 1, "neo4j"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := wg(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.code, tt.stderr)
			}
			if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
				t.Errorf("internals in stderr: %s", stderr)
			}
		})
	}
}

// TestRoundTrip: parse → export → load → export is byte-identical, and
// loading the same files twice changes nothing.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	code, first, stderr := wg(t, "export", nishi)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	exported := filepath.Join(dir, "nishi.json")
	os.WriteFile(exported, []byte(first), 0o644)
	data := filepath.Join(dir, "data")
	for i := 0; i < 2; i++ {
		if code, out, stderr := wg(t, "load", "--data", data, exported); code != 0 || !strings.Contains(out, "1 plan") {
			t.Fatalf("load #%d: exit %d, %q %q", i+1, code, out, stderr)
		}
	}
	files := visibleFiles(data)
	if len(files) != 1 || files[0].Name() != "osaka-nishi-2017.json" {
		t.Fatalf("data folder holds %v", files)
	}
	code, second, stderr := wg(t, "export", "--data", data)
	if code != 0 {
		t.Fatalf("export --data: exit %d: %s", code, stderr)
	}
	if first != second {
		t.Errorf("export after load differs from the first export")
	}
	stored, _ := os.ReadFile(filepath.Join(data, files[0].Name()))
	if string(stored) != first {
		t.Errorf("the data folder's file differs from the export")
	}
}

func TestLoadRefusesBadFileAndLoadsTheRest(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"ward": {"code": "27106"}, "fiscalYear": "2017"}`), 0o644)
	data := filepath.Join(dir, "data")
	code, out, stderr := wg(t, "load", "--data", data, bad, nishi)
	if code != 1 || !strings.Contains(stderr, "bad.json:") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, "1 plan") {
		t.Errorf("summary %q", out)
	}
	if files := visibleFiles(data); len(files) != 1 {
		t.Errorf("data folder holds %d files, want only the good plan", len(files))
	}
}

func TestServeAnswersAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb syncBuffer
	done := make(chan int)
	go func() { done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, &out, &errb) }()
	for deadline := time.Now().Add(10 * time.Second); out.String() == "" && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 || !strings.Contains(out.String(), "53 plans") {
			t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after its context was cancelled")
	}
}

// syncBuffer is a bytes.Buffer safe for one writer and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// visibleFiles lists a folder's entries but the hidden ones (a data
// folder's lock file).
func visibleFiles(dir string) []os.DirEntry {
	entries, _ := os.ReadDir(dir)
	var out []os.DirEntry
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") {
			out = append(out, e)
		}
	}
	return out
}

// TestLoadTwiceSaysUnchanged: loading the same page into a data folder
// again reports its plan unchanged, not replaced, and a running load's lock
// makes a second one fail at once with --wait 0, naming it.
func TestLoadTwiceSaysUnchanged(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if code, out, stderr := wg(t, "load", "--data", data, nishi); code != 0 || !strings.Contains(out, "1 plan loaded (0 replaced, 0 unchanged)") {
		t.Fatalf("first load: exit %d, %q %q", code, out, stderr)
	}
	if code, out, stderr := wg(t, "load", "--data", data, nishi); code != 0 || !strings.Contains(out, "1 file: 1 plan loaded (0 replaced, 1 unchanged)") {
		t.Errorf("second load: exit %d, %q %q", code, out, stderr)
	}
	holder, err := dirstore.New(data, memstore.New(), dirstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	if code, _, stderr := wg(t, "load", "--data", data, "--wait", "0", nishi); code != 1 || !strings.Contains(stderr, "is being written by another load (pid ") {
		t.Errorf("load of a locked folder: exit %d, %q", code, stderr)
	}
}
