package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// wgWithin is wg that fails the test instead of hanging.
func wgWithin(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code        int
		out, stderr string
	}
	done := make(chan result, 1)
	go func() {
		var out, errb syncBuffer
		code := run(context.Background(), args, &out, &errb)
		done <- result{code, out.String(), errb.String()}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.stderr
	case <-time.After(15 * time.Second):
		t.Fatalf("wardgraph %v still running after 15 s", args)
	}
	return 0, "", ""
}

// TestNoHangOnFIFO: a FIFO named x.txt given to parse or load, or lying in
// serve's --data folder, is refused or skipped at once with its reason.
func TestNoHangOnFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "x.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	want := fifo + ": a named pipe (FIFO), not a regular file: not read"
	for _, args := range [][]string{{"parse", fifo}, {"load", "--data", t.TempDir(), fifo}} {
		code, _, stderr := wgWithin(t, args...)
		if code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("%v: exit %d, stderr %q; want 1 and %q", args, code, stderr, want)
		}
	}
	code, _, stderr := wgWithin(t, "parse", dir)
	if code != 1 || !strings.Contains(stderr, fifo+": skipped: a named pipe (FIFO), not a regular file") || !strings.Contains(stderr, "nothing to load") {
		t.Errorf("parse DIR: exit %d, stderr %q", code, stderr)
	}
	os.WriteFile(filepath.Join(dir, "nishi_2017.txt"), []byte(readFile(t, nishi)), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb syncBuffer
	done := make(chan int)
	go func() { done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--data", dir}, &out, &errb) }()
	for deadline := time.Now().Add(10 * time.Second); out.String() == "" && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		t.Fatal("serve --data with a FIFO did not start and stop")
	}
	if !strings.Contains(out.String(), "wardgraph: 1 plan;") || !strings.Contains(errb.String(), fifo+": skipped: a named pipe (FIFO)") {
		t.Errorf("serve: stdout %q, stderr %q", out.String(), errb.String())
	}
}

// TestSymlinksAndDirsNamedLikeFiles: parse exits 1 naming a directory
// named like a file; a folder's symlink loop and escape are skipped with
// their reasons.
func TestSymlinksAndDirsNamedLikeFiles(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "x.json"), 0o755)
	code, _, stderr := wgWithin(t, "parse", filepath.Join(dir, "x.json"))
	if code != 1 || !strings.Contains(stderr, "x.json: is a directory named like a file, not a file: not read") {
		t.Errorf("parse x.json/: exit %d, stderr %q", code, stderr)
	}
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o755)
	os.Symlink("b.txt", filepath.Join(folder, "a.txt"))
	os.Symlink("a.txt", filepath.Join(folder, "b.txt"))
	os.Symlink("/etc/hostname", filepath.Join(folder, "out.txt"))
	code, _, stderr = wgWithin(t, "load", "--data", t.TempDir(), folder)
	for _, w := range []string{"a.txt: skipped: a symbolic link loop", "out.txt: skipped: a symbolic link leaving the folder", "nothing to load"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("load: stderr %q lacks %q", stderr, w)
		}
	}
	if code != 1 {
		t.Errorf("load of a folder of bad links: exit %d, want 1", code)
	}
}

// TestLoadRefusesEmptyPlanUnlessAllowed: an HTML page saved as .txt that
// holds only a title is read as HTML, refused, and nothing is written;
// --allow-empty loads it.
func TestLoadRefusesEmptyPlanUnlessAllowed(t *testing.T) {
	dir, data := t.TempDir(), t.TempDir()
	page := filepath.Join(dir, "nishi_2017.txt")
	os.WriteFile(page, []byte("<html><body>\n<p>平成29年度 西区運営方針</p>\n</body></html>\n"), 0o644)
	code, _, stderr := wgWithin(t, "load", "--data", data, page)
	files, _ := os.ReadDir(data)
	if code != 1 || !strings.Contains(stderr, "has no goal, no missions and no management issues: not loaded") || countPlanFiles(files) != 0 {
		t.Errorf("exit %d, stderr %q, %d files written", code, stderr, countPlanFiles(files))
	}
	code, _, stderr = wgWithin(t, "load", "--data", data, "--allow-empty", page)
	files, _ = os.ReadDir(data)
	if code != 0 || countPlanFiles(files) != 1 {
		t.Errorf("--allow-empty: exit %d, stderr %q, %d files", code, stderr, countPlanFiles(files))
	}
}

func countPlanFiles(files []os.DirEntry) int {
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f.Name(), ".json") {
			n++
		}
	}
	return n
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
