package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"kilde/engine"
)

// TestBinary builds the real program and checks that every span in its
// JSON for the seed article is the input at its code-point offsets.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	bin := filepath.Join(t.TempDir(), "kilde")
	build := exec.Command("go", "build", "-o", bin, "kilde")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	input := filepath.Join("..", "testdata", "eval", "dev", "seed-da.txt")
	src, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "extract", "--format", "json", input).Output()
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	var r engine.Result
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("output is not the result JSON: %v", err)
	}
	text := []rune(string(src))
	check := func(what string, start, end int, got string) {
		if start < 0 || end < start || end > len(text) {
			t.Errorf("%s [%d,%d) outside the text of %d code points", what, start, end, len(text))
		} else if want := string(text[start:end]); got != want {
			t.Errorf("%s [%d,%d) text %q, input has %q", what, start, end, got, want)
		}
	}
	for _, f := range r.Figures {
		check("figure", f.Start, f.End, f.Text)
	}
	for _, q := range r.Quotes {
		check("quote", q.Start, q.End, q.Text)
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			check("mention of "+e.Name, m.Start, m.End, m.Text)
		}
	}
	if len(r.Figures) == 0 || len(r.Quotes) == 0 || len(r.Entities) == 0 {
		t.Errorf("seed article gave %d figures, %d quotes, %d entities; want some of each",
			len(r.Figures), len(r.Quotes), len(r.Entities))
	}
}
