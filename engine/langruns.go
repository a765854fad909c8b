package engine

import (
	"strings"

	"kilde/engine/segment"
)

// A paragraph changes the language read when it is clearly in the other
// one: a dozen words or more, with at least three function words of that
// language and twice as many as of the one read so far. A Danish article
// quoting an English statement, or an English one with a Danish summary,
// is then read a paragraph at a time in each; a short paragraph (a
// heading, a byline) keeps the language around it.
const (
	switchWords     = 12
	switchFunctions = 3
)

// langRun is a run of paragraphs read in one language: paragraphs
// [first, next run's first) of a piece.
type langRun struct {
	first int
	code  string
}

// languageRuns divides the paragraphs of d, a piece of text in language
// code whose paragraphs have counts, into runs of one language each; one
// run when none changes it.
func languageRuns(d *segment.Doc, counts []wordCounts, code string) []langRun {
	runs := []langRun{{0, code}}
	cur := code
	for p, c := range counts {
		if c.words < switchWords {
			continue
		}
		lang, sure := c.verdict()
		n, rival := c.of(lang)
		if lang == cur || !sure || n < switchFunctions || n < 2*rival || distinctFunctions(d, d.Paras[p], lang) < switchFunctions {
			continue
		}
		cur = lang
		if p == 0 {
			runs[0].code = lang
		} else {
			runs = append(runs, langRun{p, lang})
		}
	}
	return runs
}

// distinctFunctions counts the different function words of lang in
// paragraph r: "de" three times in a Spanish address is one ("Bases de
// Datos Campus de Elviña"), and no sign of Danish.
func distinctFunctions(d *segment.Doc, r segment.Range, lang string) int {
	mark := functionMark(lang)
	seen := map[string]bool{}
	for _, t := range d.Tokens[r.Start:r.End] {
		if t.Kind != segment.Word {
			continue
		}
		if w := strings.ToLower(d.Text[t.Start:t.End]); functionWords[w]&mark != 0 {
			seen[w] = true
		}
	}
	return len(seen)
}

// readRuns reads piece d at base, paragraph runs of another language
// than code each on its own (see languageRuns).
func readRuns(d *segment.Doc, counts []wordCounts, base int, code string) []found {
	runs := languageRuns(d, counts, code)
	out := make([]found, 0, len(runs))
	for i, r := range runs {
		start, end := 0, len(d.Text)
		if i > 0 {
			start = d.Lines[r.first].Start
		}
		if i+1 < len(runs) {
			end = d.Lines[runs[i+1].first].Start
		}
		sub := d // one run is the whole piece, already read
		if len(runs) > 1 {
			sub = segment.New(d.Text[start:end])
		}
		out = append(out, read(sub, base+start, r.code))
	}
	return out
}
