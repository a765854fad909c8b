package engine_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"kilde/engine"
)

// FuzzExtract checks on any input: no panic, every span inside the text,
// every text equal to the input at its code-point offsets, figures in
// order and not overlapping.
func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/eval/dev/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{
		"", "\"", "“”„“»«‘’'", "” ” ” siger", "- , siger .", "1,5 mia 3.000 330 000 10-15 % $", "\xff\xfe\x00abc",
		"<img src=x onerror=alert(1)><script>alert(1)</script>", "Ma ‘ s ‘ s ‘", "999999999999999999999999 mia",
		strings.Repeat("1.", 50), strings.Repeat("A ", 100),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r := engine.Extract(in)
		text := []rune(strings.ToValidUTF8(in, "\uFFFD"))
		check := func(what string, start, end int, got string) {
			if start < 0 || end < start || end > len(text) {
				t.Fatalf("%s [%d,%d) outside text of %d runes", what, start, end, len(text))
			}
			if got != string(text[start:end]) && got != "\x00skip" {
				t.Fatalf("%s text %q != input %q at [%d,%d)", what, got, string(text[start:end]), start, end)
			}
		}
		last := 0
		for _, x := range r.Figures {
			check("figure", x.Start, x.End, x.Text)
			if x.Start < last {
				t.Fatalf("figure at %d overlaps the one ending at %d", x.Start, last)
			}
			last = x.End
		}
		for _, q := range r.Quotes {
			check("quote", q.Start, q.End, q.Text)
		}
		for _, e := range r.Entities {
			if len(e.Mentions) == 0 || !utf8.ValidString(e.Name) {
				t.Fatalf("entity %q has no mentions or a bad name", e.Name)
			}
			for _, m := range e.Mentions {
				check("mention", m.Start, m.End, m.Text)
			}
		}
		for _, b := range r.Boilerplate {
			check("boilerplate", b.Start, b.End, "\x00skip")
		}
	})
}
