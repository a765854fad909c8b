package entities

import (
	"fmt"
	"os"
	"testing"

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
	c.tagged = -1
	for si := range d.Sentences {
		words := c.sentence(si)
		tg := c.tagger()
		for _, sp := range tg.Tag(words) {
			fmt.Println("TAG", words[sp.Start:sp.End], sp.Type)
		}
	}
	c.candidates()
	for _, cd := range c.cands {
		fmt.Printf("CAND %q words=%v weak=%v titleLeft=%v class=%d decoded=%d\n", d.Text[d.Tokens[cd.tok.Start].Start:d.Tokens[cd.tok.End-1].End], cd.words, cd.weak, cd.titleLeft, cd.class, cd.decoded)
	}
	c.classify()
	for _, e := range c.group() {
		fmt.Println("ENT", e.Name, e.Kind, e.Rule)
	}
}
