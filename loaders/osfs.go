package loaders

import (
	"io/fs"
	"os"
)

// osFS is the operating system's file tree with paths as the user typed
// them: relative to the working directory or absolute, ".." allowed. It
// gives errors and file names in the user's own terms, which os.DirFS
// (rooted, with slash paths only) cannot.
type osFS struct{}

// Open opens the named file.
func (osFS) Open(name string) (fs.File, error) { return os.Open(name) }

// Stat describes the named file.
func (osFS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

// ReadDir lists a directory, sorted by name.
func (osFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
