package engine

import (
	"os"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
)

// Under WebAssembly the linear memory never shrinks: the most heap an
// extraction reaches, garbage included, stays with the page. Extracting
// a long text three times over must not grow it past 8 times the text.
// (A collection that cannot finish during one long call lets garbage
// pile up: it once reached 30 times.)
func TestWasmMemoryGrowth(t *testing.T) {
	if os.Getenv("KILDE_STRESS") == "" {
		t.Skip("set KILDE_STRESS=1 (make stress) to run the worst-case suite")
	}
	if runtime.GOARCH != "wasm" {
		t.Skip("the linear memory of WebAssembly; natively the benchmarks report the peak heap")
	}
	one, err := os.ReadFile("../bench/testdata/en-news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(one)+"\n\n", (4<<20)/(len(one)+2))
	Extract(text[:len(text)/8]) // load the models and tables first
	runtime.GC()
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	before := s[0].Value.Uint64()
	for range 3 {
		Extract(text)
	}
	metrics.Read(s)
	growth := float64(s[0].Value.Uint64()-before) / float64(len(text))
	t.Logf("memory grew %.1f times the %d bytes of text", growth, len(text))
	if growth > 8 {
		t.Errorf("memory grew %.1f times the text over three extractions, want at most 8", growth)
	}
}
