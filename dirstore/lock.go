package dirstore

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/wardgraph/wardgraph"
)

// lockName is the folder's lock file. A writer holds an exclusive lock on
// it (flock, released by the kernel when the process dies, even by kill
// -9) and writes its pid into it for the message a second writer gets.
const lockName = ".lock"

// lock is a held folder lock.
type lock struct {
	f       *os.File
	session string // tmpPrefix + pid + time: names this writer's staged files
}

// acquire takes the folder's lock, waiting up to wait for another writer
// to end; past that it is ELIMIT naming the holder's pid.
func acquire(dir string, wait time.Duration) (*lock, error) {
	path := filepath.Join(dir, lockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		return nil, named(err, "cannot open the lock file "+path)
	}
	deadline := time.Now().Add(wait)
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, named(err, "cannot lock "+path)
		}
		if ok {
			break
		}
		if !time.Now().Before(deadline) {
			holder := readPid(path)
			f.Close()
			return nil, wardgraph.Errorf(wardgraph.ELIMIT, "data folder %s is being written by another load (%s; lock file %s)%s: try again when it ends%s",
				dir, holder, path, waited(wait), hint(wait))
		}
		time.Sleep(min(100*time.Millisecond, time.Until(deadline)))
	}
	pid := strconv.Itoa(os.Getpid())
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(pid+"\n"), 0)
	}
	return &lock{f: f, session: fmt.Sprintf("%s%s-%d", tmpPrefix, pid, time.Now().UnixNano())}, nil
}

// release unlocks and closes the lock file; the file stays (removing it
// would race with a writer that just opened it).
func (l *lock) release() {
	l.f.Truncate(0)
	unlock(l.f)
	l.f.Close()
}

func readPid(path string) string {
	b, err := os.ReadFile(path)
	if pid := strings.TrimSpace(string(b)); err == nil && pid != "" {
		return "pid " + pid
	}
	return "pid unknown"
}

func waited(wait time.Duration) string {
	if wait <= 0 {
		return ""
	}
	return " for more than " + wait.String()
}

func hint(wait time.Duration) string {
	if wait <= 0 {
		return " (or give --wait DURATION to wait for it)"
	}
	return ""
}
