package entities

import (
	"fmt"
	"os"
	"testing"

	"kilde/engine/ner"
	"kilde/engine/segment"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("DT")
	if text == "" {
		t.Skip()
	}
	lang := os.Getenv("DL")
	d := segment.New(text)
	c := newCollector(d, Hints{Lang: lang})
	defer c.release()
	for si := range d.Sentences {
		w := c.sentence(si)
		tg, _ := ner.New(c.model())
		var out []string
		for _, sp := range tg.Tag(w) {
			out = append(out, fmt.Sprint(ner.Types[sp.Type], w[sp.Start:sp.End]))
		}
		fmt.Printf("%q\n  tags %v\n", w, out)
	}
	c.candidates()
	for _, cd := range c.cands {
		fmt.Printf("cand %q tagged=%v decoded=%d titleLeft=%v\n", cd.words, cd.tagged, cd.decoded, cd.titleLeft)
	}
}
