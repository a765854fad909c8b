package figures

import "testing"

// The digit convention: the language's by default, the text's where its
// unambiguous numbers lean the other way twice or more.
func TestEnglishDigits(t *testing.T) {
	for _, c := range []struct {
		text string
		en   bool
		want bool
	}{
		{"", true, true},
		{"", false, false},
		{"Salget steg til 3.000.000 kr. og 1,5 pct. og 2,25 pct.", false, false},
		{"Salget steg til 3,000,000 kr. og 1.5 pct. og 2.5 pct.", false, true},
		{"Sales rose to 3,000,000 and 1.5 percent and 2.5 percent.", true, true},
		{"Sales rose to 3.000.000 and 1,5 percent and 2,25 percent.", true, false},
		{"Only one: 1,5 percent.", true, true},               // one Danish number is not enough
		{"Kl. 20.00 og 21.30 mødtes de.", false, false},      // times are no evidence
		{"Numbers 1,2, 3 and 4,5, 6 in a list.", true, true}, // lists put a space after the comma
		{"Ends on a separator: 3,", false, false},
		{",,..,1.5,", true, true},
	} {
		if got := englishDigits(c.text, c.en); got != c.want {
			t.Errorf("englishDigits(%q, %v) = %v, want %v", c.text, c.en, got, c.want)
		}
	}
}
