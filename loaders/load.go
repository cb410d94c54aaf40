package loaders

import (
	"context"
	"fmt"
	"io/fs"
	"strings"

	"github.com/wardgraph/wardgraph"
)

// LoadOptions configures Load.
type LoadOptions struct {
	// FS is the file tree the paths name; nil for the operating system's
	// files.
	FS fs.FS
	// Progress, when set, is called once before the first file with done 0
	// and file "", then after each file with the number of files done, the
	// total and the file just done. The CLI draws its progress bar with it.
	Progress func(done, total int, file string)
	// AllowEmpty loads pages (texts and HTML) that parse into a plan with no
	// goal, no missions and no issues, which are refused by default: such a
	// page is a bad download or not a plan, and must not replace a good
	// plan. Plan files are never refused for it.
	AllowEmpty bool
	// RequireFiles makes paths holding no file to load an error (a command
	// given nothing loadable); a store's own data folder may be empty.
	RequireFiles bool
}

// Summary says what Load did.
type Summary struct {
	Files         int         // files read
	Plans         int         // plans saved
	Replaced      int         // saved plans that replaced a different plan with the same id
	Unchanged     int         // saved plans that were already saved as they are
	Nodes         int         // nodes written, as counted by the store
	Relationships int         // relationships written
	PlanIDs       []string    // ids of the plans saved, in file order
	Warnings      []string    // "file:line: warning: ..." lines of the plans saved
	Errors        []FileError // one per file (or path) that loaded nothing
	Skipped       []Skipped   // what folder walks left out, and why
	// Coverage adds up the coverage of the plans saved from page texts:
	// content lines, and those placed in a field (the rest are warned about).
	Coverage wardgraph.Coverage
}

// Failed reports whether any file failed to load.
func (s Summary) Failed() bool { return len(s.Errors) > 0 }

// String is the one-line summary the CLI prints.
func (s Summary) String() string {
	line := fmt.Sprintf("%s: %s loaded (%d replaced, %d unchanged), %s, %s, %s, %s",
		Count(s.Files, "file"), Count(s.Plans, "plan"), s.Replaced, s.Unchanged, Count(s.Nodes, "node"),
		Count(s.Relationships, "relationship"), Count(len(s.Warnings), "warning"), Count(len(s.Errors), "error"))
	if c := s.Coverage; c.Lines > 0 {
		line += fmt.Sprintf("; page text lines placed %d/%d (%.1f%%)", c.Placed, c.Lines, 100*c.Share())
	}
	if sk := SkippedSummary(s.Skipped); sk != "" {
		line += "; " + sk
	}
	return line
}

// FileError is why one file (or a path given to Load) loaded nothing.
type FileError struct {
	File string
	Err  error // a *wardgraph.Error whose message names the file
}

// Error returns the user-facing message, which names the file.
func (e FileError) Error() string { return wardgraph.ErrorMessage(e.Err) }

// Unwrap returns the underlying error.
func (e FileError) Unwrap() error { return e.Err }

// Load reads every file under paths (files and directories, see Expand)
// and saves each plan into store on its own: a file that cannot be read or
// saved loads nothing and is reported in Summary.Errors, and the other
// files still load. A second file yielding a plan id already loaded in this
// run is an error and is not saved. Load stops early, reporting an error,
// when ctx is cancelled.
func Load(ctx context.Context, store wardgraph.Store, paths []string, opts LoadOptions) Summary {
	fsys := opts.FS
	if fsys == nil {
		fsys = osFS{}
	}
	sc := ScanFS(fsys, paths)
	files := sc.Files
	l := &loader{store: store, reader: newReader(fsys), from: map[string]string{}, allowEmpty: opts.AllowEmpty}
	l.sum.Errors, l.sum.Skipped = sc.Errors, sc.Skipped
	if opts.RequireFiles && len(files) == 0 && len(sc.Errors) == 0 {
		l.fail(strings.Join(paths, " "), NothingLoadable(paths, sc.Skipped))
	}
	progress := opts.Progress
	if progress == nil {
		progress = func(int, int, string) {}
	}
	progress(0, len(files), "")
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			l.fail(f, wardgraph.Wrap(err, wardgraph.EUNAVAILABLE, fmt.Sprintf("loading stopped before %s: %d of %s not loaded", f, len(files)-i, Count(len(files), "file"))))
			break
		}
		l.load(ctx, f)
		progress(i+1, len(files), f)
	}
	return l.sum
}

// loader carries the state of one Load run.
type loader struct {
	store  wardgraph.Store
	reader *reader
	from   map[string]string // plan id → the file it was loaded from
	sum    Summary

	allowEmpty bool
}

// load reads one file and saves its plan.
func (l *loader) load(ctx context.Context, file string) {
	l.sum.Files++
	p, warns, err := l.reader.read(file)
	if err != nil {
		l.fail(file, err)
		return
	}
	if k := kindOf(file); !l.allowEmpty && (k == pageText || k == htmlPage) && p.Goal == nil && len(p.Missions) == 0 && len(p.Issues) == 0 {
		l.fail(file, wardgraph.Errorf(wardgraph.EINVALID, "%s: plan %s has no goal, no missions and no management issues: not loaded, so that it cannot replace a good plan (a bad download, or a page that is not a plan; --allow-empty loads it anyway)", file, p.ID))
		return
	}
	if prev, ok := l.from[p.ID]; ok {
		l.fail(file, wardgraph.Errorf(wardgraph.EINVALID, "%s: plan %s was already loaded from %s in this run; not loaded again", file, p.ID, prev))
		return
	}
	stats, err := l.store.SavePlan(ctx, p)
	if err != nil {
		msg := fmt.Sprintf("%s: saving plan %s: %s", file, p.ID, wardgraph.ErrorMessage(err))
		l.fail(file, wardgraph.Wrap(err, wardgraph.ErrorCode(err), msg))
		return
	}
	l.from[p.ID] = file
	l.sum.Plans++
	l.sum.PlanIDs = append(l.sum.PlanIDs, p.ID)
	l.sum.Nodes += stats.Nodes
	l.sum.Relationships += stats.Edges
	switch {
	case stats.Unchanged:
		l.sum.Unchanged++
	case stats.Replaced:
		l.sum.Replaced++
	}
	l.sum.Warnings = append(l.sum.Warnings, warns...)
	if c := p.Coverage; c != nil {
		l.sum.Coverage.Lines += c.Lines
		l.sum.Coverage.Placed += c.Placed
	}
}

// NothingLoadable is the error for paths holding no file to load.
func NothingLoadable(paths []string, skipped []Skipped) error {
	msg := fmt.Sprintf("%s: nothing to load: no page texts (.txt), HTML pages (.html, .htm) or plan files (.json, .yaml, .yml)", strings.Join(paths, ", "))
	if sk := SkippedSummary(skipped); sk != "" {
		msg += "; " + sk
	}
	return wardgraph.Errorf(wardgraph.EINVALID, "%s", msg)
}

// fail records that file loaded nothing.
func (l *loader) fail(file string, err error) {
	l.sum.Errors = append(l.sum.Errors, FileError{File: file, Err: err})
}
