package segment

import (
	"reflect"
	"strings"
	"testing"
)

// TestRecycle checks that a text segmented into a recycled document's
// lists is segmented as into new ones, whatever the text before held.
func TestRecycle(t *testing.T) {
	texts := []string{
		strings.Repeat("Dr. Hansen sagde: »Det går godt.« Ny linje.\n\n", 300),
		"Kort.",
		"",
		strings.Repeat("U.S. officials said 3.5 mio. kr. was paid. ", 50) + "\n" + strings.Repeat("Another line here. ", 80),
	}
	for i, text := range texts {
		fresh := *New(text)
		// Copy the fresh lists: the pool may hand them to the next New.
		fresh.Tokens = append([]Token(nil), fresh.Tokens...)
		fresh.Sentences = append([]Range(nil), fresh.Sentences...)
		fresh.Paras = append([]Range(nil), fresh.Paras...)
		for _, before := range texts {
			Recycle(New(before))
			got := New(text)
			if got.Text != text || !reflect.DeepEqual(got.Tokens, fresh.Tokens) && len(got.Tokens)+len(fresh.Tokens) > 0 ||
				!reflect.DeepEqual(got.Sentences, fresh.Sentences) && len(got.Sentences)+len(fresh.Sentences) > 0 ||
				!reflect.DeepEqual(got.Paras, fresh.Paras) && len(got.Paras)+len(fresh.Paras) > 0 ||
				!reflect.DeepEqual(got.Lines, fresh.Lines) {
				t.Errorf("text %d after a recycled document of %d bytes: %d tokens, %d sentences, %d paragraphs; fresh: %d, %d, %d",
					i, len(before), len(got.Tokens), len(got.Sentences), len(got.Paras), len(fresh.Tokens), len(fresh.Sentences), len(fresh.Paras))
			}
		}
	}
}
