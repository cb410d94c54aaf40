package main

import (
	"os"
	"runtime/debug"
)

// serverGCPercent is the garbage collector's target for a serving process
// when GOGC is not set: a GraphQL response allocates thousands of small
// objects that die at once, and the live heap is small (about 16 MB for 240
// plans), so collecting at 5× the live heap instead of 2× trades a few tens
// of megabytes for about half the collector's CPU time. See README,
// Performance, for the measurement.
const serverGCPercent = 400

// tuneGC applies serverGCPercent unless the operator set GOGC.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serverGCPercent)
	}
}
