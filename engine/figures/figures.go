// Package figures finds amounts of money, percentages, counts, ranges,
// years and dates in Danish and English news text, with normalised values.
package figures

// Figure is one figure, with byte offsets into the text.
type Figure struct {
	Start, End int     // byte offsets, half-open
	Kind       string  // "money", "percent", "date" or "number"
	Value      float64 // NaN when the text names no exact number
	ISO        string  // a full date as "2006-01-02"; Value is then unused
	High       float64 // the upper end of a range; NaN when not a range
	Unit       string  // ISO 4217 code for money; else free text ("%", "pp", "år", the counted noun)
	Qualifier  string  // "", about, over, under, at_least, at_most, almost
	Rule       string  // what found it, e.g. "number+scale+currency"
}

// Find returns the figures of text in order of position, none
// overlapping another. lang is "da", "en" or "" (decide from the text).
func Find(text, lang string) []Figure {
	return nil
}
