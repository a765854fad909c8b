// Command train builds the name tagger's models from the annotated
// corpora beside the checkout (train splits only) and writes them, with
// a companion MODEL.md naming the sources, their licences and the
// models' scores on the dev splits. Run it with make train; the same
// corpora give the same files, byte for byte.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"kilde/engine/ner"
	"kilde/engine/ner/internal/corpus"
	"kilde/engine/ner/internal/score"
)

// source is a corpus file with what MODEL.md says of it. A foreign
// source is in another language than the model's: its names teach the
// shapes and contexts names share across languages, and its words stay
// out of the model language's list of words.
type source struct {
	file, licence string
	foreign       bool
}

// The English training sets.
var (
	gum      = source{"en-gum-ner/train.tsv", "annotations CC BY 4.0; texts CC BY 2.5 / CC BY 4.0 / CC BY-SA 3.0 / public domain (GUM)", false}
	wikigold = source{"en-wikigold/train.tsv", "CC BY 4.0 (wikigold)", false}
	wnut     = source{"en-wnut17/train.tsv", "CC BY 4.0 (WNUT-17)", false}
	pud      = source{"en-pud-uner/all.tsv", "CC BY-SA 3.0 (PUD, Universal NER)", false}
)

// foreign returns s as a source in another language, named so in
// MODEL.md.
func foreign(s source, language string) source {
	s.licence, s.foreign = language+": "+s.licence, true
	return s
}

// The training sets of each language, and the dev splits that score it.
var (
	train = map[string][]source{
		// The English sets with news and encyclopaedic prose add about
		// 0.02 to the Danish model on DDT dev and 0.01 on a held-out half
		// of DDT train (three seeds each); WNUT-17's social media adds
		// nothing.
		"da": {
			{"da-ddt-danplus/train.tsv", "CC BY-SA 4.0 (DDT text, DaN+ annotation via Universal NER)", false},
			foreign(gum, "English"), foreign(wikigold, "English"), foreign(pud, "English"),
		},
		"en": {gum, wikigold, wnut, pud},
	}
	dev = map[string][]dset{
		"da": {{"da-ddt-danplus/dev.tsv", all}},
		"en": {{"en-gum-ner/dev.tsv", all}, {"en-ewt-uner/dev.tsv", three}},
	}
	all   = []string{"PER", "ORG", "LOC", "MISC"}
	three = []string{"PER", "ORG", "LOC"}
)

type dset struct {
	file  string
	types []string
}

// Options is the one training recipe for both languages.
var noMisc bool

var options = ner.TrainOptions{Bits: 18, Epochs: 10, Seed: 1, Bags: 3, MinCount: 2, Prune: 3, CapsEvery: 20}

