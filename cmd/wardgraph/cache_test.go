package main

import (
	"testing"
	"time"
)

// TestCacheAge checks that --cache-max-age 0 turns caching off (a negative
// graph.Config.CacheMaxAge) and any other value is passed on.
func TestCacheAge(t *testing.T) {
	for _, tt := range []struct{ flag, want time.Duration }{
		{0, -1},
		{-time.Second, -1},
		{time.Second, time.Second},
		{time.Hour, time.Hour},
	} {
		if got := cacheAge(tt.flag); got != tt.want {
			t.Errorf("cacheAge(%v) = %v, want %v", tt.flag, got, tt.want)
		}
	}
}
