// Command eval prints the name tagger's mention F1 (exact span and type)
// on the dev splits of the corpora, per type and overall, beside the
// entities of engine.Extract (rules and tagger) on the same text. Run it with
// make ner-eval.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"kilde/engine"
	"kilde/engine/ner"
	"kilde/engine/ner/internal/corpus"
	"kilde/engine/ner/internal/score"
)

var sets = []struct {
	lang, file string
	types      []string
}{
	{"da", "da-ddt-danplus/dev.tsv", []string{"PER", "ORG", "LOC", "MISC"}},
	{"en", "en-gum-ner/dev.tsv", []string{"PER", "ORG", "LOC", "MISC"}},
	{"en", "en-ewt-uner/dev.tsv", []string{"PER", "ORG", "LOC"}},
	{"en", "en-ewt-uner/test.tsv", []string{"PER", "ORG", "LOC"}}, // held out: neither trained nor tuned on
}

// trainSets are the train splits, for finding the rules that undo what
// the tagger learnt without reading the dev splits' text.
var trainSets = []struct {
	lang, file string
	types      []string
}{
	{"da", "da-ddt-danplus/train.tsv", []string{"PER", "ORG", "LOC", "MISC"}},
	{"en", "en-gum-ner/train.tsv", []string{"PER", "ORG", "LOC", "MISC"}},
}

var (
	lower     *bool
	engineErr *bool
	vsTagger  *bool
)

var three = []string{"PER", "ORG", "LOC"}

func main() {
	corpora := flag.String("corpora", "../shared/corpora", "the corpora folder")
	errs := flag.Bool("errors", false, "print the tagger's misses and false names")
	engineErr = flag.Bool("engine-errors", false, "print engine.Extract's misses and false names")
	vsTagger = flag.Bool("vs-tagger", false, "print where engine.Extract loses a name the tagger had right, or adds one the tagger did not propose")
	lower = flag.Bool("lower", false, "score lower-case words too (the engine does not)")
	train := flag.Bool("train", false, "score the train splits instead: with -vs-tagger, where the engine's rules undo names the tagger learnt (dev splits stay for measuring)")
	flag.Parse()
	if *train {
		sets = trainSets
	}
	for _, s := range sets {
		sents, err := corpus.Read(filepath.Join(*corpora, s.file))
		if err != nil {
			fmt.Fprintln(os.Stderr, "ner-eval:", err)
			os.Exit(1)
		}
		t, err := ner.New(s.lang)
		if err == nil {
			t.Lower = *lower
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "ner-eval:", err)
			os.Exit(1)
		}
		fmt.Printf("%s (%d sentences)\n", s.file, len(sents))
		model := score.Tagged(t, sents, s.types)
		model.Print(os.Stdout, "tagger", s.types)
		if len(s.types) > 3 {
			_, _, f := model.F1(three...)
			fmt.Printf("  %-28s %-5s F1 %.3f\n", "tagger", "PER+ORG+LOC", f)
		}
		eng := engineCounts(sents, s.lang, s.types, t)
		eng.Print(os.Stdout, "engine.Extract entities", s.types)
		if len(s.types) > 3 {
			_, _, f := eng.F1(three...)
			fmt.Printf("  %-28s %-5s F1 %.3f\n", "engine.Extract entities", "PER+ORG+LOC", f)
		}
		if *errs {
			printErrors(t, sents, s.types)
		}
	}
}

// engineCounts runs the engine on each document's text, made
// from its words, and maps its entity mentions back to words.
func engineCounts(sents []corpus.Sentence, lang string, types []string, t *ner.Tagger) *score.Counts {
	c := score.New()
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && sents[j].Doc == sents[i].Doc && sents[i].Doc != "" {
			j++
		}
		doc := sents[i:j]
		text, at := detokenize(doc)
		res := engine.ExtractIn(text, lang)
		pred := make([][]score.Name, len(doc))
		runeToByte := runeOffsets(text)
		for _, e := range res.Entities {
			typ := map[string]string{"person": "PER", "org": "ORG", "place": "LOC", "other": "MISC"}[e.Kind]
			for _, m := range e.Mentions {
				bs, be := runeToByte[m.Start], runeToByte[m.End]
				si, ws, we := -1, -1, -1
				for k := range doc {
					for w, off := range at[k] {
						end := off + len(doc[k].Words[w])
						if end > bs && off < be {
							if ws < 0 {
								si, ws = k, w
							}
							if k == si {
								we = w + 1
							}
						}
					}
				}
				// A mention holds its genitive ("France's"); the corpora
				// write the English one as a word outside the name.
				if si >= 0 && we-ws > 1 && genitiveWord(doc[si].Words[we-1]) {
					we--
				}
				if si >= 0 {
					pred[si] = append(pred[si], score.Name{Start: ws, End: we, Type: typ})
				}
			}
		}
		for k := range doc {
			gold := score.FromBIO(doc[k].Tags)
			c.Add(gold, pred[k], types)
			if *engineErr {
				showErrors(doc[k].Words, gold, pred[k], types)
			}
			if *vsTagger {
				if k == 0 {
					t.Document(score.Doc(sents, i))
				}
				showLosses(doc[k].Words, gold, score.Names(t, doc[k].Words), pred[k], types)
			}
		}
		i = j
	}
	return c
}

