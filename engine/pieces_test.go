package engine

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCut(t *testing.T) {
	for _, c := range []struct {
		name, rest string
		size       int
		want       string // the piece
	}{
		{"paragraph break wins over a later line break", "aaaaaa bbbb\n\ncc\nd ee ff gg", 20, "aaaaaa bbbb\n\n"},
		{"line break wins over a later sentence end", "aaaaaa bbbb\ncc. d ee ff gg", 20, "aaaaaa bbbb\n"},
		{"sentence end wins over a later space", "aaaaaa bbbb. cc d ee ff gg", 20, "aaaaaa bbbb. "},
		{"a break in the first half is too early", "aa\n\nbbbbbbbb cccccc dddd", 20, "aa\n\nbbbbbbbb cccccc "},
		{"a space", "aaaaaaaaaaaa bbbbbbbbbbbb", 20, "aaaaaaaaaaaa "},
		{"no space: before the character that crosses size", strings.Repeat("ø", 15), 20, strings.Repeat("ø", 10)},
		{"no space: odd size", strings.Repeat("ø", 15), 21, strings.Repeat("ø", 10)},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.rest[:cut(c.rest, c.size)]; got != c.want {
				t.Errorf("cut(%q, %d) ends the piece as %q, want %q", c.rest, c.size, got, c.want)
			}
		})
	}
}

func TestPiecesCoverTheText(t *testing.T) {
	for _, text := range []string{
		"",
		"Kort tekst.",
		strings.Repeat("Et afsnit om noget. ", 5000),
		strings.Repeat("ø", 3*pieceSize),
		strings.Repeat("Linje\n", 20000),
	} {
		at, n := 0, 0
		for _, pc := range pieces(text) {
			start, end := pc.start, pc.end
			n++
			if start != at || end < start || end-start > pieceSize || !utf8.ValidString(text[start:end]) {
				t.Fatalf("piece %d is [%d, %d) after %d (size %d, text %d bytes)", n, start, end, at, pieceSize, len(text))
			}
			if end == start && len(text) > 0 {
				t.Fatalf("piece %d is empty", n)
			}
			at = end
		}
		if at != len(text) || n < 1 {
			t.Errorf("%d pieces ended at %d of %d bytes", n, at, len(text))
		}
	}
}

// lastIndex finds what strings.LastIndex finds.
func TestLastIndex(t *testing.T) {
	for _, s := range []string{"", "a\n\nb", "\n\n\n", "a\nb\nc", "x\n\ny\n\nz\n", "\n\n"} {
		for _, sep := range []string{"\n\n", "\n", ". "} {
			if got, want := lastIndex(s, sep), strings.LastIndex(s, sep); got != want {
				t.Errorf("lastIndex(%q, %q) = %d, want %d", s, sep, got, want)
			}
		}
	}
}
