//go:build unix

package dirstore

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
	"github.com/wardgraph/wardgraph/synth"
)

// The writer process of the crash tests: with DIRSTORE_TEST_DIR set, this
// test (run by the others as a child process) saves the marked synthetic
// plans into the folder and commits.
func TestWriterProcess(t *testing.T) {
	dir, mark := os.Getenv("DIRSTORE_TEST_DIR"), os.Getenv("DIRSTORE_TEST_MARK")
	if dir == "" {
		t.Skip("the writer process of TestKillDuringLoad and TestTwoWriters; runs only as their child")
	}
	s, err := New(dir, memstore.New(), Options{Wait: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range markedPlans(t, mark) {
		if _, err := s.SavePlan(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// markedPlans are 72 synthetic plans whose titles start with mark.
func markedPlans(t *testing.T, mark string) []*wardgraph.Plan {
	plans, err := synth.Generate(storetest.Fixtures(), 2001, 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plans {
		p.Title = mark + " " + p.Title
	}
	return plans
}

func writer(dir, mark string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestWriterProcess$")
	cmd.Env = append(os.Environ(), "DIRSTORE_TEST_DIR="+dir, "DIRSTORE_TEST_MARK="+mark)
	return cmd
}

// folderMarks opens the folder as the next writer would (finishing or
// removing what a killed writer left), fails t unless every file loads
// whole and nothing staged is left, and returns the marks of its plans.
func folderMarks(t *testing.T, dir string) map[string]int {
	t.Helper()
	s, err := New(dir, memstore.New(), Options{Wait: 10 * time.Second})
	if err != nil {
		t.Fatalf("the folder does not load after a kill: %v", err)
	}
	defer s.Close()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tmpPrefix) || strings.HasPrefix(e.Name(), manifestPrefix) {
			t.Errorf("%s left after recovery", e.Name())
		}
	}
	plans, _ := s.Plans(context.Background(), wardgraph.PlanFilter{})
	marks := map[string]int{}
	for _, p := range plans {
		marks[strings.Fields(p.Title)[0]]++
	}
	return marks
}

// TestKillDuringLoad kills a writer with SIGKILL at a random moment of its
// load, again and again: after each kill the folder loads whole and holds
// one load only, the one before or the one killed.
func TestKillDuringLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns writer processes; not in -short")
	}
	dir := t.TempDir()
	if out, err := writer(dir, "gen0").CombinedOutput(); err != nil {
		t.Fatalf("first load: %v\n%s", err, out)
	}
	start := time.Now()
	if out, err := writer(dir, "gen1").CombinedOutput(); err != nil {
		t.Fatalf("second load: %v\n%s", err, out)
	}
	took := time.Since(start)
	prev, before, after := "gen1", 0, 0
	for i := 2; i < 14; i++ {
		mark := fmt.Sprintf("gen%d", i)
		cmd := writer(dir, mark)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rand.Int64N(int64(took + took/5))))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		marks := folderMarks(t, dir)
		switch {
		case len(marks) == 1 && marks[prev] == 72:
			before++
		case len(marks) == 1 && marks[mark] == 72:
			prev = mark
			after++
		default:
			t.Fatalf("kill %d: the folder holds %v; want all 72 plans of %s or of %s", i, marks, prev, mark)
		}
	}
	t.Logf("12 kills (a load takes %v): %d left the previous load, %d the killed one complete", took, before, after)
}

// TestTwoWriters starts two loads of one folder at once: the second waits
// for the first, both succeed, and the folder holds all of one of them.
func TestTwoWriters(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns writer processes; not in -short")
	}
	dir := t.TempDir()
	a, b := writer(dir, "A"), writer(dir, "B")
	var outA, outB strings.Builder
	a.Stdout, a.Stderr, b.Stdout, b.Stderr = &outA, &outA, &outB, &outB
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	if err := b.Start(); err != nil {
		t.Fatal(err)
	}
	if err := a.Wait(); err != nil {
		t.Errorf("writer A: %v\n%s", err, outA.String())
	}
	if err := b.Wait(); err != nil {
		t.Errorf("writer B: %v\n%s", err, outB.String())
	}
	marks := folderMarks(t, dir)
	if len(marks) != 1 || (marks["A"] != 72 && marks["B"] != 72) {
		t.Errorf("the folder holds %v; want all 72 plans of A or of B", marks)
	}
}
