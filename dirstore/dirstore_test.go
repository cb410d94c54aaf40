package dirstore

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/storetest"
)

func TestSavePlanWritesThroughAndReloads(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s, err := New(dir, memstore.New())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, p := range storetest.Fixtures() {
		if _, err := s.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := os.ReadDir(dir)
	if len(files) != len(storetest.Fixtures()) {
		t.Fatalf("%d files for %d plans", len(files), len(storetest.Fixtures()))
	}
	again, err := New(dir, memstore.New())
	if err != nil {
		t.Fatal(err)
	}
	plans, _ := again.Plans(ctx, wardgraph.PlanFilter{})
	if len(plans) != len(files) {
		t.Errorf("reopened folder has %d plans, want %d", len(plans), len(files))
	}
	stats, err := again.SavePlan(ctx, storetest.Fixtures()[0])
	if err != nil || !stats.Replaced {
		t.Errorf("saving a plan already in the folder: %+v, %v; want Replaced", stats, err)
	}
}

func TestRefusedPlanWritesNothing(t *testing.T) {
	dir := t.TempDir()
	s, _ := New(dir, memstore.New())
	p := storetest.Fixtures()[0]
	p.ID = "osaka/nishi/1999" // not what AssignIDs gives: the store refuses it
	if _, err := s.SavePlan(context.Background(), p); wardgraph.ErrorCode(err) != wardgraph.EINVALID {
		t.Fatalf("err %v, want INVALID", err)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("a refused plan left %d files", len(files))
	}
}

func TestFolderWithForeignFileIsRefused(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.json"), []byte(`{"hello": 1}`), 0o644)
	_, err := New(dir, memstore.New())
	if wardgraph.ErrorCode(err) != wardgraph.EINVALID || !strings.Contains(wardgraph.ErrorMessage(err), "notes.json") {
		t.Errorf("err %v, want INVALID naming notes.json", err)
	}
}

func TestFileName(t *testing.T) {
	if got := FileName("osaka/chuo/2017-draft"); got != "osaka-chuo-2017-draft.json" {
		t.Errorf("FileName = %q", got)
	}
}
