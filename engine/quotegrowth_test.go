//go:build unix

package engine

import (
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestQuoteRunsGrowLinearly extracts one long sentence made of nothing
// but short quotes, in each style of mark, at two sizes, and fails when
// the CPU time grows faster than size^1.15: attribution must look a
// bounded distance from each quote, not across the whole sentence.
func TestQuoteRunsGrowLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("measures CPU time")
	}
	const small, large = 16 << 10, 64 << 10
	for _, unit := range []string{`"ord" `, "“ord” ", "»ord« ", "„ord“ ", "»ord«, siger han, ", "“word,” she said, "} {
		// Each measurement extracts the same number of bytes, so both are
		// long enough for the clock.
		a, b := minCPU(strings.Repeat(unit, small/len(unit)), 2*large/small), minCPU(strings.Repeat(unit, large/len(unit)), 2)
		exp := math.Log(float64(b)/float64(a)) / math.Log(float64(large)/float64(small))
		t.Logf("%q: %v at 16 KB, %v at 64 KB: exponent %.2f", unit, a, b, exp)
		if exp > 1.15 {
			t.Errorf("%q: CPU time grows with size^%.2f (%v at 16 KB, %v at 64 KB), want at most size^1.15", unit, exp, a, b)
		}
	}
}

// minCPU returns the least CPU time, over several tries, of one
// extraction of text, measured over runs extractions.
func minCPU(text string, runs int) time.Duration {
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // collect between runs, not during
	best := time.Duration(math.MaxInt64)
	for range 3 {
		runtime.GC()
		before := cpuTime()
		for range runs {
			if r := Extract(text); len(r.Quotes) == 0 {
				panic("no quotes found in the growth text")
			}
		}
		if d := (cpuTime() - before) / time.Duration(runs); d < best {
			best = d
		}
	}
	return max(best, time.Microsecond)
}

func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
