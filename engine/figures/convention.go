package figures

import "strings"

// englishDigits decides a document's digit convention: English writes
// "3,000,000" and "1.5", Danish "3.000.000" and "1,5". The language is
// the default; the text overrules it only when its unambiguous numbers
// (two group separators in a row, a decimal of one or two digits after a
// comma, of one digit after a period) lean the other way, as in a
// Danish article translated with its English numbers kept.
func englishDigits(text string, en bool) bool {
	da, eng := 0, 0
	t := text
	// The next period and comma at or after i, found by IndexByte, which
	// skips the text between far faster than a loop over every byte.
	dot, comma := -1, -1
	for i := 0; i+2 < len(t); i++ {
		if dot < i {
			if dot = indexFrom(t, '.', i); dot < 0 {
				dot = len(t)
			}
		}
		if comma < i {
			if comma = indexFrom(t, ',', i); comma < 0 {
				comma = len(t)
			}
		}
		if i = min(dot, comma); i+2 >= len(t) {
			break
		}
		c := t[i]
		if i == 0 || !isDigit(t[i-1]) || !isDigit(t[i+1]) {
			continue
		}
		n := i + 1
		for n < len(t) && isDigit(t[n]) {
			n++
		}
		digits := n - i - 1
		switch {
		case digits == 3 && n+4 <= len(t) && t[n] == c && isDigit(t[n+1]) && isDigit(t[n+2]) && isDigit(t[n+3]) && (n+4 == len(t) || !isDigit(t[n+4])):
			// "3.000.000" or "3,000,000"
			if c == '.' {
				da++
			} else {
				eng++
			}
			i = n
		case digits == 4 || digits > 4 || n < len(t) && (t[n] == c || t[n] == '/' || t[n] == ':'):
			// a code, a date or a time: no evidence
			i = n
		case c == ',' && digits <= 2 && !followedByDigitAfterSpace(t, n):
			da++ // "1,5"; not "1,2 and 3" lists, which put a space after the comma
		case c == '.' && digits == 1:
			eng++ // "1.5"; "20.00" may be a Danish time
		}
	}
	if en {
		return da <= eng || da < 2
	}
	return eng > da && eng >= 2
}

// followedByDigitAfterSpace reports "1,2, 3" style lists of numbers.
func followedByDigitAfterSpace(t string, n int) bool {
	return n+2 < len(t) && t[n] == ',' && t[n+1] == ' ' && isDigit(t[n+2])
}

// indexFrom is the index of the first c in t at or after i, or -1.
func indexFrom(t string, c byte, i int) int {
	if k := strings.IndexByte(t[i:], c); k >= 0 {
		return i + k
	}
	return -1
}
