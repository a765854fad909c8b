// Package search finds entities by name as a person types: fuzzy
// subsequence matching (github.com/sahilm/fuzzy) over names folded so
// that case, diacritics and Danish letters do not matter: "tidlos" and
// "tidloes" both find "Tidløs", "mcphet" finds "McPheters".
package search

import (
	"strings"
	"unicode"

	"kilde/internal/accent"
)

// A folded form of a name, with the rune of the original each of its
// bytes came from, so matched letters can be shown in the original.
type folded struct {
	s    string
	from []int32 // from[i] = rune index in the original of byte i of s
}

// danish spells æ, ø and å two ways each: as a person without a Danish
// keyboard writes them (ae, oe, aa) and as their bare letter (a, o, a).
var danish = [2]map[rune]string{
	{'æ': "ae", 'ø': "oe", 'å': "aa", 'ß': "ss", 'œ': "oe", 'ð': "d", 'þ': "th", 'ł': "l", 'đ': "d"},
	{'æ': "a", 'ø': "o", 'å': "a", 'ß': "ss", 'œ': "o", 'ð': "d", 'þ': "th", 'ł': "l", 'đ': "d"},
}

// fold lower-cases s, strips diacritics and spells Danish letters the
// way variant v does.
func fold(s string, v int) folded {
	var b strings.Builder
	var from []int32
	ri := int32(0)
	for _, r := range s {
		r = unicode.ToLower(r)
		out := danish[v][r]
		if out == "" {
			if base, ok := accent.Base(r); ok {
				out = string(base) // "é" -> "e"
			} else if !unicode.Is(unicode.Mn, r) {
				out = string(r)
			}
		}
		for i := 0; i < len(out); i++ {
			from = append(from, ri)
		}
		b.WriteString(out)
		ri++
	}
	return folded{s: b.String(), from: from}
}
