// Command native measures the engine natively: throughput on 10 KB, 1 MB
// and 10 MB of English news text, the scaling exponent, peak heap of the
// 10 MB run, and fuzzy search per keystroke. It prints JSON.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"time"

	"kilde/bench/internal/corpus"
	"kilde/engine"
	"kilde/internal/peakheap"
)

func main() {
	text, err := os.ReadFile("bench/testdata/en-news.txt")
	if err != nil {
		fmt.Fprintln(os.Stderr, "native: run from the repository root:", err)
		os.Exit(1)
	}
	runs := 5
	out := map[string]any{}
	mbps := map[string]float64{}
	secs := map[string]float64{}
	for _, c := range []struct {
		name string
		size int
	}{{"10KB", 10 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		doc := corpus.Repeat(string(text), c.size)
		engine.Extract(doc) // warm up
		var t []float64
		for range runs {
			start := time.Now()
			engine.Extract(doc)
			t = append(t, time.Since(start).Seconds())
		}
		s := corpus.Median(t)
		secs[c.name] = s / float64(len(doc)) // seconds per byte
		mbps[c.name] = float64(len(doc)) / s / 1e6
		if c.name == "10MB" {
			out["peakHeapPerInput"] = float64(peakheap.Measure(func() { engine.Extract(doc) })) / float64(len(doc))
		}
	}
	out["mbps"] = mbps
	// Time grows as size^k: k = log(t10/t1) / log(10) with t for the same
	// bytes per run scaled back to time per document.
	out["exponent"] = 1 + math.Log(secs["10MB"]/secs["1MB"])/math.Log(10)
	ks := map[string]float64{}
	for _, n := range []int{1000, 10000, 100000} {
		ks[fmt.Sprint(n)] = corpus.KeystrokeMs(n, runs)
	}
	out["keystrokeMs"] = ks
	json.NewEncoder(os.Stdout).Encode(out)
}
