package engine

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestNumbers(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"no digits here", 0},
		{"1,234.5 kroner", 1},
		{"on 2017-06-20 at 10:30", 2},
		{"10 to 15", 2},
		{"10-15 %", 1},
		{"year 2015. 20 people", 2}, // a full stop and a space end a number
		{"page 3/4, 5", 2},
		{"ends in a mark: 7.", 1},
	} {
		if got := numbers(c.text); got != c.want {
			t.Errorf("numbers(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// The list of figures is sized once: on real articles in both
// languages, and on a long text of them, no figure makes it grow.
func TestFigureListSizedOnce(t *testing.T) {
	texts := evalTexts(t, "*/*.txt")
	var all strings.Builder
	for _, name := range slices.Sorted(maps.Keys(texts)) {
		all.WriteString(texts[name])
		all.WriteString("\n\n")
		checkSizedOnce(t, name, texts[name])
	}
	checkSizedOnce(t, "all of them, four times", strings.Repeat(all.String(), 4))
}

func checkSizedOnce(t *testing.T, name, text string) {
	t.Helper()
	res := Extract(text)
	n := numbers(text)
	if want := n + n/8 + 16; cap(res.Figures) != want {
		t.Errorf("%s: %d figures in a list of %d, want the list of %d it was made with", name, len(res.Figures), cap(res.Figures), want)
	}
}
