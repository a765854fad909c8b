// Package quotes finds direct speech in news text: words in quotation
// marks of every style Danish and English use, Danish dash quotes, and
// the speech verb and subject that attribute them.
package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kilde/engine/lang"
	"kilde/engine/lexicon"
	"kilde/engine/segment"
)

// Quote is one stretch of direct speech.
type Quote struct {
	Start, End int // byte offsets of the quoted words, without marks
	// first and last token index of the quotation, marks included
	FirstTok, LastTok int
	Para              int // paragraph index
	// Cue is the speech verb or phrase that carried the attribution
	// ("siger", "according to", ":"); empty when none was found.
	Cue string
	// Subj is the token range naming the speaker (empty when none), and
	// Mention what kind of words they are; Pronoun and Role say more about
	// a pronoun or a role noun.
	Subj    segment.Range
	Role    lang.Role
	Mention Mention
	Pronoun lang.Pronoun
	// Sieve is what linked the quote to its speaker's words, Rule how
	// the quote itself was found ("quote:marks").
	Sieve Sieve
	Rule  string
	// Prev is the index of the quote whose speaker this one continues,
	// or -1. Chain links the parts of a quotation that runs over several
	// paragraphs (the index of its first part).
	Prev, Chain int
}

// finder carries the text and the language's tables through a search.
type finder struct {
	d    *segment.Doc
	pack *lang.Pack
	memo []uint8 // the cue phrases at each token, once looked up (see cues)
}

// Find returns the quotations of d in order, attributed with the
// language pack's cues. skipPara reports paragraphs that are site
// furniture and must not be mined.
func Find(d *segment.Doc, pack *lang.Pack, skipPara func(p int) bool) []Quote {
	f := finder{d: d, pack: pack}
	// Sized for a quotation to every two marks: one allocation. Growing
	// a list of large items by copies costs more than its share on a text
	// of many thousand quotations, where the collector runs meanwhile.
	marks := 0
	for i := range d.Tokens {
		if d.IsMark(i) {
			marks++
		}
	}
	out := make([]Quote, 0, marks/2+4)
	from := 0 // where pairing resumes: after a quotation that ran on from the paragraph before
	for p, para := range d.Paras {
		if skipPara != nil && skipPara(p) {
			continue
		}
		before := len(out)
		out, from = f.pairMarks(p, segment.Range{Start: max(para.Start, from), End: para.End}, out)
		if len(out) == before || out[before].FirstTok != para.Start {
			if q, ok := f.dashQuote(p, para); ok {
				out = append(out, Quote{})
				copy(out[before+1:], out[before:])
				out[before] = q
			}
		}
	}
	if len(out) > 0 {
		f.memo = make([]uint8, len(d.Tokens))
	}
	for i := range out {
		out[i].Prev, out[i].Chain = -1, i
		f.attribute(out, i)
	}
	f.link(out)
	return out
}

