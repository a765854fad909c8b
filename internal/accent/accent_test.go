package accent

import "testing"

func TestStrip(t *testing.T) {
	tests := []struct{ in, want string }{
		{"josé", "jose"},
		{"tomás", "tomas"},
		{"françois", "francois"},
		{"łukasz", "łukasz"}, // ł is a letter of its own, not an accented l
		{"søren", "søren"},   // Danish letters stay
		{"åse", "åse"},
		{"jürgen", "jurgen"},
		{"", ""},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := Strip(tt.in); got != tt.want {
			t.Errorf("Strip(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
