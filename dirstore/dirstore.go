// Package dirstore keeps the embedded store's plans on disk: a folder of plan
// files (one per plan, named after its id) that `wardgraph serve --data DIR`
// reads back. `wardgraph load --data DIR` writes through it.
//
// A folder cannot lose an update. One writer at a time holds the folder's
// lock file (.lock, with the holder's pid); a second one waits a bounded
// time, then fails naming the holder. Plans saved are staged beside their
// files and published together by Commit, so a load killed at any point
// leaves the folder as it was or as the whole load made it: every file is
// fsynced before its rename and the folder after, a manifest of the
// published names makes an interrupted publication finish at the next
// start, and staged files left behind are removed then. Files get the
// umask's permissions (0644 under the usual 022).
package dirstore

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders"
	"github.com/wardgraph/wardgraph/loaders/planfile"
)

// Store is a wardgraph.Store whose SavePlan also stages the plan's file in
// a folder, for Commit to publish. Reads are the inner store's.
type Store struct {
	wardgraph.Store
	dir    string
	lock   *lock
	staged map[string]string // final file name -> staged file name
	seq    int
}

// Options tune New.
type Options struct {
	// Wait is how long New waits for another writer's lock before it fails
	// (0: fail at once).
	Wait time.Duration
}

// New locks the folder dir for writing (creating it if needed), finishes or
// removes what an interrupted writer left, loads the plan files in it into
// inner, and returns the write-through store. A file in dir that cannot be
// loaded is an error: the folder must hold only plans.
func New(dir string, inner wardgraph.Store, opts Options) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, named(err, "cannot create the data folder "+dir)
	}
	l, err := acquire(dir, opts.Wait)
	if err != nil {
		return nil, err
	}
	s := &Store{Store: inner, dir: dir, lock: l, staged: map[string]string{}}
	if err := recoverDir(dir); err != nil {
		s.release()
		return nil, err
	}
	sum := loaders.Load(context.Background(), inner, []string{dir}, loaders.LoadOptions{})
	if len(sum.Errors) > 0 {
		s.release()
		return nil, wardgraph.Wrap(sum.Errors[0], wardgraph.EINVALID,
			"data folder "+dir+": "+wardgraph.ErrorMessage(sum.Errors[0].Err))
	}
	return s, nil
}

// SavePlan saves the plan into the inner store, which validates it, then
// stages its file (fsynced) for Commit. A plan that the store refuses
// stages nothing; a plan whose file is already in the folder, byte for
// byte, stages nothing and is Unchanged.
func (s *Store) SavePlan(ctx context.Context, p *wardgraph.Plan) (wardgraph.SaveStats, error) {
	data, err := planfile.Marshal(p)
	if err != nil {
		return wardgraph.SaveStats{}, err
	}
	stats, err := s.Store.SavePlan(ctx, p)
	if err != nil {
		return stats, err
	}
	name := FileName(p.ID)
	if old, err := os.ReadFile(filepath.Join(s.dir, name)); err == nil && bytes.Equal(old, data) {
		stats.Unchanged = true
		s.unstage(name)
		return stats, nil
	}
	s.seq++
	tmp := s.lock.session + "-" + itoa(s.seq) + "-" + name
	if err := writeSynced(filepath.Join(s.dir, tmp), data); err != nil {
		return stats, err
	}
	s.unstage(name)
	s.staged[name] = tmp
	return stats, nil
}

// unstage forgets and removes an earlier staged file of the same name.
func (s *Store) unstage(name string) {
	if tmp, ok := s.staged[name]; ok {
		os.Remove(filepath.Join(s.dir, tmp))
		delete(s.staged, name)
	}
}

// Commit publishes every plan staged since the last Commit, all together:
// after a crash at any point the next New finishes the publication or
// leaves the folder as it was before it.
func (s *Store) Commit() error {
	if len(s.staged) == 0 {
		return nil
	}
	if err := publish(s.dir, s.lock.session, s.staged); err != nil {
		return err
	}
	s.staged = map[string]string{}
	return nil
}

// Close removes what was staged and not committed, releases the folder's
// lock and closes the inner store.
func (s *Store) Close() error {
	for name := range s.staged {
		s.unstage(name)
	}
	s.release()
	return s.Store.Close()
}

func (s *Store) release() {
	if s.lock != nil {
		s.lock.release()
		s.lock = nil
	}
}

// FileName is the name of a plan's file: its id with / replaced by -, e.g.
// osaka-nishi-2017.json.
func FileName(planID string) string {
	return strings.ReplaceAll(planID, "/", "-") + ".json"
}

// WriteFile writes the plan's file to path atomically (fsynced, renamed
// into place, folder fsynced). An identical file is left untouched.
func WriteFile(path string, p *wardgraph.Plan) error {
	data, err := planfile.Marshal(p)
	if err != nil {
		return err
	}
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	dir := filepath.Dir(path)
	tmp := filepath.Join(dir, tmpPrefix+"export-"+itoa(os.Getpid())+"-"+filepath.Base(path))
	if err := writeSynced(tmp, data); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return named(err, "cannot write "+path)
	}
	return syncDir(dir)
}

// Recover finishes or removes what an interrupted writer left in dir, for a
// reader about to read the folder (serve --data). It does nothing when a
// writer holds the folder (that writer recovered it when it started) or
// when the folder cannot be locked (a read-only folder of page texts).
func Recover(dir string) error {
	if entries, err := os.ReadDir(dir); err != nil || !hasLeftovers(entries) {
		return nil
	}
	l, err := acquire(dir, 0)
	if err != nil {
		return nil
	}
	defer l.release()
	return recoverDir(dir)
}

func hasLeftovers(entries []os.DirEntry) bool {
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tmpPrefix) || strings.HasPrefix(e.Name(), manifestPrefix) {
			return true
		}
	}
	return false
}
