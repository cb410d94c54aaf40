package loaders

import (
	"io/fs"
	"strings"

	"github.com/wardgraph/wardgraph"
)

// Expand turns files and directories of the operating system into the list
// of files to load: a file named on its own is kept whatever its type (so
// that reading it says why it is refused); a directory gives, recursively
// and in lexical order, its page texts and plan files, skipping hidden
// names, other file types and index.json. Files appear once, in the order
// first found. The error names every path that cannot be read.
func Expand(paths []string) ([]string, error) {
	return ExpandFS(osFS{}, paths)
}

// ExpandFS is Expand for the paths of fsys.
func ExpandFS(fsys fs.FS, paths []string) ([]string, error) {
	files, errs := expand(fsys, paths)
	if len(errs) == 0 {
		return files, nil
	}
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	return files, wardgraph.Errorf(wardgraph.ErrorCode(errs[0].Err), "%s", strings.Join(msgs, "\n"))
}

// expand lists the files under paths, with an error for each path that
// cannot be read.
func expand(fsys fs.FS, paths []string) ([]string, []FileError) {
	var files []string
	var errs []FileError
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			files = append(files, name)
		}
	}
	for _, root := range paths {
		info, err := fs.Stat(fsys, root)
		if err != nil {
			errs = append(errs, FileError{File: root, Err: openError(root, err)})
			continue
		}
		if !info.IsDir() {
			add(root)
			continue
		}
		if err := walk(fsys, root, add); err != nil {
			errs = append(errs, FileError{File: root, Err: err})
		}
	}
	return files, errs
}

// walk calls add for every loadable file under the directory root.
func walk(fsys fs.FS, root string, add func(string)) error {
	var firstErr error
	fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if firstErr == nil {
				firstErr = openError(name, err)
			}
			return nil
		case name != root && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return fs.SkipDir
			}
		case !d.IsDir() && loadable(name):
			add(name)
		}
		return nil
	})
	return firstErr
}

// loadable reports whether a file found in a directory is one to load.
func loadable(name string) bool {
	k := kindOf(name)
	return k == pageText || k == htmlPage || k == planFile
}
