package figures

import "kilde/engine/lang"

// The words of figures are the language packs' (engine/lang/data/*/
// numbers.txt), all lower case; keys with a trailing period match the
// abbreviation written with it. Figures reads both languages' words, as
// text in one language quotes prices and units in the other, but for
// scale words, whose values differ (Danish "billion" is 10^12).
var words = lang.For("")

// scaleOf returns the multiplier of scale word w in English or Danish
// text, 0 if w is none.
func scaleOf(w string, en bool) float64 { return packOf(en).Scale(w) }

// packOf is the English pack for en, else the Danish.
func packOf(en bool) *lang.Pack {
	if en {
		return lang.For("en")
	}
	return lang.For("da")
}

// currencyOf returns the ISO code of a currency word or phrase after a
// number, or "".
func currencyOf(w string) string { return words.Currency(w) }

// subunitOf returns the ISO code of the currency of which a word or
// phrase after a number names a hundredth ("cents", "øre"), or "".
func subunitOf(w string) string { return words.Subunit(w) }

// numberValue returns the value of a number word; "en"/"et"/"one"/"a"
// count only before a scale word (weak), never alone.
func numberValue(w string) (float64, bool) { return words.NumberValue(w) }

// is reports whether w does what k says in a figure.
func is(w string, k lang.NumberKind) bool { return words.IsNumber(w, k) }

// fraction returns the divisor of a fraction word after a number word
// ("two thirds", "to tredjedele"), or 0.
func fraction(w string) float64 { return words.Fraction(w) }

// month is the number of the month named w (lower case) in either
// language's pack (engine/lang/data/*/calendar.txt), or 0.
func month(w string) int { return words.Month(w) }

// pack is the language pack of the scanner's text.
func (s *scanner) pack() *lang.Pack { return packOf(s.en) }
