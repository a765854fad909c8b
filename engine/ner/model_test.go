package ner

import (
	"math/rand/v2"
	"testing"
)

// TestRowSum checks the lane-wise sum of weight rows against a plain sum,
// with the extreme weights and as many rows as a position has features.
func TestRowSum(t *testing.T) {
	m := &Model{bits: 4, w: make([]byte, 16*nClass)}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range m.w {
		switch i % 5 {
		case 0:
			m.w[i] = 0x80 // -128
		case 1:
			m.w[i] = 0x7F // 127
		default:
			m.w[i] = byte(rng.IntN(256))
		}
	}
	for _, rows := range []int{0, 1, 2, nFeat, 200} {
		var s rowSum
		var want [nClass]int32
		for r := range rows {
			h := uint64(r%16)<<60 | 1 // the slot is the top bits; 0 is absent
			if r%7 == 3 {
				h = absent
			} else {
				for c, b := range m.w[m.slot(h) : m.slot(h)+nClass] {
					want[c] += int32(int8(b))
				}
			}
			m.add(&s, h)
		}
		var got [nClass]int32
		s.into(&got)
		if got != want {
			t.Errorf("%d rows: got %v, want %v", rows, got, want)
		}
	}
}
