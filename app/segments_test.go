package app

import (
	"strings"
	"testing"

	"kilde/engine"
)

func TestLayoutKeepsTheText(t *testing.T) {
	for _, text := range []string{
		"“Det går godt,” siger Veronica Pedersen. Salget steg 80 procent til $40 milliarder.\nNy linje om Kina og Kinas marked.",
		"", "\n\n", "én linje", "<script>alert(1)</script> 3.000 kr.",
	} {
		r := engine.Extract(text)
		var b strings.Builder
		for i, p := range layout(text, r) {
			if i > 0 {
				b.WriteString("\n")
			}
			for _, pc := range p {
				b.WriteString(pc.text)
			}
		}
		want := strings.Join(strings.FieldsFunc(text, func(r rune) bool { return r == '\n' }), "\n")
		if b.String() != want {
			t.Errorf("layout of %q gives back %q", text, b.String())
		}
	}
}

func TestLayoutMarksEachHighlightOnce(t *testing.T) {
	text := "“Det går godt,” siger Veronica Pedersen. Salget steg 80 procent i Kina, og Kinas marked vokser."
	r := engine.Extract(text)
	firsts := map[byte]int{}
	for _, p := range layout(text, r) {
		for _, pc := range p {
			if pc.first != "" {
				firsts[pc.first[0]]++
			}
		}
	}
	mentions := 0
	for _, e := range r.Entities {
		mentions += len(e.Mentions)
	}
	if firsts['f'] != len(r.Figures) || firsts['q'] != len(r.Quotes) || firsts['m'] != mentions {
		t.Errorf("openings %v for %d figures, %d quotes, %d mentions", firsts, len(r.Figures), len(r.Quotes), mentions)
	}
}
