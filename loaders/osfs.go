package loaders

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// osFS is the operating system's file tree with paths as the user typed
// them: relative to the working directory or absolute, ".." allowed. It
// gives errors and file names in the user's own terms, which os.DirFS
// (rooted, with slash paths only) cannot. It opens only regular files: the
// type is checked before opening, and the file is opened with O_NONBLOCK
// and checked again, so a FIFO or a device can never block a read.
type osFS struct{}

// Open opens the named regular file.
func (osFS) Open(name string) (fs.File, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if err := regular(name, info); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	if now, err := f.Stat(); err != nil || !os.SameFile(info, now) {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: errReplaced}
	}
	return f, nil
}

// Stat describes the named file.
func (osFS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

// ReadDir lists a directory, sorted by name.
func (osFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }

// errReplaced is a file that changed between its check and its opening.
var errReplaced = errors.New("the file was replaced while being opened")

// notRegular is the error for a path that is not a regular file; its
// message says what the path is.
type notRegular struct{ what string }

func (e notRegular) Error() string { return e.what + ", not a regular file" }

// regular returns a notRegular error for anything but a regular file.
func regular(name string, info fs.FileInfo) error {
	if what := typeName(info.Mode()); what != "" {
		return &fs.PathError{Op: "open", Path: name, Err: notRegular{what}}
	}
	return nil
}

// typeName words a file type that is not a regular file, or "".
func typeName(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a regular file"
}

// checkLink says why a symbolic link found in a folder walk is not read:
// a loop, a link out of the folder root, a dangling link, or a link to
// something other than a regular file. "" means read it.
func checkLink(root, name string) string {
	target, err := filepath.EvalSymlinks(name)
	switch {
	case errors.Is(err, syscall.ELOOP) || isLoop(err):
		return "a symbolic link loop"
	case errors.Is(err, fs.ErrNotExist):
		return "a symbolic link to nothing (dangling)"
	case err != nil:
		return "a symbolic link that cannot be followed"
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return "a symbolic link that cannot be followed"
	}
	if rel, err := filepath.Rel(realRoot, target); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Sprintf("a symbolic link leaving the folder (to %s): refused", target)
	}
	info, err := os.Stat(target)
	if err != nil {
		return "a symbolic link that cannot be followed"
	}
	if what := typeName(info.Mode()); what != "" {
		return "a symbolic link to " + strings.TrimPrefix(what, "not ")
	}
	return ""
}

// isLoop recognises filepath.EvalSymlinks' own loop error, which is not
// ELOOP ("too many links").
func isLoop(err error) bool {
	return err != nil && strings.Contains(err.Error(), "too many links")
}
