package dirstore

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
)

func open(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := New(dir, memstore.New(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// planFiles lists the folder's plan files (not the lock or staged files).
func planFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") {
			out = append(out, e.Name())
		}
	}
	return out
}

func saveAll(t *testing.T, s *Store, plans []*wardgraph.Plan) []wardgraph.SaveStats {
	t.Helper()
	var out []wardgraph.SaveStats
	for _, p := range plans {
		st, err := s.SavePlan(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, st)
	}
	return out
}

func TestSavePlanWritesThroughAndReloads(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s := open(t, dir)
	saveAll(t, s, storetest.Fixtures())
	if n := len(planFiles(t, dir)); n != 0 {
		t.Fatalf("%d plan files before Commit, want 0", n)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	files := planFiles(t, dir)
	if len(files) != len(storetest.Fixtures()) {
		t.Fatalf("%d files for %d plans", len(files), len(storetest.Fixtures()))
	}
	s.Close()
	again := open(t, dir)
	defer again.Close()
	plans, _ := again.Plans(context.Background(), wardgraph.PlanFilter{})
	if len(plans) != len(files) {
		t.Errorf("reopened folder has %d plans, want %d", len(plans), len(files))
	}
	for _, st := range saveAll(t, again, storetest.Fixtures()) {
		if !st.Unchanged || !st.Replaced {
			t.Errorf("saving a plan already in the folder: %+v; want Replaced and Unchanged", st)
		}
	}
	changed := storetest.Fixtures()[0]
	changed.Title += "（改訂）"
	if st := saveAll(t, again, []*wardgraph.Plan{changed})[0]; st.Unchanged || !st.Replaced {
		t.Errorf("saving a changed plan: %+v; want Replaced, not Unchanged", st)
	}
}

func TestFilesTakeTheUmask(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	s := open(t, dir)
	defer s.Close()
	saveAll(t, s, storetest.Fixtures()[:1])
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, planFiles(t, dir)[0]))
	if err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("plan file mode %v (%v), want 0644", fi.Mode().Perm(), err)
	}
}

func TestCloseWithoutCommitWritesNothing(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	saveAll(t, s, storetest.Fixtures())
	s.Close()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != lockName {
			t.Errorf("left %s", e.Name())
		}
	}
}

func TestRefusedPlanWritesNothing(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	defer s.Close()
	p := storetest.Fixtures()[0]
	p.ID = "osaka/nishi/1999" // not what AssignIDs gives: the store refuses it
	if _, err := s.SavePlan(context.Background(), p); wardgraph.ErrorCode(err) != wardgraph.EINVALID {
		t.Fatalf("err %v, want INVALID", err)
	}
	if err := s.Commit(); err != nil || len(planFiles(t, dir)) != 0 {
		t.Errorf("a refused plan left files %v (%v)", planFiles(t, dir), err)
	}
}

func TestFolderWithForeignFileIsRefused(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.json"), []byte(`{"hello": 1}`), 0o644)
	_, err := New(dir, memstore.New(), Options{})
	if wardgraph.ErrorCode(err) != wardgraph.EINVALID || !strings.Contains(wardgraph.ErrorMessage(err), "notes.json") {
		t.Errorf("err %v, want INVALID naming notes.json", err)
	}
	if _, err := New(dir, memstore.New(), Options{}); strings.Contains(wardgraph.ErrorMessage(err), "another load") {
		t.Errorf("a refused folder kept its lock: %v", err)
	}
}

func TestSecondWriterWaitsThenFails(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	start := time.Now()
	_, err := New(dir, memstore.New(), Options{Wait: 300 * time.Millisecond})
	msg := wardgraph.ErrorMessage(err)
	if wardgraph.ErrorCode(err) != wardgraph.ELIMIT || !strings.Contains(msg, "another load (pid ") || !strings.Contains(msg, "for more than 300ms") {
		t.Errorf("second writer: %v", err)
	}
	if waited := time.Since(start); waited < 300*time.Millisecond {
		t.Errorf("gave up after %v, before its wait", waited)
	}
	done := make(chan error)
	go func() {
		s2, err := New(dir, memstore.New(), Options{Wait: 5 * time.Second})
		if err == nil {
			s2.Close()
		}
		done <- err
	}()
	time.Sleep(100 * time.Millisecond)
	s.Close()
	if err := <-done; err != nil {
		t.Errorf("a waiting writer did not get the lock once it was free: %v", err)
	}
}

func TestLeftoversAreFinishedOrRemoved(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	saveAll(t, s, storetest.Fixtures()[:2])
	// Crash in the middle of a publication: the manifest is written and the
	// first rename done, the second not.
	var lines []string
	for final, tmp := range s.staged {
		lines = append(lines, tmp+" "+final)
	}
	os.WriteFile(filepath.Join(dir, manifestPrefix+"crashed"), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	first := strings.Fields(lines[0])
	os.Rename(filepath.Join(dir, first[0]), filepath.Join(dir, first[1]))
	os.WriteFile(filepath.Join(dir, tmpPrefix+"orphan-x.json"), []byte("half a fi"), 0o644)
	s.lock.release() // as a kill -9 would, without Close's clean-up
	s.lock = nil
	again := open(t, dir)
	defer again.Close()
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(planFiles(t, dir)) != 2 || len(names) != 3 {
		t.Errorf("after recovery the folder holds %v; want the lock and the 2 published plans", names)
	}
}

func TestNamedErrors(t *testing.T) {
	for errno, want := range map[syscall.Errno]string{syscall.ENOSPC: "no space left on the device", syscall.EACCES: "permission denied"} {
		err := named(&os.PathError{Op: "write", Path: "x", Err: errno}, "cannot write x")
		if !strings.Contains(wardgraph.ErrorMessage(err), want) {
			t.Errorf("%v: %q, want it to say %q", errno, wardgraph.ErrorMessage(err), want)
		}
	}
}

func TestFileName(t *testing.T) {
	if got := FileName("osaka/chuo/2017-draft"); got != "osaka-chuo-2017-draft.json" {
		t.Errorf("FileName = %q", got)
	}
}

// TestRecoverForAReader: a reader's Recover finishes a publication a
// killed writer left, and leaves a folder a writer holds alone.
func TestRecoverForAReader(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	saveAll(t, s, storetest.Fixtures()[:1])
	for final, tmp := range s.staged {
		os.WriteFile(filepath.Join(dir, manifestPrefix+"killed"), []byte(tmp+" "+final+"\n"), 0o644)
	}
	if err := Recover(dir); err != nil || len(planFiles(t, dir)) != 0 {
		t.Errorf("Recover touched a folder a writer holds: %v, %v", err, planFiles(t, dir))
	}
	s.lock.release() // the writer dies
	s.lock = nil
	if err := Recover(dir); err != nil || len(planFiles(t, dir)) != 1 {
		t.Errorf("Recover after the writer died: %v, %v", err, planFiles(t, dir))
	}
	if entries, _ := os.ReadDir(dir); hasLeftovers(entries) {
		t.Errorf("leftovers remain: %v", entries)
	}
}
