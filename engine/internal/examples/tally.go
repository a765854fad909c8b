package examples

import "testing"

// KindFloor is the least share of written examples whose kind the name
// tagger must get right. A learned model is judged by its rate, not
// example by example: on whole articles it was not trained on it gets
// 0.75 to 0.87 of entities right (make eval); single sentences give it
// less to go on, and it gets about 0.7 of these.
const KindFloor = 0.65

// Tally counts the examples whose kind the name tagger got right.
type Tally struct{ right, wrong int }

// Right counts an example the tagger got right.
func (k *Tally) Right() { k.right++ }

// Miss counts an example the tagger got wrong and logs why.
func (k *Tally) Miss(t testing.TB, format string, args ...any) {
	t.Helper()
	k.wrong++
	t.Logf("kind miss: "+format, args...)
}

// Check fails t when the share right is below KindFloor.
func (k *Tally) Check(t testing.TB) {
	t.Helper()
	n := k.right + k.wrong
	if n == 0 {
		t.Fatal("no kind examples ran")
	}
	share := float64(k.right) / float64(n)
	t.Logf("kinds right on %d of %d examples (%.2f; floor %.2f)", k.right, n, share, KindFloor)
	if share < KindFloor {
		t.Errorf("the tagger's kinds are right on %d of %d examples (%.2f), below the floor %.2f", k.right, n, share, KindFloor)
	}
}
