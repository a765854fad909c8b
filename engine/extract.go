// Package engine turns the text of a news article into its figures, quotes
// and entities. It is pure Go: it builds and runs natively and in
// WebAssembly alike, keeps no global mutable state and is safe to call from
// several goroutines.
package engine

import (
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"kilde/engine/boilerplate"
	"kilde/engine/entities"
	"kilde/engine/lang"
	"kilde/engine/quotes"
	"kilde/engine/segment"
)

// Extract finds the figures, quotes and entities of an article. Text that
// is not valid UTF-8 has each bad byte replaced by U+FFFD first, so
// offsets then refer to the repaired text.
func Extract(text string) Result { return ExtractIn(text, "") }

// ExtractIn is Extract for text whose language the caller knows: "da" or
// "en"; any other value detects it.
func ExtractIn(text, code string) Result {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	res := Result{}
	x := extraction{text: text, conv: newOffsets(text), res: &res, rules: map[ruleKey]string{}}
	ps := pieces(text)
	// One reading of the words serves every stage, the language's too.
	d := segment.New(text[ps[0].start:ps[0].end])
	detect := code != "da" && code != "en"
	counts := paraCounts(d, len(d.Tokens), detect)
	sure := true
	if detect {
		code, sure = total(counts).verdict()
	}
	res.Lang, res.LangUnsure = code, !sure
	// Where there is a second core, the figures of an article (a text of
	// one piece) are found beside the reading of its words, and found
	// again by stretch if a paragraph turns out to be in the other
	// language. A longer text has its pieces read side by side, and then
	// its figures found side by side too: found first, its figures
	// (most of its result) would be held all the while, and the
	// collector, pacing itself by what is held, would let its garbage
	// grow half as much again.
	whole := []langAt{{0, code}}
	var early func() []Figure
	cores := runtime.GOMAXPROCS(0)
	if cores > 1 && len(ps) == 1 {
		early = aside(func() []Figure { return x.figures(whole) })
	}
	x.readPieces(ps, d, counts, code, cores)
	switch {
	case !slices.Equal(x.langs, whole):
		if early != nil {
			early() // raises its panic, if any
		}
		res.Figures = x.figures(x.langs)
	case early != nil:
		res.Figures = early()
	case cores > 1:
		res.Figures = x.figuresSideBySide(code, cores)
	default:
		res.Figures = x.figures(whole)
	}
	settle(len(text))
	return res
}

// langAt says that the text from byte at on is read in language code.
type langAt struct {
	at   int
	code string
}

// extraction gathers the results of the pieces of one text.
type extraction struct {
	text  string
	conv  *offsets
	res   *Result
	rules map[ruleKey]string // a few distinct rules, built once each
	// named finds an entity of an earlier piece by a hash of its kind and
	// name, so that a name met again in a later piece joins it; nil
	// until a second piece begins.
	named *nameTable
	ended int      // entities in res.Entities when the current piece began
	langs []langAt // where the language read changes, from the start
}

// span converts byte offsets into the whole text to the result's code
// point offsets and text.
func (x *extraction) span(start, end int) (int, int, string) {
	return x.conv.runes(start), x.conv.runes(end), x.text[start:end]
}

// found is what the stages that read words found in one run of
// paragraphs in one language, before it joins the result.
type found struct {
	base, size int // the run's first byte in the whole text, and its length
	code       string
	furniture  []extent // paragraphs of site furniture, from base
	quotes     []quotes.Quote
	entities   []entities.Entity
	speakers   []speaker // of each quote
}

