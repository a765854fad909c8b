package engine

import (
	"bytes"
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
func spelling(low []byte) string {
	switch {
	case bytes.ContainsAny(low, "æøå"):
		return "da"
	case bytes.IndexByte(low, 'w') >= 0 || bytes.Contains(low, []byte("th")) || len(low) > 4 && (bytes.HasSuffix(low, []byte("ing")) || bytes.HasSuffix(low, []byte("ings"))):
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
// clearly in the language found: at least two of its function words,
// one word in eight of the text, more than of the other language and
// well more than of German or French.
func detectLanguage(d *segment.Doc) (lang string, sure bool) {
	da, en, other, words := 0, 0, 0, 0
	daShape, enShape := 0, 0 // words spelt as only one of the languages spells
	var buf [32]byte
	for _, t := range d.Tokens {
		if words == 20000 {
			break
		}
		if t.Kind != segment.Word || t.Is(segment.Digit) {
			continue
		}
		words++
		if w := d.Text[t.Start:t.End]; len(w) <= len(buf) {
			low := buf[:0]
			for _, r := range w {
				low = utf8.AppendRune(low, unicode.ToLower(r))
			}
			if daWords[string(low)] {
				da++
			}
			if enWords[string(low)] {
				en++
			}
			if otherWords[string(low)] {
				other++
			}
			switch spelling(low) {
			case "da":
				daShape++
			case "en":
				enShape++
			}
		}
	}
	lang, n, rival := "da", da, en
	if en > da || en == da && enShape > daShape {
		// With as many function words of each (often none: a headline,
		// a list of names), spelling breaks the tie.
		lang, n, rival = "en", en, da
	}
	return lang, n > rival && n >= 2 && n*8 >= words && n > 2*other
}
