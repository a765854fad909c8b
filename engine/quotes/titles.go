package quotes

import (
	"unicode"
	"unicode/utf8"

	"kilde/engine/lang"
	"kilde/engine/lexicon"
	"kilde/engine/segment"
)

// maxTitleWords is the most words a title in quotation marks has here:
// longer capitalised runs are headlines' speech as often.
const maxTitleWords = 6

// Title reports a quotation that names rather than says: a work's
// title, a nickname or a product's name in quotation marks ("“The Salt
// Orchard”", «Havørnen», "“Night Shift, Kumasi”"). Its words, at most
// maxTitleWords, are each capitalised but for stop words between them,
// and no sentence ends inside. Said by no one, it is no speech: the
// caller drops it where no speaker was found.
func Title(d *segment.Doc, code string, q Quote) bool {
	if q.Rule != "quote:marks" || q.LastTok-q.FirstTok < 2 {
		return false
	}
	if d.Tok(q.LastTok-1) == "," {
		return false // "»Ja,« sagde hun": speech ends so before its cue
	}
	words, last := 0, -1
	for k := q.FirstTok + 1; k < q.LastTok; k++ {
		t := d.Tokens[k]
		switch w := d.Tok(k); {
		case t.Kind == segment.Word:
			r, _ := utf8.DecodeRuneInString(w)
			// (A stop word or a particle may stand between: "Sal del
			// Norte", "Low Tide at Sharpness".)
			// (So may an article open it: "“the Snow King”".)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (words == 0 && !article(w) || words > 0 && !lexicon.IsStop(code, w) && !isParticle(d, k)) {
				return false
			}
			if words++; words > maxTitleWords {
				return false
			}
			last = k
		case w == "." || w == "!" || w == "?" || w == ":" || w == ";" || w == "…":
			return false
		}
	}
	if last < 0 || article(d.Tok(last)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Tok(last))
	return unicode.IsUpper(r) || unicode.IsDigit(r) // "The Salt Orchard", not "Vi går til"
}

// article reports a definite article in small letters: "the", "den",
// "det", "de".
func article(w string) bool { return w == "the" || w == "den" || w == "det" || w == "de" }

// maxNameWords is the most words a name or a title given after a word
// such as "slogan" or "called" has here: a longer quotation is speech.
const maxNameWords = 8

// Named reports a quotation that a word giving a name or a title stands
// right before, or before a comma before it ("under kaldenavnet
// »Bageren«", "hendes roman, »Hvor havet holder vejret«", "a program
// called “Ready Not Scared.”"): at most maxNameWords words, no sentence
// ending inside but at its end. Such a quotation names; it says nothing.
func Named(d *segment.Doc, p *lang.Pack, q Quote) bool {
	if q.Rule != "quote:marks" || q.FirstTok < 1 {
		return false
	}
	k := q.FirstTok - 1
	if d.Tok(k) == "," && k > 0 {
		k--
	}
	switch w := word(d, k); {
	case p.Is(w, lang.Byname):
		// Not the object of a verb that names: "called the film “quiet,
		// devastating and honest”" quotes the caller.
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if p.Is(word(d, j), lang.Naming) {
				return false
			}
		}
	case k == q.FirstTok-1 && p.Is(w, lang.Naming) && k > 0 && d.Tokens[k-1].Kind == segment.Word && !d.Tokens[k-1].Is(segment.Cap):
		// "a program called “Ready Not Scared.”", not "what he called
		// “…”".
		if _, pron := p.Pronoun(word(d, k-1)); pron {
			return false
		}
	default:
		return false
	}
	words := 0
	for j := q.FirstTok + 1; j < q.LastTok; j++ {
		switch w := d.Tok(j); {
		case d.Tokens[j].Kind == segment.Word:
			if words++; words > maxNameWords {
				return false
			}
		case (w == "." || w == "!" || w == "?") && j < q.LastTok-1, w == ":", w == ";":
			return false
		}
	}
	return words > 0
}
