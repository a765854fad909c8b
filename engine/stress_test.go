package engine_test

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"kilde/engine"
	"kilde/internal/cputime"
	"kilde/internal/peakheap"
)

// worstCases are inputs built to defeat a rule that compares pairs or
// scans back and forth: each is generated at two sizes, and the larger
// must not cost more than size^maxExponent times the smaller.
var worstCases = []struct {
	name string
	unit func(i int) string // the i-th piece of the input
}{
	{"straight quote run", func(int) string { return `"ord" ` }},
	{"curly quote run", func(int) string { return "“ord” " }},
	{"guillemet quote run", func(int) string { return "»ord« " }},
	{"low-high quote run", func(int) string { return "„ord“ " }},
	{"names sharing a beginning", func(i int) string {
		return fmt.Sprintf("Nordab%s Holding A/S og Nordab%s Group. ", word(i), word(i+1))
	}},
	{"distinct names", func(i int) string {
		return fmt.Sprintf("%s %s mødte %s fra %s Bank. ", title(word(i)), title(word(7*i+3)), title(word(13*i+5)), title(word(3*i+1)))
	}},
	{"digit runs", func(i int) string { return fmt.Sprintf("%d,%d %d.%03d %d%% ", i, i%100, i*37, i%1000, i%90) }},
	{"one long paragraph", func(i int) string {
		return fmt.Sprintf("Anders Hansen sagde at %s steg med %d procent i Aarhus, ", word(i), i%90)
	}},
	{"stray marks and digits", func(i int) string { return []string{"“", "1", "”", "'", "-", "»", "2,5", "«", " "}[i%9] }},
}

const (
	maxExponent = 1.15
	maxPeak     = 6.0 // peak heap beyond the result, as a multiple of the input, natively on one core
	// maxWide is the most that reading pieces side by side on two cores
	// may hold beyond reading them on one: a few pieces' working memory,
	// whatever the length of the text.
	maxWide = 4 << 20
)

// word is the i-th of a run of distinct lower-case words.
func word(i int) string {
	b := []byte{}
	for i += 26 * 27; i > 0; i /= 26 {
		b = append(b, byte('a'+i%26))
	}
	return string(b)
}

func title(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

func build(unit func(int) string, size int) string {
	var b strings.Builder
	b.Grow(size + 128)
	for i := 0; b.Len() < size; i++ {
		b.WriteString(unit(i))
	}
	return b.String()
}

// cpu is the least processor time of three runs of Extract: the least
// is the one least disturbed by the rest of the machine.
func cpu(text string) time.Duration {
	best := time.Duration(math.MaxInt64)
	for range 3 {
		runtime.GC()
		t0 := cputime.Now()
		engine.Extract(text)
		best = min(best, cputime.Now()-t0)
	}
	return best
}

// working is the most heap Extract holds beyond its result, on so many
// cores, as a multiple of the input, and the result's own size: the
// result grows with what the text holds (a figure or name every few bytes in these inputs) and
// is the caller's; the rest is the engine's to bound. Held is what the
// collections while it ran found live; with its garbage is all heap
// objects, sampled every millisecond, with the collector run keenly
// (GOGC=10): at the default pace garbage grows with the live heap, the
// result included, which is the host's choice (GOGC, GOMEMLIMIT). The
// least of three runs is the one least disturbed by the machine.
func working(text string, cores int) (held, withGarbage, result float64) {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(cores))
	kept := peakheap.Retained(func() any { return engine.Extract(text) })
	live, all := uint64(math.MaxUint64), uint64(math.MaxUint64)
	for range 3 {
		var r engine.Result
		live = min(live, peakheap.MeasureLive(func() { r = engine.Extract(text) }))
		all = min(all, peakheap.Measure(func() { r = engine.Extract(text) }))
		runtime.KeepAlive(r)
	}
	n := float64(len(text))
	return (float64(live) - float64(kept)) / n, (float64(all) - float64(kept)) / n, float64(kept) / n
}

// TestWorstCaseGrowth fails when an adversarial input's time grows faster
// than size^1.15, or (natively) the heap it holds beyond its result
// passes six times its size.
// WebAssembly runs it at a quarter of the native sizes.
func TestWorstCaseGrowth(t *testing.T) {
	if os.Getenv("KILDE_STRESS") == "" {
		t.Skip("set KILDE_STRESS=1 (make stress) to run the worst-case suite")
	}
	small, large := 256<<10, 1<<20
	if runtime.GOARCH == "wasm" {
		small, large = 64<<10, 256<<10
	}
	for _, c := range worstCases {
		t.Run(c.name, func(t *testing.T) {
			a, b := build(c.unit, small), build(c.unit, large)
			ta, tb := cpu(a), cpu(b)
			exponent := func() float64 {
				return math.Log(float64(tb)/float64(ta)) / math.Log(float64(len(b))/float64(len(a)))
			}
			exp := exponent()
			for try := 0; try < 3 && exp > maxExponent; try++ {
				// Growth must show again, in the fastest of several runs:
				// under WebAssembly the clock is the wall's, and a busy
				// machine slows one run, not every one.
				ta, tb = min(ta, cpu(a)), min(tb, cpu(b))
				exp = exponent()
			}
			t.Logf("%d B: %v, %d B: %v, exponent %.2f", len(a), ta, len(b), tb, exp)
			// Below a few milliseconds the ratio is noise, not growth.
			if exp > maxExponent && tb > 20*time.Millisecond {
				t.Errorf("time grows with size^%.2f (limit %.2f): %v at %d B, %v at %d B", exp, maxExponent, ta, len(a), tb, len(b))
			}
			if runtime.GOARCH == "wasm" {
				return
			}
			work, garbage, result := working(b, 1)
			t.Logf("heap held beyond the result %.1f× input (%.1f× with garbage), result %.1f× input", work, garbage, result)
			if work > maxPeak {
				t.Errorf("the engine holds %.1f× the input beyond its result (limit %.0f×)", work, maxPeak)
			}
			wide, _, _ := working(b, 2)
			extra := (wide - work) * float64(len(b))
			t.Logf("on two cores %.1f× input: %.1f MB more", wide, extra/(1<<20))
			for try := 0; try < 2 && extra > maxWide; try++ {
				// As with time, the excess must show again: a collection
				// that marks while both cores allocate counts what they
				// allocate meanwhile as live, and one run can meet a long one.
				w1, _, _ := working(b, 1)
				w2, _, _ := working(b, 2)
				extra = min(extra, (w2-w1)*float64(len(b)))
				t.Logf("again: on two cores %.1f× input: %.1f MB more", w2, (w2-w1)*float64(len(b))/(1<<20))
			}
			if extra > maxWide {
				t.Errorf("reading side by side holds %.1f MB more than one piece at a time (limit %d MB)", extra/(1<<20), maxWide>>20)
			}
		})
	}
}