func main() {
	corpora := flag.String("corpora", "../shared/corpora", "the corpora folder")
	out := flag.String("out", "engine/ner/model", "where to write the models")
	wordsOut := flag.String("words", "engine/lexicon/data", "where to write the lists of words the training text uses")
	only := flag.String("lang", "", "train only this language (da or en) and write nothing: for trying options")
	flag.UintVar(&options.Bits, "bits", options.Bits, "2^bits feature slots")
	prune := flag.Int("prune", int(options.Prune), "zero the quantised weights this close to 0")
	flag.IntVar(&options.Bags, "bags", options.Bags, "models averaged into one")
	flag.Uint64Var(&options.Seed, "seed", options.Seed, "the order of sentences")
	flag.IntVar(&options.Epochs, "epochs", options.Epochs, "passes over the data")
	flag.IntVar(&options.CapsEvery, "caps", options.CapsEvery, "add every n-th sentence again in capitals (0: none)")
	skip := flag.String("skip", "", "comma-separated training files to leave out (for trying options)")
	flag.BoolVar(&noMisc, "nomisc", false, "train without MISC (for trying options)")
	extra := flag.String("extra", "", "comma-separated training files to add, each after foreign: if in another language (for trying options)")
	flag.Parse()
	options.Prune = int8(*prune)
	for _, f := range strings.Split(*extra, ",") {
		if f != "" && *only != "" {
			foreign := strings.HasPrefix(f, "foreign:")
			train[*only] = append(train[*only], source{strings.TrimPrefix(f, "foreign:"), "(trial)", foreign})
		}
	}
	if err := run(*corpora, *out, *wordsOut, *only, *skip); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(corpora, out, wordsOut, only, skip string) error {
	var md bytes.Buffer
	md.WriteString(header)
	for _, lang := range []string{"da", "en"} {
		if only != "" && lang != only {
			continue
		}
		var examples []ner.Example
		words := map[string]bool{}
		prevDoc := ""
		fmt.Fprintf(&md, "\n## %s\n\nTrained on (train splits only):\n\n", lang)
		for _, s := range train[lang] {
			if strings.Contains(","+skip+",", ","+s.file+",") {
				continue
			}
			sents, err := corpus.Read(filepath.Join(corpora, s.file))
			if err != nil {
				return err
			}
			for _, x := range sents {
				doc := 0
				if x.Doc != "" {
					doc = len(examples) + 1
					if n := len(examples); n > 0 && prevDoc == x.Doc {
						doc = examples[n-1].Doc
					}
				}
				prevDoc = x.Doc
				for k, w := range x.Words {
					if !s.foreign && x.Tags[k] == "O" && letters(w) {
						words[strings.ToLower(w)] = true
					}
				}
				if noMisc {
					for k, t := range x.Tags {
						if strings.HasSuffix(t, "-MISC") {
							x.Tags[k] = "O"
						}
					}
				}
				examples = append(examples, ner.Example{Words: x.Words, Tags: x.Tags, Doc: doc, Foreign: s.foreign})
			}
			fmt.Fprintf(&md, "- `%s` (%d sentences): %s\n", s.file, len(sents), s.licence)
		}
		o := options
		o.Lang = lang
		m, err := ner.Train(examples, o)
		if err != nil {
			return err
		}
		b, err := m.MarshalBinary()
		if err != nil {
			return err
		}
		fmt.Fprintf(&md, "\nModel file `%s.bin`: %d bytes.\n\nMention F1 on the dev splits (exact span and type):\n\n", lang, len(b))
		for _, d := range dev[lang] {
			sents, err := corpus.Read(filepath.Join(corpora, d.file))
			if err != nil {
				return err
			}
			c := score.Tagged(m.Tagger(lang), sents, d.types)
			var line strings.Builder
			for _, t := range d.types {
				_, _, f := c.F1(t)
				fmt.Fprintf(&line, " %s %.3f,", t, f)
			}
			_, _, f3 := c.F1(three...)
			_, _, fa := c.F1(d.types...)
			fmt.Fprintf(&md, "- `%s`:%s PER+ORG+LOC %.3f, all %.3f\n", d.file, line.String(), f3, fa)
			fmt.Printf("%s %s:%s PER+ORG+LOC %.3f all %.3f\n", lang, d.file, line.String(), f3, fa)
		}
		if only != "" {
			continue
		}
		if err := os.WriteFile(filepath.Join(out, lang+".bin"), b, 0o644); err != nil {
			return err
		}
		if err := writeWords(filepath.Join(wordsOut, "corpus-words-"+lang+".txt"), lang, words); err != nil {
			return err
		}
	}
	if only != "" {
		return nil
	}
	fmt.Fprintf(&md, "\nOptions: 2^%d slots, %d epochs, seeds from %d, %d models averaged, features seen at least %d times, int8 weights within ±%d dropped, every %d-th sentence also in capitals.\n",
		options.Bits, options.Epochs, options.Seed, options.Bags, options.MinCount, options.Prune, options.CapsEvery)
	return os.WriteFile(filepath.Join(out, "MODEL.md"), md.Bytes(), 0o644)
}

// letters reports a word of letters only, the kind of word the engine
// asks the list about.
func letters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// writeWords writes the words lang's training text uses outside names,
// lower case and sorted, under a header naming their sources: the engine
// takes a capitalised word none of them spells for a name the tagger
// never saw.
func writeWords(path, lang string, words map[string]bool) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Every word of letters outside names in the %s training text of the name tagger\n", lang)
	b.WriteString("# (generated by make train; do not edit). Licence CC BY-SA 4.0, adapted from\n")
	for _, s := range train[lang] {
		if s.foreign {
			continue
		}
		fmt.Fprintf(&b, "# %s: %s\n", s.file, s.licence)
	}
	b.WriteString("# with the attributions of engine/ner/model/MODEL.md.\n")
	for _, w := range slices.Sorted(maps.Keys(words)) {
		b.WriteString(w + "\n")
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

const header = `# Name tagger models (generated by make train; do not edit)

Licence: **CC BY-SA 4.0**. The weights in ` + "`da.bin` and `en.bin`" + ` are adapted
from the annotated corpora listed below; the Danish DDT/DaN+ data is
CC BY-SA 4.0 and the English PUD data CC BY-SA 3.0, so the model tables are
distributed under CC BY-SA 4.0 with attribution to:

- Plank, Nørgaard Jensen, van der Goot (2020), DaN+: Danish Nested Named
  Entities and Lexical Normalization (COLING); Buch-Kromann et al. (2003),
  the Danish Dependency Treebank; Johannsen, Martínez Alonso, Plank (2015),
  Universal Dependencies for Danish.
- Mayhew et al. (2024), Universal NER (NAACL), for the DDT and PUD tags.
- Zeldes (2017), The GUM Corpus (https://gucorpling.org/gum/), and the
  sources of its documents (Wikinews, Wikipedia, Wikivoyage, OpenStax, …).
- Balasuriya et al. (2009), wikigold; Derczynski et al. (2017), WNUT-17.

Each corpus's SOURCE.md (in the corpora folder beside the checkout) gives
the repository, commit, conversion and counts.

Command: ` + "`make train`" + ` (go run ./engine/ner/internal/train). The
model is an averaged structured perceptron over BILOU tags with Viterbi
decoding; weights are int8 with one scale per class over 2^bits hashed
feature slots, keeping features seen at least twice. Among its features
are the word lists of engine/lexicon/data; the English model's include
the kinds of WordNet 3.1's proper names (WordNet 3.0 licence, notice in
engine/lexicon/data/wordnet-names-en.tsv).
`
