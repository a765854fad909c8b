package engine

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
	for i := 0; i < len(text); i++ {
		if i%block == 0 {
			o.counts[i/block] = n
		}
		if text[i]&0xC0 != 0x80 {
			n++
		}
	}
	if len(text)%block == 0 {
		o.counts[len(text)/block] = n
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
	n := o.counts[k]
	for i := k * block; i < b; i++ {
		if o.text[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
