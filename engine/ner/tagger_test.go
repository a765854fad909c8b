package ner

import (
	"fmt"
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

// TestWindow checks that a long sentence is cut where no name can stand
// and that each window stays within MaxWindow words.
func TestWindow(t *testing.T) {
	long := func(unit []string, n int) []string {
		var w []string
		for len(w) < n {
			w = append(w, unit...)
		}
		return w
	}
	for _, c := range []struct {
		name  string
		words []string
	}{
		{"da commas", long(strings.Fields("Anders Hansen sagde at prisen steg i Aarhus ,"), 2000)},
		{"en no commas", long(strings.Fields("Mary Smith of Harbour Trust met Bank of America people"), 2000)},
		{"capitals only", long(strings.Fields("Karen Holm Lars Jensen"), 1000)},
		{"short", strings.Fields("Karen Holm bor i Aarhus .")},
	} {
		t.Run(c.name, func(t *testing.T) {
			for lo := 0; lo < len(c.words); {
				hi := Window(c.words, lo)
				if hi <= lo || hi-lo > MaxWindow {
					t.Fatalf("window [%d, %d) of %d words", lo, hi, len(c.words))
				}
				if hi < len(c.words) && hi-lo < MaxWindow {
					if w := c.words[hi-1]; w != "," && w != ";" && !lowerWord(w) {
						t.Errorf("window [%d, %d) ends on %q, which may stand in a name", lo, hi, w)
					}
					if connector(c.words[hi-1]) {
						t.Errorf("window [%d, %d) ends on the joining word %q", lo, hi, c.words[hi-1])
					}
				}
				lo = hi
			}
		})
	}
}

// TestTagWindow checks that a very long sentence tagged window by window
// gets the names it gets tagged whole.
func TestTagWindow(t *testing.T) {
	for _, c := range []struct{ lang, unit string }{
		{"da", "Karen Holm bor i Aarhus , og"},
		{"en", "Tim Cook flew to Paris ; and"},
	} {
		tg, err := New(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		var words []string
		for range 300 {
			words = append(words, strings.Fields(c.unit)...)
		}
		var got []string
		for lo := 0; lo < len(words); {
			hi := Window(words, lo)
			for _, sp := range tg.TagWindow(words, lo, hi) {
				got = append(got, fmt.Sprint(Types[sp.Type], lo+sp.Start, lo+sp.End))
			}
			lo = hi
		}
		var want []string
		for _, sp := range tg.Tag(words) {
			want = append(want, fmt.Sprint(Types[sp.Type], sp.Start, sp.End))
		}
		if len(want) < 300 || strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: tagged by windows %d names, whole %d:\n%v\n%v", c.lang, len(got), len(want), got, want)
		}
	}
}

// What the tagger finds in a sentence does not depend on the order it
// meets the document's sentences in: the word cache keeps only what a
// word says wherever it stands ("London" opening one sentence and inside
// another).
func TestTagOrderFree(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "London said it would act . Talks in London and Paris ended . Jordan met Georgia officials in Jordan . Georgia voted ."},
		{"da", "København vil handle . Mødet i København og Aarhus sluttede . Holm mødte Lund i Holm . Lund stemte ."},
	} {
		var sents [][]string
		for _, s := range strings.Split(c.text, " . ") {
			sents = append(sents, append(strings.Fields(s), "."))
		}
		tag := func(order []int) map[int]string {
			tg, err := New(c.lang)
			if err != nil {
				t.Fatal(err)
			}
			tg.Document(sents)
			out := map[int]string{}
			for _, i := range order {
				out[i] = fmt.Sprint(tg.Tag(sents[i]))
			}
			return out
		}
		forward, backward := tag([]int{0, 1, 2, 3}), tag([]int{3, 2, 1, 0})
		for i := range sents {
			if forward[i] != backward[i] {
				t.Errorf("%s: %q tags as %s after the sentences before it, as %s after those after it", c.lang, sents[i], forward[i], backward[i])
			}
		}
	}
}
