package engine

import (
	"slices"
	"testing"
)

// TestGenitiveMentions: a mention written in the genitive with an
// apostrophe covers its "s", as a Danish genitive does in one word
// ("Kinas"): the form is one the text uses for the name, while the
// entity's name stays without it. A quote mark after a name is no
// genitive.
func TestGenitiveMentions(t *testing.T) {
	for _, c := range []struct {
		lang, text, name string
		want             []string
	}{
		{"en", "France's president spoke on Monday. France kept quiet.", "France", []string{"France's", "France"}},
		{"en", "HBO’s chief executive left. HBO said nothing.", "HBO", []string{"HBO’s", "HBO"}},
		{"en", "Shares of Nvidia rose. Nvidia's rivals fell.", "Nvidia", []string{"Nvidia", "Nvidia's"}},
		{"da", "FC Midtjylland vandt i går. FCM's træner er glad.", "FC Midtjylland", []string{"FC Midtjylland", "FCM's"}},
		{"da", "Kinas økonomi vokser, og Kina er stor.", "Kina", []string{"Kinas", "Kina"}},
		// Negatives: a closing mark, and an apostrophe set apart by a space.
		{"en", "He wrote 'Nvidia' on the board. Nvidia grew.", "Nvidia", []string{"Nvidia", "Nvidia"}},
		{"da", "Kina ‘ s økonomi vokser. Kina er stor.", "Kina", []string{"Kina", "Kina"}},
	} {
		e := entityNamed(ExtractIn(c.text, c.lang).Entities, c.name, false)
		if e == nil {
			t.Errorf("%q: no entity %q", c.text, c.name)
			continue
		}
		var got []string
		for _, m := range e.Mentions {
			got = append(got, m.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: mentions of %q are %q, want %q", c.text, c.name, got, c.want)
		}
	}
}
