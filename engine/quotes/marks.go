package quotes

import (
	"unicode"
	"unicode/utf8"

	"kilde/engine/segment"
)

// A mark is a quotation mark token and what it can do.
type mark struct {
	tok         int  // token index
	open, close bool // whether it can open or close a quotation
	family      byte // 'd' double, 's' single, 'g' guillemet; closers must match
	closes      rune // for an opener: the rune that closes it ('”', '“', '«', '»', '"', '’', '\'')
}

// classify tells what token i can be as a quotation mark, or ok=false
// when it is not one (an apostrophe in "Ma’s", "Kina ‘ s", "’17").
func (f finder) classify(i int) (m mark, ok bool) {
	d := f.d
	t := d.Tokens[i]
	if t.Kind != segment.Punct {
		return m, false
	}
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:])
	if !f.pack.IsMark(r) {
		return m, false
	}
	before := t.Is(segment.SpaceBefore) || t.Is(segment.ParaStart) || prevIsOpenPunct(d, i)
	after := t.Is(segment.SpaceAfter) || i+1 >= len(d.Tokens) || nextIsClosePunct(d, i)
	left := before && !after  // hugs the following word: opens
	right := after && !before // hugs the preceding word: closes
	m.tok = i
	switch r {
	case '“':
		// English and Danish open with it; „…“ closes with it.
		m.family, m.open, m.close, m.closes = 'd', !right, right || !left, '”'
	case '„':
		m.family, m.open, m.closes = 'd', true, '“'
	case '”':
		// Closes “…”, and opens and closes the Danish ”…”.
		m.family, m.open, m.close, m.closes = 'd', left, true, '”'
	case '"', '＂':
		m.family, m.open, m.close, m.closes = 'd', !right, !left, '"'
	case '»':
		m.family, m.open, m.close, m.closes = 'g', !right, !left, '«'
	case '«':
		m.family, m.open, m.close, m.closes = 'g', !right, !left, '»'
	case '‘', '’', '\'', '‚', '‛':
		if apostrophe(d, i, before, after) {
			return m, false
		}
		m.family, m.open, m.close, m.closes = 's', left, right, '’'
	default:
		return m, false
	}
	return m, m.open || m.close
}

// apostrophe reports whether a single mark is an apostrophe: inside a
// word, before a genitive or contracted s/t/d/ll/re/ve, or before digits.
func apostrophe(d *segment.Doc, i int, spaceBefore, spaceAfter bool) bool {
	t := d.Tokens[i]
	if !spaceBefore && !spaceAfter {
		return true // Ma’s, don't
	}
	if i+1 < len(d.Tokens) {
		n := d.Tokens[i+1]
		word := d.Text[n.Start:n.End]
		if n.Kind == segment.Word {
			if r, _ := utf8.DecodeRuneInString(word); unicode.IsDigit(r) && !t.Is(segment.SpaceAfter) {
				return true // ’17, '80erne
			}
			switch word {
			case "s", "S", "t", "d", "ll", "re", "ve", "m":
				// "Kina ‘ s", "Alibaba ’s": a genitive after a name.
				if i > 0 && d.Tokens[i-1].Kind == segment.Word && (i+2 >= len(d.Tokens) || d.Tokens[i+1].Is(segment.SpaceAfter) || d.Tokens[i+2].Kind == segment.Punct) {
					return true
				}
			}
		}
	}
	// "’ " right after a word ending in s is a plural genitive (the players’ union).
	return false
}

func prevIsOpenPunct(d *segment.Doc, i int) bool {
	if i == 0 {
		return true
	}
	p := d.Tokens[i-1]
	if p.End != d.Tokens[i].Start || p.Kind != segment.Punct {
		return false
	}
	switch d.Text[p.Start:p.End] {
	case "(", "[", "—", "–", "-", ":", "“", "„", "»", "«", "‘", "\"":
		return true
	}
	return false
}

func nextIsClosePunct(d *segment.Doc, i int) bool {
	n := d.Tokens[i+1]
	if n.Start != d.Tokens[i].End || n.Kind != segment.Punct {
		return false
	}
	switch d.Text[n.Start:n.End] {
	case ".", ",", ";", ":", "!", "?", ")", "]", "…", "”", "’", "«", "»", "\"", "—", "–", "-":
		return true
	}
	return false
}
