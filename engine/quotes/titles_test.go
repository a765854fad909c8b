package quotes

import (
	"testing"

	"kilde/engine/lang"
	"kilde/engine/segment"
)

// TestTitle pins quotations that name rather than say: titles and
// nicknames, an article before them too; and speech that only looks
// short.
func TestTitle(t *testing.T) {
	for _, c := range []struct {
		code, text string
		want       bool
	}{
		{"en", "They staged “The Salt Orchard” in May.", true},
		{"en", "He is known locally as “the Snow King” for his work.", true},
		{"da", "Han kaldes »den Røde Baron« i byen.", true},
		{"en", "She called it “the end” of an era.", false},
		{"en", "They want “the” to go.", false},
		{"da", "»Vi går til,« siger hun.", false},
	} {
		d := segment.New(c.text)
		qs := Find(d, lang.For(c.code), nil)
		if len(qs) != 1 {
			t.Errorf("%q: %d quotations found, want 1", c.text, len(qs))
			continue
		}
		if got := Title(d, c.code, qs[0]); got != c.want {
			t.Errorf("%q: Title = %v, want %v", c.text, got, c.want)
		}
	}
}
