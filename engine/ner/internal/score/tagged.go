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
		var pred []Name
		for _, sp := range t.Tag(s.Words) {
			pred = append(pred, Name{sp.Start, sp.End, ner.Types[sp.Type]})
		}
		c.Add(FromBIO(s.Tags), pred, keep)
	}
	return c
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
