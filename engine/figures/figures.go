// Package figures finds amounts of money, percentages, counts, ranges,
// years and dates in Danish and English news text, with normalised values.
//
// It is a hand-written scanner in one pass: at each word boundary it tries
// to read a figure, looking at most a few words ahead and behind, so its
// time is linear in the text.
package figures

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Figure is one figure, with byte offsets into the text.
type Figure struct {
	Start, End int     // byte offsets, half-open
	Kind       string  // "money", "percent", "date" or "number"
	Value      float64 // NaN when the text names no exact number
	ISO        string  // a full date as "2006-01-02"; Value is then unused
	High       float64 // the upper end of a range; NaN when not a range
	HighISO    string  // the upper end of a range of full dates; High is then unused
	Unit       string  // ISO 4217 code for money; else free text ("%", "pp", "år", the counted noun)
	Qualifier  string  // "", about, over, under, at_least, at_most, almost
	Rule       Rule    // what found it; its String is the result's name, e.g. "number+scale+currency"
}

// Kinds of figure.
const (
	Money   = "money"
	Percent = "percent"
	Date    = "date"
	Number  = "number"
)

// Find returns the figures of text in order of position, none
// overlapping another. lang is "da", "en" or anything else (Danish
// number conventions).
func Find(text, lang string) []Figure {
	var out []Figure
	Each(text, lang, func(f Figure) { out = append(out, f) })
	return out
}

// Each calls yield with each figure of text, in order: the caller keeps
// them in its own form without a second list.
func Each(text, lang string, yield func(Figure)) {
	Prepare(text, lang).Each(0, len(text), yield)
}

// Text is a text made ready for finding its figures a stretch at a time,
// on several goroutines if the caller likes. Its number convention
// ("3.000" or "3,000") is read from the whole text once, and the words
// around a figure from the whole text too.
type Text struct{ s scanner }

// Prepare readies text in language lang for Text.Each.
func Prepare(text, lang string) *Text {
	en := lang == "en"
	t := &Text{scanner{text: text, en: en, group: '.', decimal: ','}}
	if englishDigits(text, en) {
		t.s.group, t.s.decimal = ',', '.'
	}
	if strings.Contains(text, "crowns") {
		t.s.crowns = words.Crown(text)
	}
	return t
}

// Each calls yield with each figure that starts in [from, to) of the
// text, in order, and returns where the last ends (from if none does);
// a figure may run on past to. The figures of stretches that follow one
// another are those of the whole text where each stretch after the
// first begins after a space and no figure of the stretch before runs
// past its start.
func (t *Text) Each(from, to int, yield func(Figure)) (end int) {
	s, text := &t.s, t.s.text
	end = from
	// Whether the rune before i is a letter or a digit: a figure starts
	// only where a word does.
	inWord := false
	if from > 0 {
		inWord = alnumBefore(text, from)
	}
	for i := from; i < to; {
		var r rune
		w := 1
		if c := text[i]; c < utf8.RuneSelf {
			// Most of a text: an ASCII byte, told apart by a table.
			if inWord || asciiClass[c] == 0 {
				inWord = asciiClass[c]&alnum != 0
				i++
				continue
			}
			r = rune(c)
		} else {
			r, w = utf8.DecodeRuneInString(text[i:])
			if inWord || !(isAlnum(r) || isSignStart(r)) {
				inWord = isAlnum(r)
				i += w
				continue
			}
		}
		if r >= 'A' && !isSignStart(r) {
			// A word: only number words, months and currency codes can
			// open a figure; look that up without allocating.
			j := s.wordEnd(i)
			if j <= i || !isStarter(s.text[i:j]) || namePart(text, i, j) {
				if j <= i {
					j = i + w
				}
				inWord = alnumBefore(text, j)
				if y := yearAfterPrefix(text, i, j); y > 0 {
					// "mid-2027", "pre-2008": the year after a
					// prefix in small letters is a figure.
					j, inWord = y, false
				}
				i = j
				continue
			}
		}
		if f, ok := s.at(i); ok && f.End > i && !inCode(text, i) && !phonePairs(text, i) {
			yield(f)
			i, end = f.End, f.End
			inWord = alnumBefore(text, i)
			continue
		}
		// Not a figure: skip the whole word, so digits inside a name
		// ("COVID-19", "B12") are never read.
		j := s.wordEnd(i)
		if j <= i {
			j = i + w
		}
		inWord = alnumBefore(text, j)
		i = j
	}
	return end
}

