package loaders

import (
	"bytes"
	"testing"

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
