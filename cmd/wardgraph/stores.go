package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/dirstore"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/memstore"
	"github.com/wardgraph/wardgraph/neo4jstore"
	"github.com/wardgraph/wardgraph/sample"
)

// storeFlags choose the store a command works on: the embedded store with
// the bundled sample (default) or the plans of --data DIR, or Neo4j.
type storeFlags struct {
	data  string
	neo4j string
}

func (f *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.data, "data", "", "folder of page texts and plan files for the embedded store (default: the bundled sample)")
	fs.StringVar(&f.neo4j, "neo4j", os.Getenv("NEO4J_URI"), "Neo4j URI, e.g. bolt://localhost:7687 (default $NEO4J_URI; credentials from NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)")
}

func (f *storeFlags) check() error {
	if f.data != "" && f.neo4j != "" {
		return usageError("--data and --neo4j choose different stores: give one")
	}
	return nil
}

// name names the store for messages and /readyz.
func (f *storeFlags) name() string {
	if f.neo4j != "" {
		return "neo4j"
	}
	return "embedded"
}

// open returns the chosen store. The embedded store is filled from --data or
// the bundled sample; a file that fails to load is reported and the rest
// still load.
func (f *storeFlags) open(ctx context.Context, stderr io.Writer) (wardgraph.Store, error) {
	if f.neo4j != "" {
		cfg := neo4jstore.ConfigFromEnv()
		cfg.URI = f.neo4j
		return neo4jstore.Open(ctx, cfg)
	}
	s := memstore.New()
	paths, opts := []string{sample.Dir}, loaders.LoadOptions{FS: sample.FS}
	if f.data != "" {
		paths, opts = []string{f.data}, loaders.LoadOptions{RequireFiles: true}
		if err := dirstore.Recover(f.data); err != nil {
			return nil, err
		}
	}
	sum := loaders.Load(ctx, s, paths, opts)
	for _, e := range sum.Errors {
		fmt.Fprintln(stderr, "wardgraph:", wardgraph.ErrorMessage(e.Err))
	}
	for _, sk := range sum.Skipped {
		fmt.Fprintln(stderr, "wardgraph:", sk)
	}
	if sum.Plans == 0 && len(sum.Errors) > 0 {
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "no plan could be loaded from %s", paths[0])
	}
	return s, nil
}