// yearAfterPrefix returns where a year starts when the word text[i:j]
// is a prefix in small letters, a hyphen and a year of four digits
// ("mid-2027", "pre-2008", "midt-2026"); 0 otherwise. Not a code's
// digits: "COVID-19", "F-16".
func yearAfterPrefix(text string, i, j int) int {
	y := j - 4
	if y-i < 4 || text[y-1] != '-' || !(text[y:y+2] == "19" || text[y:y+2] == "20") || !isDigit(text[y+2]) || !isDigit(text[y+3]) {
		return 0
	}
	for k := i; k < y-1; k++ {
		if text[k] < 'a' || text[k] > 'z' {
			return 0
		}
	}
	return y
}

// namePart reports a number word with a capital at [i, j) that goes on
// a name begun by the word before it: "the League Two club", "Formula
// One", "Stage Three" (not "March 3", whose 3 is no word).
func namePart(text string, i, j int) bool {
	if c := text[i]; c < 'A' || c > 'Z' || i < 2 || text[i-1] != ' ' {
		return false
	}
	if _, ok := numberValue(strings.ToLower(text[i:j])); !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i-1])
	if !unicode.IsLetter(r) {
		return false // "… club. Two people": a sentence's first word
	}
	k := strings.LastIndexByte(text[:i-1], ' ') + 1
	p, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsUpper(p)
}

// phonePairs reports a number at i among three or more groups of two
// digits set apart by single spaces: a Danish telephone number ("75 92
// 40 10"), never a quantity, as grouped thousands have three digits.
func phonePairs(text string, i int) bool {
	pair := func(k int) bool {
		return k >= 0 && k+2 <= len(text) && isDigit(text[k]) && isDigit(text[k+1]) &&
			(k == 0 || !isDigit(text[k-1])) && (k+2 == len(text) || !isDigit(text[k+2]))
	}
	if !pair(i) {
		return false
	}
	n := 1
	for k := i; k >= 3 && text[k-1] == ' ' && pair(k-3); k -= 3 {
		n++
	}
	for k := i; k+5 <= len(text) && text[k+2] == ' ' && pair(k+3); k += 3 {
		n++
	}
	return n >= 3
}

// inCode reports a number at i that a slash joins to letters before
// it: a reference or a path ("BIR/00CN/HMK/2025/0117",
// "site.com/2025/05"), not a date ("12/03/2025") nor an amount
// ("5bn/year").
func inCode(text string, i int) bool {
	if i == 0 || text[i-1] != '/' {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		c := text[k]
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			return true
		case c == '/' || c == '.' || c == '-' || '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return false
}

// alnumBefore reports whether the rune that ends text[:i] is a letter or
// a digit.
func alnumBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isAlnum(r)
}

// The classes of ASCII bytes for the scan in Text.Each: a letter or a
// digit, or a sign that opens an amount ("$").
const (
	alnum = 1 << iota
	sign
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		if isAlnum(rune(c)) {
			t[c] |= alnum
		}
		if isSignStart(rune(c)) {
			t[c] |= sign
		}
	}
	return t
}()

type scanner struct {
	text           string
	en             bool
	group, decimal byte
	// crowns is the ISO code of crowns of no country in this text ("38
	// crowns"), read from the countries it names; "" leaves them a count.
	crowns string
}

func isAlnum(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// starterShapes marks, by first letter and length in bytes, where a
// starter may be.
var starterShapes = func() (t [26][17]bool) {
	for w := range starters {
		if c := w[0]; 'a' <= c && c <= 'z' && len(w) <= 16 {
			t[c-'a'][len(w)] = true
		}
	}
	return t
}()

// starters are the words that can open a figure.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range words.Signs() {
		// The letters of a code or of a sign such as "HK$".
		if w := strings.ToLower(strings.TrimRight(c.Sign, "$.")); w != "" && w[0] >= 'a' {
			m[w] = true
		}
	}
	for _, w := range words.NumberWords() {
		m[w] = true
	}
	m["half"] = true
	for _, w := range words.MonthNames() {
		m[strings.TrimSuffix(w, ".")] = true
	}
	return m
}()

// isStarter reports whether word w, in any case, is one of starters.
func isStarter(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	// Most words are ruled out by their first letter and length alone,
	// without hashing.
	if c := w[0] | 0x20; 'a' <= c && c <= 'z' && !starterShapes[c-'a'][len(w)] {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return starters[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return starters[string(buf[:len(w)])]
}

func isSignStart(r rune) bool {
	return r == '$' || r == '€' || r == '£' || r == '¥' || r == '₹' || r == '₩'
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func nan() float64 { return math.NaN() }
