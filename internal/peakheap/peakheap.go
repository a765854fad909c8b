// Package peakheap measures the most heap a function holds while it runs,
// for the benchmarks' memory figures.
package peakheap

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

const objects = "/memory/classes/heap/objects:bytes"

// Measure runs f and returns the most heap it held above what was live
// before, sampled every millisecond. Garbage not yet collected counts:
// it is memory the process holds.
func Measure(f func()) uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: objects}}
	metrics.Read(s)
	base := s[0].Value.Uint64()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		s := []metrics.Sample{{Name: objects}}
		for {
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
				metrics.Read(s)
				if v := s[0].Value.Uint64(); v > base && v-base > peak.Load() {
					peak.Store(v - base)
				}
			}
		}
	}()
	f()
	close(done)
	return peak.Load()
}

// Retained is the heap that f's result keeps alive after a collection,
// above what was live before.
func Retained(f func() any) uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: objects}}
	metrics.Read(s)
	base := s[0].Value.Uint64()
	r := f()
	runtime.GC()
	metrics.Read(s)
	runtime.KeepAlive(r)
	if v := s[0].Value.Uint64(); v > base {
		return v - base
	}
	return 0
}
