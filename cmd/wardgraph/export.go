package main

import (
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/dirstore"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/loaders/planfile"
	"github.com/wardgraph/wardgraph/memstore"
)

// export writes plans in the plan file format: those of the files given, or
// every plan of the chosen store. With --out DIR each plan goes to its own
// file (named after its id); without, to stdout.
func export(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	out := fs.String("out", "", "folder to write one plan file per plan into (default: stdout)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := sf.check(); err != nil {
		return err
	}
	plans, err := exportSource(ctx, sf, fs.Args(), stderr)
	if err != nil {
		return err
	}
	for _, p := range plans {
		if err := writePlan(p, *out, stdout); err != nil {
			return err
		}
	}
	return nil
}

// exportSource returns the plans of the files given, or of the store.
func exportSource(ctx context.Context, sf storeFlags, files []string, stderr io.Writer) ([]*wardgraph.Plan, error) {
	if len(files) == 0 {
		store, err := sf.open(ctx, stderr)
		if err != nil {
			return nil, err
		}
		defer store.Close()
		return store.Plans(ctx, wardgraph.PlanFilter{})
	}
	store := memstore.New()
	if sum := loaders.Load(ctx, store, files, loaders.LoadOptions{}); sum.Failed() {
		reportErrors(stderr, sum)
		return nil, errReported
	}
	return store.Plans(ctx, wardgraph.PlanFilter{})
}

func writePlan(p *wardgraph.Plan, dir string, stdout io.Writer) error {
	if dir == "" {
		return planfile.Encode(stdout, p)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return wardgraph.Wrap(err, wardgraph.EINVALID, "cannot create "+dir)
	}
	return dirstore.WriteFile(filepath.Join(dir, dirstore.FileName(p.ID)), p)
}
