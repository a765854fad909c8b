package segment

import (
	"strings"
	"testing"
)

// TestMarks checks how each quotation mark is classified, in the text
// order of its marks: o opens, c closes, oc can do either, a is an
// apostrophe.
func TestMarks(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
	}{
		{"guillemets, Danish order", "»Vi er klar,« siger hun.", "o c"},
		{"guillemets, other order", "«Vi er klar», siger hun.", "o c"},
		{"curly double", "“We are ready,” she said.", "o c"},
		{"low-high", "„Wir sind bereit“, sagte sie.", "o c"},
		{"Danish double marks: the same mark opens and closes", "”Vi er klar,” siger hun.", "oc c"},
		{"straight double", `He said "no" twice.`, "o c"},
		{"a straight mark between spaces", `a " b`, "oc"},
		{"curly single inside double", "“She said ‘no’ twice,” he said.", "o o c c"},
		{"possessive apostrophe", "Alibaba’s shares and Ma's plan.", "a a"},
		{"broken genitive", "Kina ‘ s online marked", "a"},
		{"year", "Gateway ’17 og '80erne", "a a"},
		{"contraction", "don't and can’t", "a a"},
		{"after a bracket", "(“Nej,” sagde han)", "o c"},
		{"before a period", "Han sagde »nej«.", "o c"},
		{"no marks", "Ingen citater her.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(tt.in)
			var got []string
			for _, tok := range d.Tokens {
				var s string
				if tok.Is(QuoteOpen) {
					s += "o"
				}
				if tok.Is(QuoteClose) {
					s += "c"
				}
				if tok.Is(Apostrophe) {
					s += "a"
				}
				if s != "" {
					got = append(got, s)
				}
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("%q: marks %q, want %q", tt.in, g, tt.want)
			}
		})
	}
}
