package engine

import "math/bits"

// offsets converts byte offsets into valid UTF-8 text to code-point
// offsets in any order: it keeps the rune count at every block boundary
// and counts within one block.
type offsets struct {
	text   string
	counts []int // counts[k] = runes in text[:k*block]
}

const block = 128

func newOffsets(text string) *offsets {
	o := &offsets{text: text, counts: make([]int, len(text)/block+1)}
	n := 0
	for k := range o.counts {
		o.counts[k] = n
		n += starts(text[k*block : min((k+1)*block, len(text))])
	}
	return o
}

// runes returns the number of code points in text[:b].
func (o *offsets) runes(b int) int {
	b = max(0, min(b, len(o.text)))
	k := b / block
	if k >= len(o.counts) {
		k = len(o.counts) - 1
	}
	return o.counts[k] + starts(o.text[k*block:b])
}

// starts counts the bytes of s that begin a code point, eight at a time:
// a continuation byte is 10xxxxxx.
func starts(s string) int {
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		n -= bits.OnesCount64(x >> 7 &^ (x >> 6) & 0x0101010101010101)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}
