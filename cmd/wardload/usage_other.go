//go:build !unix

package main

import "time"

// cpuTime is not measured off Unix.
func cpuTime() time.Duration { return 0 }

// rssBytes is not measured off Unix.
func rssBytes() int64 { return 0 }
