package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kilde/engine/segment"
)

// The commonest function words of each language. A stop-word count over
// the whole text tells Danish from English better than letter n-gram
// identifiers do on short or machine-translated text, and costs nothing.
var (
	daWords = wordSet(`og i at er det en den til på som de med for af ikke der var han hun har sig et om vi men
		jeg fra kan eller skal være blev når hvor også efter over under mod sin sit sine deres dem denne dette disse
		ved nu så meget hvis fordi siger sagde ifølge mere end mellem blandt hvordan hvad hvem kun alle andre har`)
	enWords = wordSet(`the and of to in is that it for was on are with as he she his her they be at by this have from
		or an but not which were been has had their said says would will there more than about into who what when
		we you our its also after over under between according`)
	// Function words of the languages most often mistaken for them,
	// none of them common Danish or English words: a text full of these
	// is not clearly either.
	otherWords = wordSet(`und ist nicht das dem des ein eine einen sich auch auf wird wurde sind dass nach bei zu von für im
		le la les est des une que qui dans pour au aux avec il elle ils sont mais ou ne nous vous cette été très`)
)

// spelling tells a word spelt as only Danish spells ("æ", "ø", "å") or
// as only English does (a "w", "th", or an ending in "ing" or "ings"),
// else "".
func spelling(low string) string {
	switch {
	case strings.ContainsAny(low, "æøå"):
		return "da"
	case strings.IndexByte(low, 'w') >= 0 || strings.Contains(low, "th") || len(low) > 4 && (strings.HasSuffix(low, "ing") || strings.HasSuffix(low, "ings")):
		return "en"
	}
	return ""
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// DetectLanguage returns "da" or "en": the language whose function words
// the text uses more, then the one whose spelling its words have more
// of, and Danish when neither tells (the engine's reading of text
// without a signal).
func DetectLanguage(text string) string {
	lang, _ := detectLanguage(segment.New(text))
	return lang
}

// detectLanguage counts function words over the document's word tokens
// (the first 20,000 are plenty) and also tells whether the text is
// clearly in the language found (see wordCounts.verdict).
func detectLanguage(d *segment.Doc) (lang string, sure bool) {
	return total(paraCounts(d, 20000, true)).verdict()
}

// paraCounts counts the words of each paragraph of d, until limit words
// in all have been counted, with their spellings when shapes is set.
func paraCounts(d *segment.Doc, limit int, shapes bool) []wordCounts {
	out := make([]wordCounts, 0, len(d.Paras))
	for _, r := range d.Paras {
		c := countWords(d, d.Tokens[r.Start:r.End], limit, shapes)
		out = append(out, c)
		if limit -= c.words; limit <= 0 {
			break
		}
	}
	return out
}

// total adds up counts.
func total(cs []wordCounts) wordCounts {
	var t wordCounts
	for _, c := range cs {
		t.da, t.en, t.other, t.words = t.da+c.da, t.en+c.en, t.other+c.other, t.words+c.words
		t.daShape, t.enShape = t.daShape+c.daShape, t.enShape+c.enShape
	}
	return t
}

// wordCounts are the function words of each language among some words,
// and the words spelt as only one of the languages spells.
type wordCounts struct {
	da, en, other, words int
	daShape, enShape     int
}

// countWords counts the first limit word tokens of toks, tokens of d;
// the words spelt as only one language spells only when shapes is set
// (they break a tie, which only the whole text's verdict has to).
func countWords(d *segment.Doc, toks []segment.Token, limit int, shapes bool) wordCounts {
	var c wordCounts
	var buf [32]byte
	for _, t := range toks {
		if c.words == limit {
			break
		}
		if t.Kind != segment.Word || t.Is(segment.Digit) {
			continue
		}
		c.words++
		w := d.Text[t.Start:t.End]
		if len(w) > len(buf) || !shapes && len(w) > longestFunction {
			continue
		}
		var f uint8
		low := w
		if segment.LowerASCII(w) { // most words: no case to fold
			f = functionWords[w]
		} else {
			b := buf[:0]
			for _, r := range w {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			f = functionWords[string(b)] // no copy for a look-up
			if shapes {
				low = string(b)
			}
		}
		if f&fnDa != 0 {
			c.da++
		}
		if f&fnEn != 0 {
			c.en++
		}
		if f&fnOther != 0 {
			c.other++
		}
		if shapes {
			switch spelling(low) {
			case "da":
				c.daShape++
			case "en":
				c.enShape++
			}
		}
	}
	return c
}

// The function word lists as one table of which lists hold a word: one
// look-up a word, and none for a word longer than the longest.
const (
	fnDa = 1 << iota
	fnEn
	fnOther
)

var functionWords, longestFunction = func() (map[string]uint8, int) {
	m, longest := map[string]uint8{}, 0
	for _, l := range []struct {
		set  map[string]bool
		mark uint8
	}{{daWords, fnDa}, {enWords, fnEn}, {otherWords, fnOther}} {
		for w := range l.set {
			m[w] |= l.mark
			longest = max(longest, len(w))
		}
	}
	return m, longest
}()

// verdict returns the language whose function words the words use more
// (spelling breaks a tie) and whether they are clearly in it: at least
// two of its function words, one word in eight, more than of the other
// language and well more than of German or French.
func (c wordCounts) verdict() (lang string, sure bool) {
	lang = "da"
	if c.en > c.da || c.en == c.da && c.enShape > c.daShape {
		// With as many function words of each (often none: a headline,
		// a list of names), spelling breaks the tie.
		lang = "en"
	}
	n, rival := c.of(lang)
	return lang, n > rival && n >= 2 && n*8 >= c.words && n > 2*c.other
}

// of returns the function words of lang ("da" or "en") and those of the
// other language.
func (c wordCounts) of(lang string) (n, rival int) {
	if lang == "en" {
		return c.en, c.da
	}
	return c.da, c.en
}

// functionMark is the mark of lang's function words in functionWords.
func functionMark(lang string) uint8 {
	if lang == "en" {
		return fnEn
	}
	return fnDa
}
