package segment

import (
	"unicode"
	"unicode/utf8"
)

// isMarkRune reports the quotation marks of Danish and English text, in
// every convention the language packs list (engine/lang/data/*/marks.txt).
func isMarkRune(r rune) bool {
	switch r {
	case '“', '”', '„', '"', '＂', '»', '«', '‘', '’', '\'', '‚', '‛':
		return true
	}
	return false
}

// marks classifies every quotation mark once, for every later stage: a
// mark that hugs the next word can open a quotation (QuoteOpen), one that
// hugs the word before can close one (QuoteClose), a mark between spaces
// can do either, and a single mark inside or after a word is an
// apostrophe ("Ma’s", "Kina ‘ s", "’17"). Which marks pair is the
// language's business (package quotes).
func (d *Doc) marks() {
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.Kind != Punct {
			continue
		}
		r, _ := utf8.DecodeRuneInString(d.Text[t.Start:])
		if !isMarkRune(r) {
			continue
		}
		before := t.Is(SpaceBefore) || t.Is(ParaStart) || d.OpenPunctBefore(i)
		after := t.Is(SpaceAfter) || i+1 >= len(d.Tokens) || d.closePunctAfter(i)
		left := before && !after  // hugs the following word: opens
		right := after && !before // hugs the preceding word: closes
		var open, close bool
		switch r {
		case '“':
			// English and Danish open with it; „…“ closes with it.
			open, close = !right, right || !left
		case '„':
			open = true
		case '”':
			// Closes “…”, and opens and closes the Danish ”…”.
			open, close = left, true
		case '"', '＂', '»', '«':
			open, close = !right, !left
		default: // the single marks
			if d.apostrophe(i, before, after) {
				t.Flags |= Apostrophe
				continue
			}
			open, close = left, right
		}
		if open {
			t.Flags |= QuoteOpen
		}
		if close {
			t.Flags |= QuoteClose
		}
	}
}

// anyMark flags a quotation mark in any use, apostrophes too.
const anyMark = QuoteOpen | QuoteClose | Apostrophe

// IsMark reports whether token i is a quotation mark that can open or
// close a quotation.
func (d *Doc) IsMark(i int) bool {
	return i >= 0 && i < len(d.Tokens) && d.Tokens[i].Flags&(QuoteOpen|QuoteClose) != 0
}

// apostrophe reports whether the single mark at i is an apostrophe:
// inside a word, before a genitive or contracted s/t/d/ll/re/ve, or
// before digits.
func (d *Doc) apostrophe(i int, spaceBefore, spaceAfter bool) bool {
	t := d.Tokens[i]
	if !spaceBefore && !spaceAfter {
		return true // Ma’s, don't
	}
	if i+1 < len(d.Tokens) {
		n := d.Tokens[i+1]
		word := d.Text[n.Start:n.End]
		if n.Kind == Word {
			if r, _ := utf8.DecodeRuneInString(word); unicode.IsDigit(r) && !t.Is(SpaceAfter) {
				return true // ’17, '80erne
			}
			switch word {
			case "s", "S", "t", "d", "ll", "re", "ve", "m":
				// "Kina ‘ s", "Alibaba ’s": a genitive after a name.
				if i > 0 && d.Tokens[i-1].Kind == Word && (i+2 >= len(d.Tokens) || d.Tokens[i+1].Is(SpaceAfter) || d.Tokens[i+2].Kind == Punct) {
					return true
				}
			}
		}
	}
	// "’ " right after a word ending in s is a plural genitive (the players’ union).
	return false
}

// OpenPunctBefore reports punctuation written hard before token i that
// a quotation can open after: "(“", "—»".
func (d *Doc) OpenPunctBefore(i int) bool {
	if i == 0 {
		return true
	}
	p := d.Tokens[i-1]
	if p.End != d.Tokens[i].Start || p.Kind != Punct {
		return false
	}
	switch d.Text[p.Start:p.End] {
	case "(", "[", "—", "–", "-", ":", "“", "„", "»", "«", "‘", "\"":
		return true
	}
	return false
}

// closePunctAfter reports punctuation written hard after token i that a
// quotation can close before: "”.", "«,".
func (d *Doc) closePunctAfter(i int) bool {
	n := d.Tokens[i+1]
	if n.Start != d.Tokens[i].End || n.Kind != Punct {
		return false
	}
	switch d.Text[n.Start:n.End] {
	case ".", ",", ";", ":", "!", "?", ")", "]", "…", "”", "’", "«", "»", "\"", "—", "–", "-":
		return true
	}
	return false
}
