//go:build !unix

package graph_test

// processCPU reports that the platform does not tell the process's CPU
// time here.
func processCPU() (int64, bool) { return 0, false }
