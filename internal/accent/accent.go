// Package accent knows the plain letter of each accented Latin letter:
// the search folds names with it, and the name lists are looked up with
// it where a text writes a name with accents its list writes without.
package accent

import (
	"strings"
	"unicode/utf8"
)

// bases are the plain letters of accented Latin letters. Danish æ, ø and
// å are letters of their own, not accented ones, and are not here.
var bases = func() map[rune]rune {
	m := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãäāăąǎ", 'c': "çćĉċč", 'd': "ď", 'e': "èéêëēĕėęě", 'g': "ĝğġģ", 'h': "ĥħ",
		'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀ", 'n': "ñńņňŉ", 'o': "òóôõöōŏő",
		'r': "ŕŗř", 's': "śŝşšș", 't': "ţťŧț", 'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

// Base returns the plain letter of an accented lower-case Latin letter
// ("é" → "e"), and false for any other rune.
func Base(r rune) (rune, bool) {
	b, ok := bases[r]
	return b, ok
}

// Strip returns s (lower case) with its accented letters plain: "josé"
// → "jose". A string with none is returned as it is, without a copy.
func Strip(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { _, ok := bases[r]; return ok })
	if i < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for _, r := range s[i:] {
		if base, ok := bases[r]; ok {
			r = base
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}
