package ner

// docFlags maps a word's lower-case hash to what the document says of it
// (the d flags), in open addressing with linear probing: the tagger asks
// it for every word it scores and sets it for every word it remembers,
// and a built-in map spent more on hashing the hash than on the rest.
// A generation number empties it for the next document without clearing.
type docFlags struct {
	slots []docSlot
	gen   uint32
	used  int // slots of this generation
	on    bool
}

type docSlot struct {
	key   uint64
	gen   uint32
	flags uint8
}

// reset empties the table for a document of about n words; off makes
// every look-up give 0 until the next reset.
func (t *docFlags) reset(n int, off bool) {
	t.gen++
	t.used = 0
	t.on = !off
	size := 1024
	for size < n && size < 1<<20 {
		size *= 2
	}
	if len(t.slots) < size {
		t.slots = make([]docSlot, size)
		t.gen = 1
	}
}

// home is the first slot for key k: the hash's top bits.
func (t *docFlags) home(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> 32 & uint64(len(t.slots)-1))
}

// get returns the flags of key k, or 0.
func (t *docFlags) get(k uint64) uint8 {
	if !t.on {
		return 0
	}
	mask := len(t.slots) - 1
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			return 0
		}
		if s.key == k {
			return s.flags
		}
	}
}

// or adds flags v to key k.
func (t *docFlags) or(k uint64, v uint8) {
	if 2*(t.used+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			*s = docSlot{key: k, gen: t.gen, flags: v}
			t.used++
			return
		}
		if s.key == k {
			s.flags |= v
			return
		}
	}
}

// grow doubles the table, keeping this generation's entries.
func (t *docFlags) grow() {
	old, gen := t.slots, t.gen
	t.slots, t.gen, t.used = make([]docSlot, 2*len(old)), 1, 0
	for _, s := range old {
		if s.gen == gen {
			t.or(s.key, s.flags)
		}
	}
}
