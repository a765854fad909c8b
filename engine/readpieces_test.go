package engine

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestSideBySideSameResult checks that reading a long text's pieces side
// by side gives exactly the result of reading them one after another:
// the same entities with the same ids, quotes, speakers and figures.
func TestSideBySideSameResult(t *testing.T) {
	texts := evalTexts(t, "dev/*.txt")
	var b strings.Builder
	for b.Len() < 12*pieceSize {
		for _, name := range slices.Sorted(maps.Keys(texts)) {
			b.WriteString(texts[name])
			b.WriteString("\n\n")
		}
	}
	text := b.String()
	if n := len(pieces(text)); n < 10 {
		t.Fatalf("the text is %d pieces; the test needs many", n)
	}
	was := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(was)
	one := Extract(text)
	runtime.GOMAXPROCS(4)
	many := Extract(text)
	if len(one.Entities) == 0 || len(one.Quotes) == 0 {
		t.Fatalf("found %d entities and %d quotes; the test needs both", len(one.Entities), len(one.Quotes))
	}
	// Printed, as a range's missing high end is NaN, never equal to itself.
	if fmt.Sprintf("%+v", one) != fmt.Sprintf("%+v", many) {
		t.Errorf("side by side on 4 cores: %d entities, %d quotes, %d figures; one core: %d, %d, %d, or the same counts with other values",
			len(many.Entities), len(many.Quotes), len(many.Figures), len(one.Entities), len(one.Quotes), len(one.Figures))
	}
}

// TestSideBySideOrder checks that results reach merge in the order of the
// pieces however long each takes to read.
func TestSideBySideOrder(t *testing.T) {
	ps := make([]extent, 40)
	for i := range ps {
		ps[i] = extent{i, i + 1}
	}
	var got []int
	sideBySide(ps, 3, func(p extent) []found {
		time.Sleep(time.Duration((p.start*7)%5) * time.Millisecond)
		return []found{{base: p.start}}
	}, func(fs []found) {
		got = append(got, fs[0].base)
	})
	for i, b := range got {
		if b != i {
			t.Fatalf("merged in the order %v", got)
		}
	}
	if len(got) != len(ps) {
		t.Errorf("merged %d of %d pieces", len(got), len(ps))
	}
}

// TestSideBySidePanic checks that a panic while reading a piece reaches
// the caller's goroutine, where the command line recovers it, and that
// no reader is left behind.
func TestSideBySidePanic(t *testing.T) {
	before := runtime.NumGoroutine()
	ps := make([]extent, 30)
	for i := range ps {
		ps[i] = extent{i, i + 1}
	}
	merged := 0
	func() {
		defer func() {
			p := recover()
			if p == nil || !strings.Contains(p.(string), "piece 7 broke") {
				t.Errorf("recovered %v, want the reader's panic", p)
			}
		}()
		sideBySide(ps, 2, func(p extent) []found {
			if p.start == 7 {
				panic("piece 7 broke")
			}
			return nil
		}, func([]found) { merged++ })
	}()
	if merged != 7 {
		t.Errorf("merged %d pieces before the panic, want the 7 before it", merged)
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after the panic, %d before", n, before)
	}
}
