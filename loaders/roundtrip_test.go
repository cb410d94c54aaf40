package loaders

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/wardgraph/wardgraph"

	"github.com/wardgraph/wardgraph/loaders/planfile"
	"github.com/wardgraph/wardgraph/sample"
)

// TestRoundTripSample checks, for every text of the bundled sample, that
// parse → export → decode → export gives the same bytes twice over.
func TestRoundTripSample(t *testing.T) {
	files, err := ExpandFS(sample.FS, []string{sample.Dir})
	if err != nil || len(files) == 0 {
		t.Fatalf("ExpandFS(sample) = %v, %v", files, err)
	}
	for _, f := range files {
		p, _, err := ReadFS(sample.FS, f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		first, err := planfile.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		q, err := planfile.Decode(f+".json", first)
		if err != nil {
			t.Errorf("%s: decoding its export: %v", f, err)
			continue
		}
		second, err := planfile.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Errorf("%s: parse → export → decode → export is not byte-identical", f)
		}
	}
}

// TestRoundTripThroughStore follows the CLI: load the sample, export every
// plan the store returns, load the exports into a second store and export
// again. Both exports must equal the export of the parse, byte for byte.
func TestRoundTripThroughStore(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	if sum := Load(ctx, st, []string{sample.Dir}, LoadOptions{FS: sample.FS}); sum.Failed() || sum.Plans != 53 {
		t.Fatalf("loading the sample: %v %v", sum, sum.Errors)
	}
	parsed := map[string][]byte{}
	files, _ := ExpandFS(sample.FS, []string{sample.Dir})
	for _, f := range files {
		p, _, err := ReadFS(sample.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		parsed[p.ID], _ = planfile.Marshal(p)
	}
	exports := writeFiles(t, exportStore(t, st, parsed))
	st2 := newStore(t)
	if sum := Load(ctx, st2, []string{exports}, LoadOptions{}); sum.Failed() || sum.Plans != 53 {
		t.Fatalf("loading the exports: %v %v", sum, sum.Errors)
	}
	exportStore(t, st2, parsed)
}

// exportStore exports every plan of st, checks each against want (by plan
// id) and returns the exports by file name.
func exportStore(t *testing.T, st wardgraph.Store, want map[string][]byte) map[string]string {
	t.Helper()
	plans, err := st.Plans(context.Background(), wardgraph.PlanFilter{})
	if err != nil || len(plans) != len(want) {
		t.Fatalf("Plans = %d plans, %v; want %d", len(plans), err, len(want))
	}
	files := map[string]string{}
	for _, p := range plans {
		b, err := planfile.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, want[p.ID]) {
			t.Errorf("%s: the store's export differs from the parse's", p.ID)
		}
		files[strings.ReplaceAll(p.ID, "/", "_")+".json"] = string(b)
	}
	return files
}
