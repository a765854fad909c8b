package engine

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// runes counts the code points before every byte offset as a plain scan
// does, across block edges, in ASCII and in text of two-, three- and
// four-byte runes.
func TestOffsetsRunes(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"empty", ""},
		{"ascii", strings.Repeat("ab c", 100)},
		{"danish", strings.Repeat("Tidløs Hudpleje, “Kina ‘ s” 😀 æøå. ", 20)},
		{"one block edge", strings.Repeat("x", block-1) + "ø" + strings.Repeat("y", 9)},
	} {
		o := newOffsets(c.text)
		for b := 0; b <= len(c.text); b++ {
			if !utf8.RuneStart(byteAt(c.text, b)) {
				continue // offsets are code point starts
			}
			if got, want := o.runes(b), utf8.RuneCountInString(c.text[:b]); got != want {
				t.Fatalf("%s: runes(%d) = %d, want %d", c.name, b, got, want)
			}
		}
	}
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}
