//go:build !unix

package dirstore

import (
	"errors"
	"os"
)

// tryLock refuses: this system has no flock, and a lock that a killed
// writer could leave held would block the folder for good.
func tryLock(*os.File) (bool, error) {
	return false, errors.New("locking a data folder needs flock (Unix)")
}

func unlock(*os.File) {}
