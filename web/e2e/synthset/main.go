// Command synthset writes the browser tests' larger multi-ward data set as
// plan files into a folder, for `wardgraph serve --data DIR`: the bundled
// real plans plus synthetic plans (package synth, cloned from the richest
// bundled plan) for every ward over
// -years fiscal years from -first (default 2018–2019). A synthetic plan
// whose id a real plan has is left out, so no real plan is replaced.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/loaders/planfile"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/sample"
	"github.com/wardgraph/wardgraph/synth"
)

func main() {
	out := flag.String("out", "", "folder to write the plan files into (created)")
	first := flag.Int("first", 2018, "first synthetic fiscal year")
	years := flag.Int("years", 2, "how many synthetic fiscal years")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "synthset: -out DIR is required")
		os.Exit(2)
	}
	n, err := write(*out, *first, *years)
	if err != nil {
		fmt.Fprintln(os.Stderr, "synthset:", wardgraph.ErrorMessage(err))
		os.Exit(1)
	}
	fmt.Printf("synthset: %d plans in %s\n", n, *out)
}

// write saves the bundled and the synthetic plans as plan files in dir.
func write(dir string, first, years int) (int, error) {
	real, err := bundled()
	if err != nil {
		return 0, err
	}
	fake, err := synth.Generate([]*wardgraph.Plan{richest(real)}, first, years)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	all := append(real, without(fake, real)...)
	for _, p := range all {
		data, err := planfile.Marshal(p)
		if err != nil {
			return 0, err
		}
		name := filepath.Join(dir, strings.ReplaceAll(p.ID, "/", "_")+".json")
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return 0, err
		}
	}
	return len(all), nil
}

// richest is the plan with the most initiatives (the whole Nishi 2017 page):
// every synthetic plan is a full one, so comparisons have something to show.
func richest(plans []*wardgraph.Plan) *wardgraph.Plan {
	best := plans[0]
	for _, p := range plans[1:] {
		if len(p.Initiatives()) > len(best.Initiatives()) {
			best = p
		}
	}
	return best
}

// without drops the synthetic plans whose id a real plan has: a real plan is never replaced.
func without(fake, real []*wardgraph.Plan) []*wardgraph.Plan {
	ids := map[string]bool{}
	for _, p := range real {
		ids[p.ID] = true
	}
	var out []*wardgraph.Plan
	for _, p := range fake {
		if !ids[p.ID] {
			out = append(out, p)
		}
	}
	return out
}

// bundled parses the bundled sample pages.
func bundled() ([]*wardgraph.Plan, error) {
	ctx, s := context.Background(), memstore.New()
	if sum := loaders.Load(ctx, s, []string{sample.Dir}, loaders.LoadOptions{FS: sample.FS}); sum.Failed() {
		return nil, sum.Errors[0]
	}
	return s.Plans(ctx, wardgraph.PlanFilter{})
}