// read runs the stages that read words on d, a run of paragraphs in one
// language whose first byte is at base in the whole text. It touches
// nothing shared, so runs can be read side by side.
func read(d *segment.Doc, base int, code string) found {
	pack := lang.For(code)
	f := found{base: base, size: len(d.Text), code: code}
	skip := furniture(d)
	for p := range d.Paras {
		if skip(p) {
			f.furniture = append(f.furniture, extent{d.Lines[p].Start, d.Lines[p].End})
		}
	}
	f.quotes = quotes.Find(d, pack, skip)
	f.entities = entities.Find(d, entities.Hints{Lang: code, Skip: skip})
	f.speakers = attribute(d, pack, f.quotes, f.entities)
	// A title or a nickname in quotation marks that no one said is no
	// speech ("“The Salt Orchard” opened on Thursday"), nor one that a
	// preposition governs, whatever verb follows ("der spillede
	// hovedrollen i »Vildanden«, skrev …"), nor a name or a title given
	// ("under kaldenavnet »Bageren«", "sin nye single »Lys i alle
	// vinduer«").
	n := 0
	for i, q := range f.quotes {
		if (f.speakers[i].name == "" || q.FirstTok > 0 && pack.Is(strings.ToLower(d.Tok(q.FirstTok-1)), lang.Preposition|lang.Byname)) && quotes.Title(d, code, q) || quotes.Named(d, pack, q) {
			continue
		}
		f.quotes[n], f.speakers[n] = q, f.speakers[i]
		n++
	}
	f.quotes, f.speakers = f.quotes[:n], f.speakers[:n]
	return f
}

// merge adds what was found in a run to the result; runs are merged in
// the order of the text.
func (x *extraction) merge(f found) {
	res := x.res
	// A piece may begin in another language than the last ended in.
	if len(x.langs) == 0 || x.langs[len(x.langs)-1].code != f.code {
		x.langs = append(x.langs, langAt{f.base, f.code})
	}
	for _, e := range f.furniture {
		s, end, _ := x.span(f.base+e.start, f.base+e.end)
		res.Boilerplate = append(res.Boilerplate, Span{Start: s, End: end})
	}
	if res.Quotes == nil {
		// The first run tells how many quotes and entities the whole
		// text holds, near enough to size their lists once: each
		// doubling of a long list would leave its old copy as garbage.
		res.Quotes = make([]Quote, 0, expect(len(f.quotes), f.size, len(x.text)))
		res.Entities = make([]Entity, 0, expect(len(f.entities), f.size, len(x.text)))
	}
	ids := x.addEntities(f.entities, f.base)
	for i, q := range f.quotes {
		s, e, t := x.span(f.base+q.Start, f.base+q.End)
		sp := f.speakers[i]
		k := ruleKey{q.Rule, q.Sieve, sp.by}
		rule, ok := x.rules[k]
		if !ok {
			rule = quoteRule(q, sp)
			x.rules[k] = rule
		}
		out := Quote{Start: s, End: e, Text: t, Cue: q.Cue, Rule: rule, Speaker: sp.name}
		if sp.entity >= 0 {
			out.Entity = entityID(ids[sp.entity])
		}
		res.Quotes = append(res.Quotes, out)
	}
}

// expect is the number of items a text of total bytes holds when its first
// read bytes hold n, with an eighth more for the variation between
// pieces.
func expect(n, read, total int) int {
	if read >= total || read == 0 {
		return n
	}
	n = int(float64(n) * float64(total) / float64(read))
	return n + n/8
}

type ruleKey struct {
	found string
	sieve quotes.Sieve
	by    resolver
}

// quoteRule names how a quote was found, the sieve that linked it to
// its speaker's words and how those words were resolved:
// "quote:marks+after-cue+pronoun".
func quoteRule(q quotes.Quote, sp speaker) string {
	r := q.Rule
	if sp.by != noResolver {
		// Only a sieve that led to a speaker decided anything.
		if q.Sieve != quotes.NoSieve {
			r += "+" + q.Sieve.String()
		}
		r += "+" + sp.by.String()
	}
	return r
}

// furniture marks the paragraphs that are site furniture. The cues of
// both languages apply whatever the article's: a pasted page carries its
// site's furniture, and a Danish site's cookie line may be in English.
func furniture(d *segment.Doc) func(p int) bool {
	skip := boilerplate.Find(d, lang.For(""))
	return func(p int) bool { return p >= 0 && p < len(skip) && skip[p] }
}
