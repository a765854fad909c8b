package engine_test

import (
	"strconv"
	"strings"
	"testing"

	"kilde/engine"
)

// TestLongTextIsOneText reads a text far longer than the engine reads at
// once: it must find in it what it finds in each of its articles, with
// a name met in several pieces kept as one entity and every offset exact.
func TestLongTextIsOneText(t *testing.T) {
	for _, article := range []string{
		"Direktør Jens Holt fra Novo Nordisk siger: »Vi er glade for tallene.« Holt tilføjer, at Novo Nordisk vil ansætte 200 i Aarhus.",
		"“We are pleased with the figures,” said Mary Jones, chief executive of Acme Corp. Jones added that Acme Corp would hire 200 people in Leeds.",
	} {
		one := engine.Extract(article)
		copies := 3 * 200 * 1024 / len(article)
		text := strings.Repeat(article+"\n\n", copies)
		long := engine.Extract(text)
		runes := []rune(text)
		if len(long.Quotes) != copies*len(one.Quotes) {
			t.Errorf("%d quotes in %d copies, want %d", len(long.Quotes), copies, copies*len(one.Quotes))
		}
		ids := map[string]engine.Entity{}
		for i, e := range long.Entities {
			ids[e.ID] = e
			if want := "e" + strconv.Itoa(i+1); e.ID != want {
				t.Errorf("entity %d has id %s, want %s", i, e.ID, want)
			}
			for k, m := range e.Mentions {
				if string(runes[m.Start:m.End]) != m.Text || k > 0 && m.Start <= e.Mentions[k-1].Start {
					t.Fatalf("%s mention %d at [%d, %d) reads %q, holds %q", e.Name, k, m.Start, m.End, string(runes[m.Start:m.End]), m.Text)
				}
			}
		}
		for _, q := range long.Quotes {
			if string(runes[q.Start:q.End]) != q.Text {
				t.Fatalf("quote at [%d, %d) reads %q, holds %q", q.Start, q.End, string(runes[q.Start:q.End]), q.Text)
			}
			if e, ok := ids[q.Entity]; q.Speaker == "" || !ok || e.Name != q.Speaker {
				t.Fatalf("quote %q: speaker %q, entity %q (%q)", q.Text, q.Speaker, q.Entity, e.Name)
			}
		}
		for _, e := range one.Entities {
			n := 0
			for _, x := range long.Entities {
				if x.Kind == e.Kind && x.Name == e.Name {
					n++
					if len(x.Mentions) != copies*len(e.Mentions) {
						t.Errorf("%s %q: %d mentions in %d copies, want %d", e.Kind, e.Name, len(x.Mentions), copies, copies*len(e.Mentions))
					}
				}
			}
			if n != 1 {
				t.Errorf("%s %q is %d entities in the long text, want 1", e.Kind, e.Name, n)
			}
		}
	}
}
