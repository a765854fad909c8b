package ner

import (
	"strings"
	"testing"
)

func TestTagger(t *testing.T) {
	for _, c := range []struct {
		lang, sentence string
		want           []string // "TYPE words"
	}{
		{"da", "Det siger Karen Holm , der er direktør i Novo Nordisk i København .", []string{"PER Karen Holm", "ORG Novo Nordisk", "LOC København"}},
		{"da", "Statsminister Poul Schlüter rejser til Bruxelles i morgen .", []string{"PER Poul Schlüter", "LOC Bruxelles"}},
		{"en", "Emmanuel Macron met Tim Cook in Paris on Monday , the French president said .", []string{"PER Tim Cook", "PER Emmanuel Macron", "LOC Paris"}},
		{"en", "The weather was fine and nobody went to work .", nil},
	} {
		tg, err := New(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		words := strings.Fields(c.sentence)
		var got []string
		for _, sp := range tg.Tag(words) {
			got = append(got, Types[sp.Type]+" "+strings.Join(words[sp.Start:sp.End], " "))
		}
		for _, w := range c.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%s: no %q in %q", c.sentence, w, got)
			}
		}
		if c.want == nil && len(got) > 0 {
			t.Errorf("%s: found %q in a sentence without names", c.sentence, got)
		}
	}
	if _, err := New("sv"); err == nil {
		t.Error("a tagger for Swedish, which has no model")
	}
}

// The tagger allocates nothing per word once its buffers have grown:
// only the slice of names it returns.
func TestTagAllocations(t *testing.T) {
	tg, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Shares of Greenfield Motors rose on Tuesday , said analyst Tom Reyes in New York , and the Bank of England waited .")
	tg.Document([][]string{words})
	tg.Tag(words)
	if n := testing.AllocsPerRun(20, func() { tg.Tag(words) }); n > 1 {
		t.Errorf("Tag allocates %.0f times a sentence, want at most once (the names returned)", n)
	}
}

func TestSpansAreValid(t *testing.T) {
	tg, _ := New("da")
	words := strings.Fields("FCM-Viborg endte 2-1 , mens AGF slog Brøndby på Aarhus Stadion foran 12.000 tilskuere .")
	prev := 0
	for _, sp := range tg.Tag(words) {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(words) || sp.Type < 0 || sp.Type >= len(Types) {
			t.Errorf("bad span %+v after %d", sp, prev)
		}
		prev = sp.End
	}
}
