package engine

import "hash/maphash"

// nameTable finds an entity of the result by its kind and name: an open
// addressed table of indexes into the entities, four bytes a slot and at
// most three slots in four full, as a long text of distinct names holds
// one entry per name.
type nameTable struct {
	ents  *[]Entity
	slots []int32 // index+1 into *ents; 0 is empty
	n     int
}

// seed hashes entity names; any seed serves, as the hashes never leave
// one extraction.
var seed = maphash.MakeSeed()

func newNameTable(ents *[]Entity, expect int) *nameTable {
	return &nameTable{ents: ents, slots: make([]int32, 16+expect*4/3)}
}

// find returns the index of the entity of the kind and name, or -1.
func (t *nameTable) find(kind, name string) int {
	for i := t.home(kind, name); t.slots[i] != 0; i = (i + 1) % len(t.slots) {
		if e := &(*t.ents)[t.slots[i]-1]; e.Kind == kind && e.Name == name {
			return int(t.slots[i] - 1)
		}
	}
	return -1
}

// add files entity j, which no other entity of its kind and name holds.
func (t *nameTable) add(j int) {
	if 4*(t.n+1) > 3*len(t.slots) {
		old := t.slots
		t.slots, t.n = make([]int32, 2*len(old)), 0
		for _, s := range old {
			if s != 0 {
				t.add(int(s - 1))
			}
		}
	}
	e := &(*t.ents)[j]
	i := t.home(e.Kind, e.Name)
	for t.slots[i] != 0 {
		i = (i + 1) % len(t.slots)
	}
	t.slots[i] = int32(j + 1)
	t.n++
}

func (t *nameTable) home(kind, name string) int {
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(kind)
	h.WriteByte(0)
	h.WriteString(name)
	return int(h.Sum64() % uint64(len(t.slots)))
}
