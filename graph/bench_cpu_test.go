package graph_test

import (
	"runtime/metrics"
	"testing"
)

// perOp measures what a benchmark loop costs beyond its wall-clock time,
// which a shared machine makes noisy: call it right before the loop and
// the function it returns right after. It reports cpu-ns/op (user and
// system CPU time of the process per iteration, where the platform tells
// it: see processCPU) and goroutines/op (goroutines started per iteration).
func perOp(b *testing.B) func() {
	cpu0, ok := processCPU()
	g0 := goroutinesCreated()
	return func() {
		n := float64(b.N)
		b.ReportMetric(float64(goroutinesCreated()-g0)/n, "goroutines/op")
		if cpu1, _ := processCPU(); ok {
			b.ReportMetric(float64(cpu1-cpu0)/n, "cpu-ns/op")
		}
	}
}

// goroutinesCreated is how many goroutines the process has started.
func goroutinesCreated() uint64 {
	s := []metrics.Sample{{Name: "/sched/goroutines-created:goroutines"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
