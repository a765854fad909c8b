package view

import (
	"strings"
	"testing"

	"kilde/engine"
)

func TestLayoutKeepsTheText(t *testing.T) {
	for _, text := range []string{
		"“Det går godt,” siger Veronica Pedersen. Salget steg 80 procent til $40 milliarder.\nNy linje om Kina og Kinas marked.",
		"", "\n\n", "én linje", "<script>alert(1)</script> 3.000 kr.",
		strings.Repeat("Kina købte 3.000 tønder olie, siger Jens Hansen. ", 300),
		strings.Repeat("x", 5000) + " " + strings.Repeat("ø", MaxPara),
	} {
		r := engine.Extract(text)
		var b strings.Builder
		paras := Layout(text, r)
		for _, p := range paras {
			n := 0
			for _, pc := range p {
				b.WriteString(pc.Text)
				n += len([]rune(pc.Text))
			}
			if n > MaxPara {
				t.Errorf("a paragraph of %d code points, over %d", n, MaxPara)
			}
		}
		want := strings.ReplaceAll(text, "\n", "")
		if b.String() != want {
			t.Errorf("layout of %.60q gives back %.60q", text, b.String())
		}
		if strings.HasPrefix(text, "Kina købte") && len(paras) < 5 {
			t.Errorf("a 15,000-letter line is cut in %d paragraphs", len(paras))
		}
	}
}

func TestLayoutMarksEachHighlightOnce(t *testing.T) {
	text := "“Det går godt,” siger Veronica Pedersen. Salget steg 80 procent i Kina, og Kinas marked vokser."
	r := engine.Extract(text)
	firsts := map[byte]int{}
	paras := Layout(text, r)
	for i, p := range paras {
		for _, pc := range p {
			if pc.Opens != 0 {
				firsts[pc.Opens]++
				if at := Find(paras, pc.ID()); at != i {
					t.Errorf("%s is in paragraph %d, not %d", pc.ID(), i, at)
				}
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
