// Package dirstore keeps the embedded store's plans on disk: a folder of plan
// files (one per plan, named after its id) that `wardgraph serve --data DIR`
// reads back. `wardgraph load --data DIR` writes through it.
package dirstore

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/loaders/planfile"
)

// Store is a wardgraph.Store whose SavePlan also writes the plan's file into
// a folder. Reads are the inner store's.
type Store struct {
	wardgraph.Store
	dir string
}

// New opens the folder dir (creating it if needed), loads the plan files
// already in it into inner, and returns the write-through store. A file in
// dir that cannot be loaded is an error: the folder must hold only plans.
func New(dir string, inner wardgraph.Store) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, wardgraph.Wrap(err, wardgraph.EINVALID, "cannot create the data folder "+dir)
	}
	sum := loaders.Load(context.Background(), inner, []string{dir}, loaders.LoadOptions{})
	if len(sum.Errors) > 0 {
		return nil, wardgraph.Wrap(sum.Errors[0], wardgraph.EINVALID,
			"data folder "+dir+": "+wardgraph.ErrorMessage(sum.Errors[0].Err))
	}
	return &Store{Store: inner, dir: dir}, nil
}

// SavePlan saves the plan into the inner store, which validates it, then
// writes its file atomically. A plan that the store refuses writes nothing.
func (s *Store) SavePlan(ctx context.Context, p *wardgraph.Plan) (wardgraph.SaveStats, error) {
	data, err := planfile.Marshal(p)
	if err != nil {
		return wardgraph.SaveStats{}, err
	}
	stats, err := s.Store.SavePlan(ctx, p)
	if err != nil {
		return stats, err
	}
	return stats, writeAtomic(filepath.Join(s.dir, FileName(p.ID)), data)
}

// FileName is the name of a plan's file: its id with / replaced by -, e.g.
// osaka-nishi-2017.json.
func FileName(planID string) string {
	return strings.ReplaceAll(planID, "/", "-") + ".json"
}

// WriteFile writes the plan's file to path atomically.
func WriteFile(path string, p *wardgraph.Plan) error {
	data, err := planfile.Marshal(p)
	if err != nil {
		return err
	}
	return writeAtomic(path, data)
}

// writeAtomic writes data to a temporary file beside path and renames it
// into place, so a reader never sees half a file. An identical file is left
// untouched.
func writeAtomic(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return wardgraph.Wrap(err, wardgraph.EINVALID, "cannot write into "+filepath.Dir(path))
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return wardgraph.Wrap(err, wardgraph.EINVALID, "cannot write "+path)
	}
	if err := tmp.Close(); err != nil {
		return wardgraph.Wrap(err, wardgraph.EINVALID, "cannot write "+path)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return wardgraph.Wrap(err, wardgraph.EINVALID, "cannot write "+path)
	}
	return nil
}
