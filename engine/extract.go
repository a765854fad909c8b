// Package engine turns the text of a news article into its figures, quotes
// and entities. It is pure Go: it builds and runs natively and in
// WebAssembly alike, keeps no global mutable state and is safe to call from
// several goroutines.
package engine

import (
	"strings"
	"unicode/utf8"

	"kilde/engine/boilerplate"
	"kilde/engine/entities"
	"kilde/engine/figures"
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
	// One reading of the words serves every stage, the language's too.
	d := segment.New(text)
	sure := true
	if code != "da" && code != "en" {
		code, sure = detectLanguage(d)
	}
	pack := lang.For(code)
	res := Result{Lang: code, LangUnsure: !sure, Figures: []Figure{}, Quotes: []Quote{}, Entities: []Entity{}}
	conv := newOffsets(text)
	span := func(start, end int) (int, int, string) {
		return conv.runes(start), conv.runes(end), text[start:end]
	}

	skip := furniture(d)
	for p := range d.Paras {
		if skip(p) {
			s, e, _ := span(d.Lines[p].Start, d.Lines[p].End)
			res.Boilerplate = append(res.Boilerplate, Span{Start: s, End: e})
		}
	}

	qs := quotes.Find(d, pack, skip)
	ents := entities.Find(d, entities.Hints{Lang: code, Skip: skip})

	// Figures are found on the whole text, in one pass of their own.
	// Sized by the runs of digits, which bound the figures but for the
	// rare number words: one list, no growing copies.
	res.Figures = make([]Figure, 0, digitRuns(text)+8)
	figures.Each(text, code, func(f figures.Figure) {
		s, e, t := span(f.Start, f.End)
		res.Figures = append(res.Figures, Figure{
			Start: s, End: e, Text: t, Kind: f.Kind,
			Value: f.Value, ISO: f.ISO, High: f.High,
			Unit: f.Unit, Qualifier: f.Qualifier, Rule: f.Rule.String(),
		})
	})
	speakerOf := attribute(d, pack, qs, ents)
	res.Quotes = make([]Quote, 0, len(qs))
	rules := map[ruleKey]string{} // a few distinct rules, built once each
	for i, q := range qs {
		s, e, t := span(q.Start, q.End)
		sp := speakerOf[i]
		k := ruleKey{q.Rule, q.Sieve, sp.by}
		rule, ok := rules[k]
		if !ok {
			rule = quoteRule(q, sp)
			rules[k] = rule
		}
		out := Quote{Start: s, End: e, Text: t, Cue: q.Cue, Rule: rule, Speaker: sp.name}
		if sp.entity >= 0 {
			out.Entity = entityID(sp.entity)
		}
		res.Quotes = append(res.Quotes, out)
	}
	res.Entities = entityResults(ents, span)
	return res
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

// digitRuns counts the runs of ASCII digits in text.
func digitRuns(text string) int {
	n, in := 0, false
	for i := 0; i < len(text); i++ {
		d := '0' <= text[i] && text[i] <= '9'
		if d && !in {
			n++
		}
		in = d
	}
	return n
}

// furniture marks the paragraphs that are site furniture. The cues of
// both languages apply whatever the article's: a pasted page carries its
// site's furniture, and a Danish site's cookie line may be in English.
func furniture(d *segment.Doc) func(p int) bool {
	skip := boilerplate.Find(d, lang.For(""))
	return func(p int) bool { return p >= 0 && p < len(skip) && skip[p] }
}
