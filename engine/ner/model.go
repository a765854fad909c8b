package ner

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Types of name, in the order of the model's classes.
var Types = [nTypes]string{"PER", "ORG", "LOC", "MISC"}

const (
	nTypes = 4
	// Classes: O, then B, I, L, U of each type (BILOU).
	nClass = 1 + 4*nTypes
	start  = nClass // the previous tag at a sentence's start
)

// Positions within a name (BILOU).
const (
	posB = iota
	posI
	posL
	posU
)

func class(typ, pos int) int { return 1 + typ*4 + pos }

func typeOf(c int) int { return (c - 1) / 4 }
func posOf(c int) int  { return (c - 1) % 4 }

// allowed reports whether class c may follow class p (or start).
func allowed(p, c int) bool {
	open := p != start && p != 0 && (posOf(p) == posB || posOf(p) == posI)
	if c == 0 {
		return !open
	}
	if posOf(c) == posI || posOf(c) == posL {
		return open && typeOf(p) == typeOf(c)
	}
	return !open
}

// canEnd reports whether a sentence may end on class c.
func canEnd(c int) bool { return c == 0 || posOf(c) == posL || posOf(c) == posU }

// Model is a trained tagger: one weight row of nClass per hashed feature
// slot, kept as int8 (stored as their bytes) with one scale per class,
// and tag transition scores.
type Model struct {
	bits  uint
	w     []byte
	scale [nClass]float32
	trans [(nClass + 1) * nClass]float32
}

func (m *Model) slot(h uint64) int { return int(h>>(64-m.bits)) * nClass }

// rowSum adds weight rows eight classes at a time: each int8 weight,
// shifted by 128 to be unsigned, goes into a 16-bit lane of a word, the
// even classes of a row's first and second eight in one word and the odd
// classes in another. A lane holds the sum of 257 rows; a position has
// far fewer features.
type rowSum struct {
	even, odd [2]uint64
	last      int32 // the seventeenth class
	n         int32 // rows added
}

const (
	signs = 0x8080808080808080
	lanes = 0x00FF00FF00FF00FF
)

// add adds the weights of feature h to s.
func (m *Model) add(s *rowSum, h uint64) {
	if h == absent {
		return
	}
	i := m.slot(h)
	row := m.w[i : i+nClass : i+nClass]
	x0 := binary.LittleEndian.Uint64(row[0:8]) ^ signs
	x1 := binary.LittleEndian.Uint64(row[8:16]) ^ signs
	s.even[0] += x0 & lanes
	s.odd[0] += x0 >> 8 & lanes
	s.even[1] += x1 & lanes
	s.odd[1] += x1 >> 8 & lanes
	s.last += int32(int8(row[16]))
	s.n++
}

// into adds the sums to acc.
func (s *rowSum) into(acc *[nClass]int32) {
	bias := 128 * s.n
	for w := range 2 {
		for l := range 4 {
			acc[w*8+2*l] += int32(uint16(s.even[w]>>(16*l))) - bias
			acc[w*8+2*l+1] += int32(uint16(s.odd[w]>>(16*l))) - bias
		}
	}
	acc[nClass-1] += s.last
}

const magic = "kner1"

// MarshalBinary writes the model compactly: the header, then the
// non-empty rows as slot gaps followed by their weights, column by column
// (runs of zeros and similar values compress well).
func (m *Model) MarshalBinary() ([]byte, error) {
	out := []byte(magic)
	out = append(out, byte(m.bits), nClass)
	for _, s := range m.scale {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(s))
	}
	for _, t := range m.trans {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(t))
	}
	var rows []int
	for r := 0; r < len(m.w)/nClass; r++ {
		for c := 0; c < nClass; c++ {
			if m.w[r*nClass+c] != 0 {
				rows = append(rows, r)
				break
			}
		}
	}
	out = binary.AppendUvarint(out, uint64(len(rows)))
	prev := -1
	for _, r := range rows {
		out = binary.AppendUvarint(out, uint64(r-prev-1))
		prev = r
	}
	for c := 0; c < nClass; c++ {
		for _, r := range rows {
			out = append(out, m.w[r*nClass+c])
		}
	}
	return out, nil
}

// UnmarshalBinary reads what MarshalBinary wrote.
func (m *Model) UnmarshalBinary(b []byte) error {
	bad := func(what string) error { return fmt.Errorf("ner: model file %s; regenerate it with make train", what) }
	if len(b) < len(magic)+2 || string(b[:len(magic)]) != magic {
		return bad("has no kner1 header")
	}
	b = b[len(magic):]
	m.bits = uint(b[0])
	if b[1] != nClass || m.bits < 8 || m.bits > 24 {
		return bad("has the wrong shape")
	}
	b = b[2:]
	if len(b) < 4*(nClass+len(m.trans)) {
		return bad("is cut short")
	}
	for i := range m.scale {
		m.scale[i] = math.Float32frombits(binary.LittleEndian.Uint32(b))
		b = b[4:]
	}
	for i := range m.trans {
		m.trans[i] = math.Float32frombits(binary.LittleEndian.Uint32(b))
		b = b[4:]
	}
	n, k := binary.Uvarint(b)
	if k <= 0 {
		return bad("is cut short")
	}
	b = b[k:]
	slots := 1 << m.bits
	rows := make([]int, 0, n)
	r := -1
	for range n {
		g, k := binary.Uvarint(b)
		if k <= 0 {
			return bad("is cut short")
		}
		b = b[k:]
		r += int(g) + 1
		if r >= slots {
			return bad("has a row out of range")
		}
		rows = append(rows, r)
	}
	if len(b) != nClass*len(rows) {
		return errors.New("ner: model file has the wrong length; regenerate it with make train")
	}
	m.w = make([]byte, slots*nClass)
	for c := 0; c < nClass; c++ {
		for i, r := range rows {
			m.w[r*nClass+c] = b[c*len(rows)+i]
		}
	}
	return nil
}
