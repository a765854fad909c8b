package view

import (
	"os"
	"strings"
	"testing"

	"kilde/engine"
)

// BenchmarkDecode decodes a 1 MB article's result and layout, as the page
// does with the worker's answer.
func BenchmarkDecode(b *testing.B) {
	seed, err := os.ReadFile("../sample-da.txt")
	if err != nil {
		b.Skip(err)
	}
	text := strings.Repeat(string(seed)+"\n", (1<<20)/len(seed)+1)
	r := engine.Extract(text)
	enc := Encode(r, Layout(text, r))
	b.ReportMetric(float64(len(enc)), "bytes")
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := Decode(enc, text); err != nil {
			b.Fatal(err)
		}
	}
}