// pairMarks pairs the quotation marks of paragraph p. A mark of another
// kind inside an open quotation (“… "grøn vækst" …”) opens a quotation
// within it, which stays part of the outer one.
func (f finder) pairMarks(p int, para segment.Range, out []Quote) ([]Quote, int) {
	d := f.d
	var open, inner mark // valid when isOpen / inInner; values, so nothing escapes per paragraph
	isOpen, inInner := false, false
	for i := para.Start; i < para.End; i++ {
		m, ok := f.classify(i)
		if !ok {
			continue
		}
		switch {
		case inInner:
			if m.close && m.family == inner.family && closesAs(d, i, inner.closes) {
				inInner = false
			} else if m.close && m.family == open.family && closesAs(d, i, open.closes) && !m.open {
				inInner = false // the inner mark was stray: this closes the outer one
				i--
			}
		case !isOpen && f.detachedCloser(i):
			// A closer with no opener, followed by a speech verb: the
			// quotation runs from the start of its sentence ("…ilden, "siger Brian Lentz").
			s := sentenceOf(d, i)
			if q, ok := makeQuote(d, p, s.Start, s.Start, i, "quote:detached"); ok {
				out = append(out, q)
			}
		case !isOpen && m.open:
			open, isOpen = m, true
		case isOpen && m.family == open.family && (m.close || f.detachedCloser(i)) && (closesAs(d, i, open.closes) || !m.open || !nests(d, open, i)):
			if q, ok := makeQuote(d, p, open.tok, open.tok+1, i, "quote:marks"); ok {
				out = append(out, q)
			}
			isOpen = false
		case isOpen && m.open && nests(d, open, i):
			inner, inInner = m, true
		case isOpen && m.family == open.family && m.open:
			open = m // the earlier opener was stray
		}
	}
	if isOpen && p+1 < len(d.Paras) {
		// A quotation that goes on in the next paragraph has no closing
		// mark here, and opens again there; or it runs on over the break
		// and closes there, before any other mark.
		next := d.Paras[p+1]
		if m, ok := f.classify(next.Start); ok && m.open && m.family == open.family {
			if q, ok := makeQuote(d, p, open.tok, open.tok+1, para.End, "quote:paragraphs"); ok {
				out = append(out, q)
			}
		} else if c := f.runOnCloser(next, open); c > 0 {
			if q, ok := makeQuote(d, p+1, open.tok, open.tok+1, c, "quote:run-on"); ok {
				out = append(out, q)
				return out, c + 1
			}
		}
	}
	return out, 0
}

// runOnCloser returns the mark in paragraph next that closes the
// quotation opened by open in the paragraph before: the first mark of
// next, when it closes and a speech verb follows it (”, siger X"), or
// when it can only close (”, «, not a straight mark, which opens too);
// else 0.
func (f finder) runOnCloser(next segment.Range, open mark) int {
	for i := next.Start; i < next.End && i < next.Start+lookBack*4; i++ {
		m, ok := f.classify(i)
		if !ok {
			continue
		}
		if m.family == open.family && (f.detachedCloser(i) || m.close && !m.open && closesAs(f.d, i, open.closes)) {
			return i
		}
		return 0
	}
	return 0
}

// closesAs reports whether the mark at i is the rune c.
func closesAs(d *segment.Doc, i int, c rune) bool {
	r, _ := utf8.DecodeRuneInString(d.Tok(i))
	return r == c
}

// nests reports whether the mark at i opens a quotation inside the one
// opened by outer: it hugs the next word, is not outer's closer, and is
// a different mark from outer's opener (“… "x" …”, »… ‘x’ …«).
func nests(d *segment.Doc, outer mark, i int) bool {
	r, _ := utf8.DecodeRuneInString(d.Tok(i))
	o, _ := utf8.DecodeRuneInString(d.Tok(outer.tok))
	t := d.Tokens[i]
	return r != outer.closes && r != o && !t.Is(segment.SpaceAfter) && (t.Is(segment.SpaceBefore) || d.OpenPunctBefore(i))
}

// makeQuote builds the quote whose words are tokens [start, b); first is
// its first token (the opening mark, if any), b its closing mark.
func makeQuote(d *segment.Doc, p, first, start, b int, rule string) (Quote, bool) {
	if start >= b {
		return Quote{}, false
	}
	q := Quote{Start: int(d.Tokens[start].Start), End: int(d.Tokens[b-1].End), FirstTok: first, LastTok: min(b, d.Paras[p].End-1), Para: p, Rule: rule}
	if strings.TrimSpace(d.Text[q.Start:q.End]) == "" {
		return Quote{}, false
	}
	return q, true
}

// detachedCloser reports whether the mark at i closes a quotation whose
// opening mark is missing: it stands after punctuation and before a
// speech verb (", "siger han").
func (f finder) detachedCloser(i int) bool {
	d := f.d
	if i == 0 || i+1 >= len(d.Tokens) {
		return false
	}
	prev := d.Tok(i - 1)
	if prev != "," && prev != "." && prev != "!" && prev != "?" {
		return false
	}
	return f.verbAt(i+1) > 0
}

