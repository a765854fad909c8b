package score

import (
	"reflect"
	"testing"
)

func TestFromBIO(t *testing.T) {
	got := FromBIO([]string{"B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-PER"})
	want := []Name{{0, 2, "PER"}, {3, 4, "LOC"}, {4, 5, "ORG"}, {5, 6, "ORG"}, {6, 7, "PER"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestCounts(t *testing.T) {
	c := New()
	gold := []Name{{0, 2, "PER"}, {3, 4, "LOC"}, {5, 6, "MISC"}}
	pred := []Name{{0, 2, "PER"}, {3, 4, "ORG"}, {5, 6, "LOC"}}
	c.Add(gold, pred, []string{"PER", "ORG", "LOC"})
	if p, r, f := c.F1("PER", "ORG", "LOC"); p != 1.0/3 || r != 0.5 || f != 0.4 {
		t.Errorf("P %v R %v F %v, want 1/3, 1/2, 0.4 (the MISC name not counted)", p, r, f)
	}
}
