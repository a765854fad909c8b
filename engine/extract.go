// Package engine turns the text of a news article into its figures, quotes
// and entities. It is pure Go: it builds and runs natively and in
// WebAssembly alike, keeps no global mutable state and is safe to call from
// several goroutines.
package engine

import (
	"strings"
	"unicode/utf8"

	"kilde/engine/figures"
)

// Extract finds the figures, quotes and entities of an article. Text that
// is not valid UTF-8 has each bad byte replaced by U+FFFD first, so
// offsets then refer to the repaired text.
func Extract(text string) Result {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	lang := DetectLanguage(text)
	res := Result{Lang: lang, Figures: []Figure{}, Quotes: []Quote{}, Entities: []Entity{}}
	conv := newOffsets(text)
	for _, f := range figures.Find(text, lang) {
		s, e := conv.runes(f.Start), conv.runes(f.End)
		res.Figures = append(res.Figures, Figure{
			Start: s, End: e, Text: text[f.Start:f.End], Kind: f.Kind,
			Value: f.Value, ISO: f.ISO, High: f.High,
			Unit: f.Unit, Qualifier: f.Qualifier, Rule: f.Rule,
		})
	}
	return res
}
