package score

import (
	"kilde/engine/ner"
	"kilde/engine/ner/internal/corpus"
)

// Tagged counts what the tagger finds in sents against their gold tags.
func Tagged(t *ner.Tagger, sents []corpus.Sentence, keep []string) *Counts {
	c := New()
	for i, s := range sents {
		if i == 0 || s.Doc != sents[i-1].Doc || s.Doc == "" {
			t.Document(Doc(sents, i))
		}
		c.Add(FromBIO(s.Tags), Names(t, s.Words), keep)
	}
	return c
}

// Names returns the names the tagger finds in one sentence's words.
func Names(t *ner.Tagger, words []string) []Name {
	var out []Name
	for _, sp := range t.Tag(words) {
		out = append(out, Name{sp.Start, sp.End, ner.Types[sp.Type]})
	}
	return out
}

// Doc gives the words of the sentences of the document that starts at
// sents[i]; a sentence with no document is one on its own.
func Doc(sents []corpus.Sentence, i int) [][]string {
	j := i + 1
	for s := sents[i].Doc; s != "" && j < len(sents) && sents[j].Doc == s; j++ {
	}
	out := make([][]string, 0, j-i)
	for _, s := range sents[i:j] {
		out = append(out, s.Words)
	}
	return out
}
