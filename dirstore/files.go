package dirstore

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"syscall"

	"github.com/wardgraph/wardgraph"
)

// tmpPrefix starts the name of every file a writer stages; the folder walk
// of the loaders skips such hidden names.
const tmpPrefix = ".tmp-"

// writeSynced creates path (which must not exist) with the umask's
// permissions, writes data and fsyncs it. On failure nothing is left.
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return named(err, "cannot write into "+filepath.Dir(path))
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return named(err, "cannot write "+path)
	}
	return nil
}

// syncDir fsyncs a folder, so that renames and removals in it are durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return named(err, "cannot sync the folder "+dir)
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) { // some file systems cannot sync a folder
		return named(err, "cannot sync the folder "+dir)
	}
	return nil
}

// named wraps a file system error with a message that says what happened
// in words: a full disk or a refused permission are named as such.
func named(err error, msg string) error {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		msg += ": no space left on the device (free some and load again; the folder keeps its previous plans)"
	case errors.Is(err, syscall.EDQUOT):
		msg += ": disk quota exceeded (the folder keeps its previous plans)"
	case errors.Is(err, os.ErrPermission):
		msg += ": permission denied"
	case errors.Is(err, syscall.EROFS):
		msg += ": read-only file system"
	}
	return wardgraph.Wrap(err, wardgraph.EINVALID, msg)
}

func itoa(n int) string { return strconv.Itoa(n) }
