package engine_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kilde/engine"
	"kilde/internal/peakheap"
)

// corpus repeats the development texts, real articles, to size bytes.
func corpus(b *testing.B, size int) string {
	paths, _ := filepath.Glob("../testdata/eval/dev/*.txt")
	var all strings.Builder
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(t)
		all.WriteString("\n")
	}
	one := all.String()
	var s strings.Builder
	for s.Len() < size {
		s.WriteString(one)
	}
	return s.String()[:strings.LastIndexByte(s.String()[:size], '\n')+1]
}

// BenchmarkExtract prints MB/s on the seed article and on real text of
// 10 KB, 1 MB and 10 MB; the 10 MB run also reports its peak heap as a
// multiple of the input.
func BenchmarkExtract(b *testing.B) {
	seed, err := os.ReadFile("../testdata/eval/dev/seed-da.txt")
	if err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		text string
	}{
		{"seed", string(seed)},
		{"10KB", corpus(b, 10<<10)},
		{"1MB", corpus(b, 1<<20)},
		{"10MB", corpus(b, 10<<20)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				if c.name == "10MB" {
					peak = max(peak, peakheap.Measure(func() { engine.Extract(c.text) }))
				} else {
					engine.Extract(c.text)
				}
			}
			if peak > 0 {
				b.ReportMetric(float64(peak)/float64(len(c.text)), "peak-x-input")
			}
		})
	}
}
