package quotes

import (
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

// classify tells what token i can be as a quotation mark, from what
// segment found it can do, or ok=false when it is none or an apostrophe.
func (f finder) classify(i int) (m mark, ok bool) {
	d := f.d
	t := d.Tokens[i]
	if !d.IsMark(i) {
		return m, false
	}
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:])
	if !f.pack.IsMark(r) {
		return m, false
	}
	m.tok, m.open, m.close = i, t.Is(segment.QuoteOpen), t.Is(segment.QuoteClose)
	switch r {
	case '“', '„', '”', '"', '＂':
		m.family = 'd'
	case '»', '«':
		m.family = 'g'
	default:
		m.family = 's'
	}
	m.closes = closerOf(r)
	return m, true
}

// closerOf is the mark that closes a quotation r opens.
func closerOf(r rune) rune {
	switch r {
	case '“', '”':
		return '”'
	case '„':
		return '“'
	case '"', '＂':
		return '"'
	case '»':
		return '«'
	case '«':
		return '»'
	}
	return '’'
}
