package app

import (
	"math"
	"strconv"
	"strings"
)

// number writes a normalised value for reading: digits grouped in
// thousands from five digits up (so years stay as written), with the
// interface language's separators.
func number(v float64, ui string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	group, dec := ",", "."
	if ui == "da" {
		group, dec = ".", ","
	}
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	if len(whole) > 4 {
		var b strings.Builder
		for i, c := range whole {
			if i > 0 && (len(whole)-i)%3 == 0 {
				b.WriteString(group)
			}
			b.WriteRune(c)
		}
		whole = b.String()
	}
	if hasFrac {
		return sign + whole + dec + frac
	}
	return sign + whole
}