// dashQuote finds a Danish dash quote: a paragraph opening with "- " or
// "– ", ending in ", siger X.", ", lyder det fra X." or running to the
// paragraph's end.
func (f finder) dashQuote(p int, para segment.Range) (Quote, bool) {
	d := f.d
	if para.End-para.Start < 3 || !f.pack.IsDash(d.Tok(para.Start)) {
		return Quote{}, false
	}
	if !d.Tokens[para.Start].Is(segment.SpaceAfter) || d.Tokens[para.Start+1].Kind != segment.Word {
		return Quote{}, false
	}
	end := para.End
	// The last ", <verb>", ", <Name> <verb>" or ", <source phrase>" ends
	// the spoken part ("…, lyder det fra X").
	for i := para.End - 2; i > para.Start+1; i-- {
		if d.Tok(i) == "," && (f.verbAt(i+1) > 0 || f.subjectThenVerb(i+1) > 0 || f.sourceAt(i+1) > 0) {
			end = i
			break
		}
	}
	q := Quote{Start: int(d.Tokens[para.Start+1].Start), End: int(d.Tokens[end-1].End), FirstTok: para.Start, LastTok: end, Para: p, Rule: "quote:dash"}
	if end == para.End {
		q.LastTok = end - 1
	}
	return q, true
}

func sentenceOf(d *segment.Doc, tok int) segment.Range {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= tok {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) {
		return d.Sentences[lo]
	}
	return segment.Range{Start: tok, End: tok + 1}
}

func word(d *segment.Doc, i int) string {
	if i < 0 || i >= len(d.Tokens) || d.Tokens[i].Kind != segment.Word {
		return ""
	}
	return strings.ToLower(d.Tok(i))
}

// isNameWord reports whether token i can be part of a name.
func isNameWord(d *segment.Doc, i int) bool {
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[i]
	if t.Kind == segment.Word && t.Is(segment.Digit) && t.Is(segment.Cap) {
		return lexicon.IsOrganisation(d.Tok(i)) // "skriver 3F": a listed name with a digit
	}
	if t.Kind != segment.Word || !t.Is(segment.Cap) || t.Is(segment.Digit) {
		return false
	}
	// "the Spaniard", "the Dane": a person named by nationality, whom a
	// pronoun's resolution finds (ageAt), no name.
	return !(i > 0 && d.Tok(i-1) == "the" && lang.IsDemonym(word(d, i)))
}

// nameBefore returns the start of the run of name words ending at i
// (inclusive), or -1.
func nameBefore(d *segment.Doc, i, limit int) int {
	if !isNameWord(d, i) {
		return -1
	}
	j := i
	for j-1 >= limit && j > i-5 && (isNameWord(d, j-1) || isParticle(d, j-1) && isNameWord(d, j-2)) {
		j--
	}
	return j
}

// nameAfter returns the end (exclusive) of the run of name words
// starting at i, or -1.
func nameAfter(d *segment.Doc, i, limit int) int {
	if !isNameWord(d, i) {
		return -1
	}
	j := i + 1
	for j < limit && j < i+6 && (isNameWord(d, j) || (isParticle(d, j) || d.Tok(j) == "&") && isNameWord(d, j+1)) {
		j++
	}
	return j
}

func isParticle(d *segment.Doc, i int) bool {
	return d.Tokens[i].Kind == segment.Word && !d.Tokens[i].Is(segment.Cap) && lang.For("").IsName(word(d, i), lang.Particle)
}

// isLower reports whether token i is a word in lower case.
func isLower(d *segment.Doc, i int) bool {
	if i < 0 || i >= len(d.Tokens) || d.Tokens[i].Kind != segment.Word {
		return false
	}
	for _, r := range d.Tok(i) {
		return unicode.IsLower(r)
	}
	return false
}
