package loaders

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders/planfile"
	"github.com/wardgraph/wardgraph/sample"
)

// minimalPlan is the smallest valid plan file.
const minimalPlan = `{"ward": {"code": "27108"}, "fiscalYear": 2020, "title": "t"}`

// TestLoadBadInput loads a directory holding one bad file and a good one,
// naming the bad file too (files of unsupported types are loaded only when
// named), for every class of bad input: the bad file's error is exact and
// loads nothing, and the good file still loads.
func TestLoadBadInput(t *testing.T) {
	tests := []struct {
		name, file, content, want string
	}{
		{"empty text", "x.txt", "", "x.txt: empty: no text"},
		{"empty plan file", "x.json", "", "x.json: empty file"},
		{"binary text", "x.txt", "\x89PNG\r\n\x1a\n\x00\x00", "x.txt: binary data, not text: NUL byte at offset 8 (line 3)"},
		{"binary plan file", "x.yaml", "a\x00b", "x.yaml: binary file (contains NUL bytes), not a plan"},
		{"non-UTF-8 text", "x.txt", "平成29年度 西区運営方針\n\x82\xa0", "x.txt: not UTF-8: invalid byte 0x82 at offset 34 (line 2); not Shift_JIS or EUC-JP either"},
		{"non-UTF-8 plan file", "x.json", "{\"title\": \"\x82\xa0\"}", "x.json: not UTF-8 text (invalid byte at line 1, column 12)"},
		{"unsupported", "x.docx", "PK", `x.docx: unsupported file type ".docx": want .txt (a page text), .html or .htm (a page), or .json, .yaml, .yml (a plan file)`},
		{"not a policy page", "x.txt", "今日の天気は晴れです。\n明日は雨です。\n", ""},
		{"syntax error", "x.json", "{\n  \"ward\": {\"code\": \"27106\"},\n  \"fiscalYear\": 2017,\n}", "x.json:4:1: syntax error: invalid character '}' looking for beginning of object key string"},
		{"schema violation", "x.json", "{\"ward\": {\"code\": \"27106\"}, \"fiscalYear\": 2017, \"title\": \"t\",\n \"issues\": [{\"number\": 1, \"title\": \"i\", \"strategies\": [{\"title\": \"s\"}]}]}",
			"x.json:2:56: issues[0].strategies[0].code: missing property"},
		{"YAML schema violation", "x.yml", "ward:\n  code: \"27106\"\nfiscalYear: 2017\ntitle: t\nmissions:\n  - number: 1\n", "x.yml:6:5: missions[0].text: missing property"},
		{"unknown ward", "x.json", `{"ward": {"code": "27199"}, "fiscalYear": 2017, "title": "t"}`,
			`x.json:1:19: ward.code: unknown ward code "27199" (the registry holds the wards of Osaka City, 27102–27128)`},
		{"budget kind", "x.json", `{"ward": {"code": "27106"}, "fiscalYear": 2017, "title": "t", "issues": [{"number": 1, "title": "i", "budgets": [{"kind": "TOTAL", "amountYen": 5}]}]}`,
			`x.json:1:123: issues[0].budgets[0].kind: got "TOTAL", want one of BUDGET, WARD_CM, ESTIMATE, SETTLED`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{tt.file: tt.content, "good.json": minimalPlan})
			st := newStore(t)
			bad := filepath.Join(dir, tt.file)
			sum := Load(context.Background(), st, []string{dir, bad}, LoadOptions{})
			if len(sum.Errors) != 1 || sum.Errors[0].File != bad || sum.Plans != 1 || sum.Files != 2 {
				t.Fatalf("summary %+v; want one error for %s and one plan", sum, bad)
			}
			got := sum.Errors[0].Error()
			if tt.want == "" { // the page parser's own wording: assert only the file and code
				if !strings.HasPrefix(got, bad+": ") || wardgraph.ErrorCode(sum.Errors[0].Err) != wardgraph.EINVALID {
					t.Errorf("got %q", got)
				}
			} else if want := filepath.Join(dir, tt.want); got != want {
				t.Errorf("message\n got: %s\nwant: %s", got, want)
			}
			if ids := savedPlans(t, st); strings.Join(ids, " ") != "osaka/taisho/2020" {
				t.Errorf("store holds %v; want only the good plan", ids)
			}
		})
	}
}

func TestLoadHugeFileLoadsNothing(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "huge.json")
	if err := os.WriteFile(name, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(name, planfile.MaxBytes+1); err != nil {
		t.Fatal(err)
	}
	st := newStore(t)
	sum := Load(context.Background(), st, []string{name}, LoadOptions{})
	want := fmt.Sprintf("%s: file too large: %d bytes, the limit is %d", name, planfile.MaxBytes+1, planfile.MaxBytes)
	if len(sum.Errors) != 1 || sum.Errors[0].Error() != want || len(savedPlans(t, st)) != 0 {
		t.Errorf("summary %+v; want %s", sum, want)
	}
}

func TestLoadSample(t *testing.T) {
	st := newStore(t)
	var calls []string
	progress := func(done, total int, file string) { calls = append(calls, fmt.Sprintf("%d/%d %s", done, total, file)) }
	sum := Load(context.Background(), st, []string{sample.Dir}, LoadOptions{FS: sample.FS, Progress: progress})
	if sum.Failed() || sum.Files != 53 || sum.Plans != 53 || sum.Replaced != 0 || sum.Nodes == 0 || sum.Relationships == 0 {
		t.Fatalf("summary %+v", sum)
	}
	if len(calls) != 54 || calls[0] != "0/53 " || calls[53] != "53/53 osaka/yodogawa_2025.txt" {
		t.Errorf("progress calls %v", calls)
	}
	if got := savedPlans(t, st); len(got) != 53 {
		t.Errorf("store holds %v", got)
	}
}

