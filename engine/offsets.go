package engine

import "unicode/utf8"

// offsets converts byte offsets to code-point offsets. Lookups must come
// in non-decreasing order most of the time: it walks forward from the last
// position and restarts only when asked for an earlier one.
type offsets struct {
	text         string
	byte, runes0 int
}

func newOffsets(text string) *offsets { return &offsets{text: text} }

func (o *offsets) runes(b int) int {
	if b < o.byte {
		o.byte, o.runes0 = 0, 0
	}
	for o.byte < b && o.byte < len(o.text) {
		_, w := utf8.DecodeRuneInString(o.text[o.byte:])
		o.byte += w
		o.runes0++
	}
	return o.runes0
}
