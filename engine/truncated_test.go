package engine

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"kilde/engine/internal/examples"
)

// TestTruncatedExamples reads every example sentence of testdata/corpus
// cut short at each space, from the end and from the start: the rules
// look ahead and behind for the words a pattern needs, and a text that
// stops where a pattern would go on ("Ann Lee, the") must not read past
// its last word nor before its first.
func TestTruncatedExamples(t *testing.T) {
	n := 0
	for _, code := range []string{"da", "en"} {
		for file, fields := range map[string]int{"entities.txt": 6, "quotes.txt": 6, "figures.txt": 8} {
			lines, err := examples.Read(filepath.Join("testdata", "corpus", code, file), fields)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range lines {
				text := strings.ReplaceAll(l.Fields[len(l.Fields)-1], `\n`, "\n")
				for i, r := range text {
					if r != ' ' {
						continue
					}
					for _, cut := range []string{text[:i], text[i+1:]} {
						n++
						if err := extractSafely(cut, code); err != nil {
							t.Errorf("%s: %q: %v", l.At, cut, err)
						}
					}
				}
			}
		}
	}
	t.Logf("%d cut texts read", n)
}

func extractSafely(text, code string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	ExtractIn(text, code)
	return nil
}
