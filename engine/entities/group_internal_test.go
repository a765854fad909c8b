package entities

import "testing"

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"raaschou", "rasschou", true},                // one letter changed
		{"brandforsikring", "brandtforsikring", true}, // one added
		{"logistics", "logsitics", true},              // two swapped
		{"hansen", "hansen", true},                    // the same
		{"hansen", "jansen", true},                    // six letters, one changed
		{"jensen", "hansen", false},                   // two changed
		{"austria", "australia", false},               // two added
		{"nord", "nort", false},                       // too short to tell
		{"rasmussen", "rasmusen", true},               // one dropped
		{"kristensen", "christensen", false},          // two changed and one added
		{"ørsted", "ørsteds", true},                   // letters beyond ASCII count once
		{"aktieselskab", "aktieselskaber", false},     // two added
	}
	for _, tt := range tests {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
