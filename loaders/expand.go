package loaders

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/wardgraph/wardgraph"
)

// Skipped is a path a folder walk left out, and why.
type Skipped struct {
	Path   string
	Reason string // e.g. "unsupported file type .pdf", "a named pipe (FIFO), not a regular file"
}

// String is the line the CLI prints: "path: skipped: reason".
func (s Skipped) String() string { return s.Path + ": skipped: " + s.Reason }

// unsupportedPrefix starts the reason of a file skipped for its type.
const unsupportedPrefix = "unsupported file type "

// SkippedSummary counts skipped paths by extension for the summary line,
// e.g. "skipped: 3 files (.pdf 2, .docx 1)", or "" when none.
func SkippedSummary(skipped []Skipped) string {
	if len(skipped) == 0 {
		return ""
	}
	count := map[string]int{}
	for _, s := range skipped {
		key := strings.TrimPrefix(s.Reason, unsupportedPrefix)
		if !strings.HasPrefix(s.Reason, unsupportedPrefix) {
			key = "other"
		}
		count[key]++
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, count[k])
	}
	return fmt.Sprintf("skipped: %d %s (%s)", len(skipped), plural(len(skipped), "file"), strings.Join(parts, ", "))
}

// Count writes n with word, plural unless n is 1: "1 file", "2 files".
func Count(n int, word string) string { return fmt.Sprintf("%d %s", n, plural(n, word)) }

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// Scan is what Expand found under some paths.
type Scan struct {
	Files   []string    // the files to read, each once, in the order first found
	Skipped []Skipped   // what folder walks left out, and why
	Errors  []FileError // paths given that cannot be read at all
}

// Expand turns files and directories of the operating system into the list
// of files to load: a file named on its own is kept whatever its type (so
// that reading it says why it is refused); a directory gives, recursively
// and in lexical order, its page texts, HTML pages and plan files, skipping
// hidden names and index.json silently and listing in Scan.Skipped the
// other files, special files (FIFOs, devices, sockets), directories named
// like a file and symbolic links that loop, dangle or leave the folder.
// The error names every path that cannot be read.
func Expand(paths []string) ([]string, error) {
	return ExpandFS(osFS{}, paths)
}

// ExpandFS is Expand for the paths of fsys.
func ExpandFS(fsys fs.FS, paths []string) ([]string, error) {
	sc := ScanFS(fsys, paths)
	return sc.Files, scanError(sc.Errors)
}

// scanError joins the errors of a scan into one, or nil.
func scanError(errs []FileError) error {
	if len(errs) == 0 {
		return nil
	}
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	return wardgraph.Errorf(wardgraph.ErrorCode(errs[0].Err), "%s", strings.Join(msgs, "\n"))
}

// ScanPaths is Expand with what was skipped: paths of the operating system.
func ScanPaths(paths []string) Scan { return ScanFS(osFS{}, paths) }

// ScanFS lists the files under paths of fsys (see Expand).
func ScanFS(fsys fs.FS, paths []string) Scan {
	var sc Scan
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			sc.Files = append(sc.Files, name)
		}
	}
	for _, root := range paths {
		info, err := fs.Stat(fsys, root)
		switch {
		case err != nil:
			sc.Errors = append(sc.Errors, FileError{File: root, Err: openError(root, err)})
		case info.IsDir() && kindOf(root) != unsupported && kindOf(root) != sourcesIndex:
			sc.Errors = append(sc.Errors, FileError{File: root, Err: wardgraph.Errorf(wardgraph.EINVALID,
				"%s: is a directory named like a file, not a file: not read (name its folder, or rename it)", root)})
		case !info.IsDir():
			add(root)
		default:
			if err := walk(fsys, root, add, &sc.Skipped); err != nil {
				sc.Errors = append(sc.Errors, FileError{File: root, Err: err})
			}
		}
	}
	return sc
}

// walk calls add for every loadable file under the directory root and
// records what it skips.
func walk(fsys fs.FS, root string, add func(string), skipped *[]Skipped) error {
	var firstErr error
	skip := func(name, reason string) { *skipped = append(*skipped, Skipped{Path: name, Reason: reason}) }
	fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if firstErr == nil {
				firstErr = openError(name, err)
			}
			return nil
		case name == root:
			return nil
		case strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		case d.IsDir():
			if k := kindOf(name); k != unsupported && k != sourcesIndex {
				skip(name+"/", "a directory named like a file: not read")
				return fs.SkipDir
			}
			return nil
		}
		if kindOf(name) == sourcesIndex {
			return nil // read with the page texts next to it
		}
		if reason := entryProblem(fsys, root, name, d); reason != "" {
			skip(name, reason)
			return nil
		}
		add(name)
		return nil
	})
	return firstErr
}

// entryProblem says why a file found in a folder is not read, or "".
func entryProblem(fsys fs.FS, root, name string, d fs.DirEntry) string {
	if d.Type()&fs.ModeSymlink != 0 {
		if _, ok := fsys.(osFS); !ok {
			return "a symbolic link: not followed"
		}
		if reason := checkLink(root, name); reason != "" {
			return reason
		}
	}
	switch {
	case kindOf(name) == unsupported:
		return unsupportedPrefix + extOf(name)
	case d.Type()&fs.ModeSymlink == 0 && !d.Type().IsRegular():
		return typeName(d.Type()) + ", not a regular file"
	}
	return ""
}

// extOf is a file's extension for the skipped summary, lower-cased; "(none)"
// when it has none.
func extOf(name string) string {
	if e := strings.ToLower(path.Ext(name)); e != "" {
		return e
	}
	return "(none)"
}
