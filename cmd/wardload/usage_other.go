//go:build !linux

package main

import "time"

// procRSS is not measured off Linux.
func procRSS(int) int64 { return 0 }

// procCPU is not measured off Linux.
func procCPU(int) time.Duration { return 0 }
