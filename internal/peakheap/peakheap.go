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
func Measure(f func()) uint64 { return measure(objects, f) }

// MeasureLive runs f and returns the most heap that a collection while
// it ran found live, above what was live before: what f held, whatever
// the collector's pace let its garbage grow to.
func MeasureLive(f func()) uint64 { return measure(live, f) }

const live = "/gc/heap/live:bytes"

func measure(metric string, f func()) uint64 {
	settle()
	s := []metrics.Sample{{Name: metric}}
	metrics.Read(s)
	base := s[0].Value.Uint64()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		s := []metrics.Sample{{Name: metric}}
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
	settle()
	s := []metrics.Sample{{Name: objects}}
	metrics.Read(s)
	base := s[0].Value.Uint64()
	r := f()
	settle()
	metrics.Read(s)
	runtime.KeepAlive(r)
	if v := s[0].Value.Uint64(); v > base {
		return v - base
	}
	return 0
}

// settle collects twice: objects kept for reuse (sync.Pool) survive one
// collection, and would count for whichever call happened to meet them.
func settle() {
	runtime.GC()
	runtime.GC()
}
