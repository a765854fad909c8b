package engine

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Aktierne steg 80 procent i løbet af året, og det er mere end ventet.", "da"},
		{"Det er ikke blevet regnet som et rigtigt arbejde, siger hun.", "da"},
		{"Shares rose 80 percent over the year, more than the market expected.", "en"},
		{"He said that the company would not comment.", "en"},
		{"Der Hund ist sehr groß und schläft.", "und"},
		{"", "und"},
		{"12345 !!! ???", "und"},
	}
	for _, tt := range tests {
		if got := DetectLanguage(tt.in); got != tt.want {
			t.Errorf("DetectLanguage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	files, _ := filepath.Glob("../testdata/eval/dev/*-da.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := DetectLanguage(string(b)); got != "da" {
			t.Errorf("%s: got %q, want da", f, got)
		}
	}
}
