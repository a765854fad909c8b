// Package quotes finds direct speech in news text: words in quotation
// marks of every style Danish and English use, Danish dash quotes, and
// the speech verb and subject that attribute them.
package quotes

import (
	"strings"
	"unicode"

	"kilde/engine/segment"
)

// Quote is one stretch of direct speech.
type Quote struct {
	Start, End int // byte offsets of the quoted words, without marks
	// first and last token index of the quotation, marks included
	FirstTok, LastTok int
	Para              int // paragraph index
	// Cue is the speech verb or phrase ("siger", "according to", ":"); empty when none was found.
	Cue string
	// Subj is the token range naming the speaker (empty when none);
	// Pronoun is set instead when a pronoun stands for the speaker.
	Subj    segment.Range
	Pronoun string
	// Prev is the index of the quote whose speaker this one continues,
	// or -1. Chain links the parts of a quotation that runs over several
	// paragraphs (the index of its first part).
	Prev, Chain int
	Rule        string
}

// Find returns the quotations of d in order. skipPara reports paragraphs
// that are site furniture and must not be mined.
func Find(d *segment.Doc, skipPara func(p int) bool) []Quote {
	var out []Quote
	for p, para := range d.Paras {
		if skipPara != nil && skipPara(p) {
			continue
		}
		before := len(out)
		out = pairMarks(d, p, para, out)
		if len(out) == before || out[before].FirstTok != para.Start {
			if q, ok := dashQuote(d, p, para); ok {
				out = append(out, Quote{})
				copy(out[before+1:], out[before:])
				out[before] = q
			}
		}
	}
	for i := range out {
		out[i].Prev, out[i].Chain = -1, i
		attribute(d, &out[i])
	}
	link(d, out)
	return out
}

// pairMarks pairs the quotation marks of paragraph p.
func pairMarks(d *segment.Doc, p int, para segment.Range, out []Quote) []Quote {
	var open mark // valid when isOpen; a value, not a pointer, so nothing escapes per paragraph
	isOpen := false
	for i := para.Start; i < para.End; i++ {
		m, ok := classify(d, i)
		if !ok {
			continue
		}
		switch {
		case !isOpen && detachedCloser(d, i):
			// A closer with no opener, followed by a speech verb: the
			// quotation runs from the start of its sentence ("…ilden, "siger Brian Lentz").
			s := sentenceOf(d, i)
			if q, ok := makeQuote(d, p, s.Start, s.Start, i, "quote:detached"); ok {
				out = append(out, q)
			}
		case !isOpen && m.open:
			open, isOpen = m, true
		case isOpen && m.family == open.family && (m.close || detachedCloser(d, i)):
			if q, ok := makeQuote(d, p, open.tok, open.tok+1, i, "quote:marks"); ok {
				out = append(out, q)
			}
			isOpen = false
		case isOpen && m.family == open.family && m.open:
			open = m // the earlier opener was stray
		}
	}
	if isOpen && p+1 < len(d.Paras) {
		// A quotation that goes on in the next paragraph has no closing
		// mark here, and opens again there.
		next := d.Paras[p+1]
		if m, ok := classify(d, next.Start); ok && m.open && m.family == open.family {
			if q, ok := makeQuote(d, p, open.tok, open.tok+1, para.End, "quote:paragraphs"); ok {
				out = append(out, q)
			}
		}
	}
	return out
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
func detachedCloser(d *segment.Doc, i int) bool {
	if i == 0 || i+1 >= len(d.Tokens) {
		return false
	}
	prev := d.Tok(i - 1)
	if prev != "," && prev != "." && prev != "!" && prev != "?" {
		return false
	}
	return isSpeechVerb(d, i+1)
}

// dashQuote finds a Danish dash quote: a paragraph opening with "- " or
// "– ", ending in ", siger X." or running to the paragraph's end.
func dashQuote(d *segment.Doc, p int, para segment.Range) (Quote, bool) {
	if para.End-para.Start < 3 {
		return Quote{}, false
	}
	switch d.Tok(para.Start) {
	case "-", "–", "—":
	default:
		return Quote{}, false
	}
	if !d.Tokens[para.Start].Is(segment.SpaceAfter) || d.Tokens[para.Start+1].Kind != segment.Word {
		return Quote{}, false
	}
	end := para.End
	// The last ", <verb>" or ", <Name> <verb>" ends the spoken part.
	for i := para.End - 2; i > para.Start+1; i-- {
		if d.Tok(i) == "," && (isSpeechVerb(d, i+1) || subjectThenVerb(d, i+1) > 0) {
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

func isSpeechVerb(d *segment.Doc, i int) bool { return speechVerbs[word(d, i)] }

// isNameWord reports whether token i can be part of a name.
func isNameWord(d *segment.Doc, i int) bool {
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[i]
	return t.Kind == segment.Word && t.Is(segment.Cap) && !t.Is(segment.Digit)
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
	for j < limit && j < i+6 && (isNameWord(d, j) || isParticle(d, j) && isNameWord(d, j+1)) {
		j++
	}
	return j
}

func isParticle(d *segment.Doc, i int) bool {
	switch word(d, i) {
	case "van", "von", "de", "der", "den", "la", "le", "du", "da", "di", "bin", "al", "of":
		return d.Tokens[i].Kind == segment.Word && !d.Tokens[i].Is(segment.Cap)
	}
	return false
}

// subjectThenVerb reports, for "Pedersen siger" or "han sagde" starting
// at i, the index of the verb; 0 when the words there are not that.
func subjectThenVerb(d *segment.Doc, i int) int {
	if _, ok := pronouns[word(d, i)]; ok && !isNameWord(d, i) || word(d, i) == "han" || word(d, i) == "hun" {
		if isSpeechVerb(d, i+1) {
			return i + 1
		}
		return 0
	}
	if e := nameAfter(d, i, len(d.Tokens)); e > 0 && isSpeechVerb(d, e) {
		return e
	}
	return 0
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
