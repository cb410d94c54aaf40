package loaders

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"syscall"

	"github.com/wardgraph/wardgraph"
	"github.com/wardgraph/wardgraph/loaders/page"
	"github.com/wardgraph/wardgraph/loaders/planfile"
)

// IndexFile is the name of the sources index in a folder of page texts.
const IndexFile = "index.json"

// ManifestFile is the name of the manifest `wardgraph fetch` keeps in the
// folder it fetches into; like the index, it is never read as a plan.
const ManifestFile = "wardgraph-fetch.json"

// fileKind is what a file holds, judged by its name.
type fileKind int

const (
	unsupported  fileKind = iota
	pageText              // .txt, parsed by loaders/page
	htmlPage              // .html, .htm, rendered by loaders/htmlpage
	planFile              // .json, .yaml, .yml, decoded by loaders/planfile
	sourcesIndex          // index.json
)

// kindOf judges a file by its name.
func kindOf(name string) fileKind {
	switch {
	case path.Base(name) == IndexFile || path.Base(name) == ManifestFile:
		return sourcesIndex
	case strings.EqualFold(path.Ext(name), ".txt"):
		return pageText
	case strings.EqualFold(path.Ext(name), ".html") || strings.EqualFold(path.Ext(name), ".htm"):
		return htmlPage
	case planfile.IsPlanFile(name):
		return planFile
	}
	return unsupported
}

// maxBytes is the size limit of a kind of file: the parser's own.
func (k fileKind) maxBytes() int64 {
	if k == pageText || k == htmlPage {
		return page.MaxBytes
	}
	return planfile.MaxBytes
}

// ReadFile reads one plan from a file of the operating system: a page text
// (.txt), an HTML page (.html, .htm) or a plan file (.json, .yaml, .yml). It returns the plan, with ids
// assigned, and its warnings as "file:line: warning: ..." lines. A plan
// file that names no source file gets its own name as Source.File. Errors are
// *wardgraph.Error values whose message names the file: EINVALID for
// unreadable or refused input, ENOTFOUND for a file that does not exist.
func ReadFile(name string) (*wardgraph.Plan, []string, error) {
	return ReadFS(osFS{}, name)
}

// ReadFS is ReadFile for a file of fsys (for example the embedded sample,
// sample.FS).
func ReadFS(fsys fs.FS, name string) (*wardgraph.Plan, []string, error) {
	return newReader(fsys).read(name)
}

// reader reads plans from one file tree, caching sources indexes.
type reader struct {
	fsys    fs.FS
	indexes map[string]*sourceIndex
}

func newReader(fsys fs.FS) *reader {
	return &reader{fsys: fsys, indexes: map[string]*sourceIndex{}}
}

// read reads, checks and parses one file.
func (r *reader) read(name string) (*wardgraph.Plan, []string, error) {
	kind := kindOf(name)
	switch kind {
	case sourcesIndex:
		return nil, nil, wardgraph.Errorf(wardgraph.EINVALID, "%s: a sources index (file names and URLs of page texts), not a plan", name)
	case unsupported:
		return nil, nil, wardgraph.Errorf(wardgraph.EINVALID,
			"%s: unsupported file type %q: want .txt (a page text), .html or .htm (a page), or .json, .yaml, .yml (a plan file)", name, path.Ext(name))
	}
	data, err := readLimited(r.fsys, name, kind.maxBytes())
	if err != nil {
		return nil, nil, err
	}
	if kind == planFile {
		p, err := planfile.Decode(name, data)
		if err != nil {
			return nil, nil, err
		}
		if p.Source.File == "" { // a plan typed in by hand: this file is its source
			p.Source.File = name
		}
		return p, planWarnings(p), nil
	}
	p, notes, err := readPage(name, data, kind)
	if err != nil {
		return nil, nil, err
	}
	return p, append(append(notes, page.FormatWarnings(name, p)...), r.applyIndex(name, p)...), nil
}

// planWarnings formats the warnings a plan file carries. Their lines are
// lines of the page text the plan was parsed from, so they are reported
// against that text (Source.File), or against the plan file itself when it
// names no source.
func planWarnings(p *wardgraph.Plan) []string {
	return page.FormatWarnings(p.Source.File, p)
}

// readLimited reads a regular file of at most limit bytes, checking the
// size from the file's metadata before reading. A file that grows past the
// limit meanwhile is cut at limit+1 bytes, which the parsers refuse.
func readLimited(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, openError(name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, openError(name, err)
	}
	switch {
	case info.IsDir():
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "%s: is a directory, not a file", name)
	case !info.Mode().IsRegular() && info.Mode()&fs.ModeType != 0:
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "%s: not a regular file", name)
	case info.Size() > limit:
		return nil, wardgraph.Errorf(wardgraph.EINVALID, "%s: file too large: %d bytes, the limit is %d", name, info.Size(), limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, wardgraph.Wrap(err, wardgraph.EINVALID, name+": cannot read the file")
	}
	return data, nil
}

// openError words an error opening a file without the internals.
func openError(name string, err error) error {
	var nr notRegular
	switch {
	case errors.As(err, &nr) && nr.what == "a directory":
		return wardgraph.Wrap(err, wardgraph.EINVALID, name+": is a directory, not a file")
	case errors.As(err, &nr):
		return wardgraph.Wrap(err, wardgraph.EINVALID, fmt.Sprintf("%s: %s, not a regular file: not read", name, nr.what))
	case errors.Is(err, syscall.ELOOP):
		return wardgraph.Wrap(err, wardgraph.EINVALID, name+": a symbolic link loop: not read")
	case errors.Is(err, fs.ErrNotExist):
		return wardgraph.Wrap(err, wardgraph.ENOTFOUND, name+": no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return wardgraph.Wrap(err, wardgraph.EINVALID, name+": permission denied")
	}
	return wardgraph.Wrap(err, wardgraph.EINVALID, name+": cannot open the file")
}