// detokenize joins a document's words into text as a newspaper would
// print it, and gives each word's byte offset.
func detokenize(doc []corpus.Sentence) (string, [][]int) {
	var b strings.Builder
	at := make([][]int, len(doc))
	for k, s := range doc {
		if k > 0 {
			if s.NewPar {
				b.WriteString("\n\n")
			} else {
				b.WriteString(" ")
			}
		}
		for w, word := range s.Words {
			if w > 0 && !noSpaceBefore(word) && !noSpaceAfter(s.Words[w-1]) {
				b.WriteString(" ")
			}
			at[k] = append(at[k], b.Len())
			b.WriteString(word)
		}
	}
	return b.String(), at
}

func noSpaceBefore(w string) bool {
	switch w {
	case ".", ",", ";", ":", "!", "?", ")", "'s", "’s", "n't", "'", "%":
		return true
	}
	return false
}

func noSpaceAfter(w string) bool { return w == "(" }

func runeOffsets(text string) []int {
	out := make([]int, 0, len(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}

func printErrors(t *ner.Tagger, sents []corpus.Sentence, types []string) {
	for i, s := range sents {
		if i == 0 || s.Doc != sents[i-1].Doc || s.Doc == "" {
			t.Document(score.Doc(sents, i))
		}
		gold := score.FromBIO(s.Tags)
		showErrors(s.Words, gold, score.Names(t, s.Words), types)
	}
}

// showErrors prints the gold names absent from pred and the predicted
// names absent from gold, each with its context.
func showErrors(words []string, gold, pred []score.Name, types []string) {
	show := func(mark string, a, b []score.Name) {
		for _, n := range a {
			if !slices.Contains(b, n) && keep(types, n.Type) {
				fmt.Printf("    %s %-4s %s   | %s\n", mark, n.Type, strings.Join(words[n.Start:n.End], " "), context(words, n))
			}
		}
	}
	show("miss", gold, pred)
	show("false", pred, gold)
}

// showLosses prints the gold names the tagger found and the engine did
// not ("lost", with what the engine had there), and the engine's false
// names the tagger did not propose ("added").
func showLosses(words []string, gold, tagged, pred []score.Name, types []string) {
	over := func(ns []score.Name, n score.Name) string {
		var out []string
		for _, m := range ns {
			if m.Start < n.End && n.Start < m.End {
				out = append(out, m.Type+":"+strings.Join(words[m.Start:m.End], " "))
			}
		}
		return strings.Join(out, ", ")
	}
	for _, n := range gold {
		if keep(types, n.Type) && slices.Contains(tagged, n) && !slices.Contains(pred, n) {
			fmt.Printf("    lost  %-4s %-30s engine [%s]  | %s\n", n.Type, strings.Join(words[n.Start:n.End], " "), over(pred, n), context(words, n))
		}
	}
	for _, n := range pred {
		if keep(types, n.Type) && !slices.Contains(gold, n) && !slices.Contains(tagged, n) {
			fmt.Printf("    added %-4s %-30s tagger [%s]  | %s\n", n.Type, strings.Join(words[n.Start:n.End], " "), over(tagged, n), context(words, n))
		}
	}
}

func keep(types []string, t string) bool {
	for _, k := range types {
		if k == t {
			return true
		}
	}
	return false
}

func context(words []string, n score.Name) string {
	a, b := max(0, n.Start-4), min(len(words), n.End+4)
	s := strings.Join(words[a:b], " ")
	if utf8.RuneCountInString(s) > 90 {
		s = string([]rune(s)[:90])
	}
	return s
}

// genitiveWord reports a corpus word that is a genitive ending alone.
func genitiveWord(w string) bool {
	switch w {
	case "'s", "’s", "'S", "’S":
		return true
	}
	return false
}
