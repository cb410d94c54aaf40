// Package templates gives synth its templates: the bundled real plans that
// have initiatives. It is apart from synth so that synth stays free of the
// loaders and stores (the embedded store's own tests use synth).
package templates

import (
	"context"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/sample"
)

// FromSample parses the bundled pages and returns those plans that have
// initiatives, in the store's plan order.
func FromSample() ([]*wardgraph.Plan, error) {
	ctx, tmp := context.Background(), memstore.New()
	if sum := loaders.Load(ctx, tmp, []string{sample.Dir}, loaders.LoadOptions{FS: sample.FS}); sum.Failed() {
		return nil, sum.Errors[0]
	}
	all, err := tmp.Plans(ctx, wardgraph.PlanFilter{})
	var out []*wardgraph.Plan
	for _, p := range all {
		if len(p.Initiatives()) > 0 {
			out = append(out, p)
		}
	}
	return out, err
}
