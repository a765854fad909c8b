package engine

import "testing"

// TestLegalFormIsNoName: the letters of "A/S" never make a name of their
// own, in either language.
func TestLegalFormIsNoName(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"da", "Tidløs A/S vokser hurtigt i Danmark.", "Tidløs A/S"},
		{"da", "Aktierne i Mærsk A/S steg i går.", "Mærsk A/S"},
		{"en", "Shares of Carlsberg A/S rose on Monday.", "Carlsberg A/S"},
	} {
		found := false
		for _, e := range ExtractIn(tt.text, tt.lang).Entities {
			if e.Name == "S" || e.Name == "A" {
				t.Errorf("%q: an entity named %q", tt.text, e.Name)
			}
			found = found || e.Name == tt.want
		}
		if !found {
			t.Errorf("%q: no entity %q", tt.text, tt.want)
		}
	}
}
