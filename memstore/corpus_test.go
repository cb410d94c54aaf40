package memstore

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	wardgraph "github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/storetest"
	"github.com/wardgraph/wardgraph/synth"
)

// TestSearchAfterChurn re-saves every plan of a synthetic set with new
// texts, round after round, and checks after each round that Search still
// matches the reference (no text of a replaced plan is found, every new one
// is) and that the corpus dropped the texts no part holds any more.
func TestSearchAfterChurn(t *testing.T) {
	ctx := context.Background()
	plans, err := synth.Generate(storetest.Fixtures(), 2016, 3)
	if err != nil {
		t.Fatal(err)
	}
	s := New()
	for round := range 6 {
		for _, p := range plans {
			for i := range p.Issues {
				p.Issues[i].Title = fmt.Sprintf("%s 改訂%d %s", p.Issues[i].Title, round, p.ID)
			}
		}
		if _, err := s.SavePlans(ctx, plans); err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{"子育て", fmt.Sprintf("改訂%d", round), "改訂0", "の"} {
			got, err := s.Search(ctx, wardgraph.SearchQuery{Text: q, First: 50})
			if err != nil {
				t.Fatal(err)
			}
			if want := referenceSearch(s, q, 50); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, Search(%q): %v, want %v", round, q, brief(got), brief(want))
			}
		}
		if live := len(s.texts.held) - s.texts.dead; s.texts.dead > max(compactAt, live) {
			t.Fatalf("round %d: %d dead texts kept beside %d live ones", round, s.texts.dead, live)
		}
	}
}
