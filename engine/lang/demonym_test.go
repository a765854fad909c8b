package lang

import "testing"

// TestIsDemonym pins nationality words made from a place's stem, and
// surnames and common words that only look so.
func TestIsDemonym(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"kinesiske", true},
		{"cuban", true},
		{"texan", true},
		{"kenyan", true},
		{"iraqi", true},
		{"danskernes", true},
		{"fransk-italienske", true},
		{"dansk-kinesisk", true},
		{"danish-portuguese", true}, // a listed word, whose place's stem is no prefix ("Portugal")
		{"spanske", true},
		{"novo-aktien", false},
		{"panic", false}, // a surname, not of Panama
		{"later", false}, // not of Latvia
		{"kina", false},  // the place itself
		{"kinas", false}, // its genitive
		{"lars", false},  // a first name
	} {
		if got := IsDemonym(c.w); got != c.want {
			t.Errorf("IsDemonym(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
