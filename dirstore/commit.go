package dirstore

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/wardgraph/wardgraph"
)

// manifestPrefix starts the name of a publication's manifest: the list of
// the staged files it renames into place, one "staged final" pair a line.
// While it exists the publication is under way, and a start that finds one
// finishes it.
const manifestPrefix = ".commit-"

// publish renames staged files into place as one step: the manifest is
// written (fsynced, renamed into place, folder fsynced) first, then the
// renames are done and the folder fsynced, then the manifest removed.
func publish(dir, session string, staged map[string]string) error {
	var b strings.Builder
	for _, final := range slices.Sorted(maps.Keys(staged)) {
		b.WriteString(staged[final] + " " + final + "\n")
	}
	tmp := filepath.Join(dir, session+"-manifest")
	if err := writeSynced(tmp, []byte(b.String())); err != nil {
		return err
	}
	manifest := filepath.Join(dir, manifestPrefix+strings.TrimPrefix(session, tmpPrefix))
	if err := os.Rename(tmp, manifest); err != nil {
		os.Remove(tmp)
		return named(err, "cannot write "+manifest)
	}
	if err := syncDir(dir); err != nil {
		return err
	}
	return finish(dir, manifest)
}

// finish does the renames a manifest lists (those not done yet), fsyncs the
// folder and removes the manifest.
func finish(dir, manifest string) error {
	data, err := os.ReadFile(manifest)
	if err != nil {
		return named(err, "cannot read "+manifest)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		staged, final, ok := strings.Cut(line, " ")
		if !ok || strings.Contains(final, "/") || strings.Contains(staged, "/") {
			return wardgraph.Errorf(wardgraph.EINVALID, "%s: line %q is not \"staged final\"", manifest, line)
		}
		err := os.Rename(filepath.Join(dir, staged), filepath.Join(dir, final))
		if err != nil && !os.IsNotExist(err) { // not there: renamed before a crash
			return named(err, "cannot write "+filepath.Join(dir, final))
		}
	}
	if err := syncDir(dir); err != nil {
		return err
	}
	if err := os.Remove(manifest); err != nil {
		return named(err, "cannot remove "+manifest)
	}
	return syncDir(dir)
}

// recoverDir finishes the publications an interrupted writer left under
// way and removes every staged file left behind. The caller holds the lock.
func recoverDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return named(err, "cannot read the data folder "+dir)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), manifestPrefix) {
			if err := finish(dir, filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	removed := false
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tmpPrefix) && e.Type().IsRegular() {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !os.IsNotExist(err) {
				return named(err, "cannot remove "+filepath.Join(dir, e.Name()))
			}
			removed = true
		}
	}
	if removed {
		return syncDir(dir)
	}
	return nil
}