// TestLoadTwiceChangesNothing loads the sample and a plan file twice: the
// second run replaces every plan and leaves the store exactly as it was.
func TestLoadTwiceChangesNothing(t *testing.T) {
	st := newStore(t)
	ctx := context.Background()
	first := Load(ctx, st, []string{sample.Dir}, LoadOptions{FS: sample.FS})
	before := snapshot(t, st)
	second := Load(ctx, st, []string{sample.Dir}, LoadOptions{FS: sample.FS})
	if first.Failed() || second.Failed() || second.Replaced != second.Plans || second.Plans != first.Plans ||
		second.Nodes != first.Nodes || second.Relationships != first.Relationships {
		t.Errorf("first %v\nsecond %v", first, second)
	}
	if after := snapshot(t, st); after != before {
		t.Error("loading the sample again changed the store")
	}
}

// snapshot returns everything the store holds about its plans and graph.
func snapshot(t *testing.T, st wardgraph.Store) string {
	t.Helper()
	ctx := context.Background()
	plans, err := st.Plans(ctx, wardgraph.PlanFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range plans {
		ids = append(ids, p.ID)
	}
	nodes, err := st.Nodes(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := st.Neighborhood(ctx, "osaka/nishi/2017", 2)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal([]any{plans, nodes, sub})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestLoadSamePlanTwiceInOneRun: a page and its export yield one plan id;
// the first file loads, the second is refused naming both.
func TestLoadSamePlanTwiceInOneRun(t *testing.T) {
	p, _, err := ReadFile(nishiText)
	if err != nil {
		t.Fatal(err)
	}
	export, err := planfile.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	dir := writeFiles(t, map[string]string{"a_nishi.txt": readText(t, nishiText), "b_nishi.json": string(export)})
	st := newStore(t)
	sum := Load(context.Background(), st, []string{dir}, LoadOptions{})
	a, b := filepath.Join(dir, "a_nishi.txt"), filepath.Join(dir, "b_nishi.json")
	want := b + ": plan osaka/nishi/2017 was already loaded from " + a + " in this run; not loaded again"
	if sum.Plans != 1 || len(sum.Errors) != 1 || sum.Errors[0].Error() != want {
		t.Errorf("summary %+v\nwant error %s", sum, want)
	}
}

func TestLoadMissingPathStillLoadsTheRest(t *testing.T) {
	dir := writeFiles(t, map[string]string{"good.json": minimalPlan})
	st := newStore(t)
	missing := filepath.Join(dir, "missing")
	sum := Load(context.Background(), st, []string{missing, dir}, LoadOptions{})
	if sum.Plans != 1 || len(sum.Errors) != 1 || sum.Errors[0].Error() != missing+": no such file or directory" {
		t.Errorf("summary %+v", sum)
	}
}

func TestLoadCancelled(t *testing.T) {
	st := newStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum := Load(ctx, st, []string{sample.Dir}, LoadOptions{FS: sample.FS})
	want := "loading stopped before osaka/abeno_2018.txt: 53 of 53 files not loaded"
	if sum.Plans != 0 || len(sum.Errors) != 1 || sum.Errors[0].Error() != want || len(savedPlans(t, st)) != 0 {
		t.Errorf("summary %+v", sum)
	}
}

// failingStore is a store whose SavePlan always fails, as a store that
// cannot be reached does.
type failingStore struct{ wardgraph.Store }

func (failingStore) SavePlan(context.Context, *wardgraph.Plan) (wardgraph.SaveStats, error) {
	return wardgraph.SaveStats{}, wardgraph.Wrap(fmt.Errorf("dial tcp: connection refused"), wardgraph.EUNAVAILABLE, "neo4j store unreachable")
}

func TestLoadStoreErrorNamesFileAndHidesInternals(t *testing.T) {
	dir := writeFiles(t, map[string]string{"good.json": minimalPlan})
	sum := Load(context.Background(), failingStore{newStore(t)}, []string{dir}, LoadOptions{})
	want := filepath.Join(dir, "good.json") + ": saving plan osaka/taisho/2020: neo4j store unreachable"
	if len(sum.Errors) != 1 || sum.Errors[0].Error() != want || wardgraph.ErrorCode(sum.Errors[0].Err) != wardgraph.EUNAVAILABLE || sum.Plans != 0 {
		t.Errorf("summary %+v\nwant %s", sum, want)
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{Files: 3, Plans: 2, Replaced: 1, Nodes: 10, Relationships: 20, Warnings: []string{"w"}, Errors: []FileError{{}}}
	if got := s.String(); got != "3 files: 2 plans loaded (1 replaced, 0 unchanged), 10 nodes, 20 relationships, 1 warning, 1 error" {
		t.Errorf("got %q", got)
	}
	one := Summary{Files: 1, Plans: 1, Unchanged: 1, Nodes: 1, Relationships: 1}
	if got := one.String(); got != "1 file: 1 plan loaded (0 replaced, 1 unchanged), 1 node, 1 relationship, 0 warnings, 0 errors" {
		t.Errorf("got %q", got)
	}
	s.Coverage = wardgraph.Coverage{Lines: 40, Placed: 39}
	if got := s.String(); got != "3 files: 2 plans loaded (1 replaced, 0 unchanged), 10 nodes, 20 relationships, 1 warning, 1 error; page text lines placed 39/40 (97.5%)" {
		t.Errorf("with coverage: got %q", got)
	}
}
