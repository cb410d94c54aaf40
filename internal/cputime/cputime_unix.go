//go:build unix

// Package cputime reads the CPU time the process has used, for benchmarks
// that report it beside the wall time: on a machine shared with other work
// the wall time counts waiting for a CPU, the CPU time does not.
package cputime

import (
	"syscall"
	"time"
)

// Used returns the CPU time the process has used, every thread (the
// garbage collector's too) counted.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
