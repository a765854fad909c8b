package app

import (
	"math"
	"testing"
)

func TestNumber(t *testing.T) {
	for _, c := range []struct {
		v      float64
		ui, in string
	}{
		{2015, "da", "2015"},
		{40000000000, "da", "40.000.000.000"},
		{40000000000, "en", "40,000,000,000"},
		{1.5, "da", "1,5"},
		{1.5, "en", "1.5"},
		{-12345.25, "en", "-12,345.25"},
		{100000, "en", "100,000"},
		{math.NaN(), "en", ""},
	} {
		if got := number(c.v, c.ui); got != c.in {
			t.Errorf("number(%v, %s) = %q, want %q", c.v, c.ui, got, c.in)
		}
	}
}
