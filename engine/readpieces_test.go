package engine

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"kilde/engine/figures"
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

// TestFiguresAcrossPieces checks that the figures found a piece at a
// time on two cores are those of one pass over the whole text, for a
// text whose pieces end at paragraph breaks and for one with no line
// breaks whose figures run across the ends of pieces.
func TestFiguresAcrossPieces(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	para := "Omsætningen steg med 12,5 procent til 3,2 mia. kr. i 2023, mod 2.900 mio. kr. året før.\n\n"
	for _, c := range []struct {
		name, text string
		across     bool // a figure runs across a piece's start
	}{
		{"paragraphs", strings.Repeat(para, 3*pieceSize/len(para)), false},
		{"no line breaks", strings.Repeat("hun betalte kr. 500 for det ", 3*pieceSize/28), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := figures.Find(c.text, "da")
			across := false
			for _, p := range stretches(c.text, figureStretch)[1:] {
				for _, f := range want {
					across = across || f.Start < p.start && p.start < f.End
				}
			}
			if across != c.across {
				t.Fatalf("a figure runs across a stretch's start: %v; the case needs %v", across, c.across)
			}
			got := ExtractIn(c.text, "da").Figures
			if len(got) != len(want) {
				t.Fatalf("%d figures, one pass finds %d", len(got), len(want))
			}
			conv := newOffsets(c.text)
			for i, f := range want {
				if got[i].Start != conv.runes(f.Start) || got[i].End != conv.runes(f.End) || got[i].Rule != f.Rule.String() {
					t.Fatalf("figure %d is %q (%s), one pass finds %q (%s)", i, got[i].Text, got[i].Rule, c.text[f.Start:f.End], f.Rule)
				}
			}
		})
	}
}
