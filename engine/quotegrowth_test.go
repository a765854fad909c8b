//go:build unix

package engine

import (
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"kilde/internal/cputime"
)

// TestQuoteRunsGrowLinearly extracts one long sentence made of nothing
// but short quotes, in each style of mark, at two sizes 16 times apart,
// and fails when the CPU time grows faster than size^1.5: attribution
// must look a bounded distance from each quote, not across the whole
// sentence. Linear work reads 1.01 to 1.07 here and work that grows with
// the square of the input reads near 2; the limit sits between them so
// that a busy machine (go test runs packages side by side) cannot fail
// it. The worst-case suite (make stress) holds such inputs to size^1.15
// at up to 1 MB.
func TestQuoteRunsGrowLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("measures CPU time")
	}
	const small, large, limit = 16 << 10, 256 << 10, 1.5
	for _, unit := range []string{`"ord" `, "“ord” ", "»ord« ", "„ord“ ", "»ord«, siger han, ", "“word,” she said, "} {
		ts, tl := strings.Repeat(unit, small/len(unit)), strings.Repeat(unit, large/len(unit))
		// A busy machine can slow one size more than the other: measure
		// again before failing.
		exp, a, b := 0.0, time.Duration(0), time.Duration(0)
		for try := 0; try < 5; try++ {
			a, b = minCPU(ts, tl)
			if exp = math.Log(float64(b)/float64(a)) / math.Log(float64(len(tl))/float64(len(ts))); exp <= limit {
				break
			}
		}
		t.Logf("%q: %v at %d KB, %v at %d KB: exponent %.2f", unit, a, small>>10, b, large>>10, exp)
		if exp > limit {
			t.Errorf("%q: CPU time grows with size^%.2f (%v at %d KB, %v at %d KB), want at most size^%.2f", unit, exp, a, small>>10, b, large>>10, limit)
		}
	}
}

// minCPU returns the least CPU time of one extraction of each text over
// four tries. Each try times the two texts one after the other, so a
// busy spell on the machine slows both alike, and repeats each for at
// least 15 ms, so the clock's grain does not count.
func minCPU(small, large string) (a, b time.Duration) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // collect between tries, not during
	runs := func(text string) int {
		n := 1
		for n < 256 && timeRuns(text, n)*time.Duration(n) < 15*time.Millisecond {
			n *= 2
		}
		return n
	}
	ra, rb := runs(small), runs(large)
	a, b = time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
	for range 4 {
		a, b = min(a, timeRuns(small, ra)), min(b, timeRuns(large, rb))
	}
	return max(a, time.Microsecond), max(b, time.Microsecond)
}

// timeRuns returns the CPU time per extraction of text over runs.
func timeRuns(text string, runs int) time.Duration {
	runtime.GC()
	before := cputime.Now()
	for range runs {
		if r := Extract(text); len(r.Quotes) == 0 {
			panic("no quotes found in the growth text")
		}
	}
	return (cputime.Now() - before) / time.Duration(runs)
}
