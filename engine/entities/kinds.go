package entities

import (
	"strings"
	"unicode/utf8"

	"kilde/engine/lexicon"
	"kilde/engine/segment"
)

// classify gives every candidate its grouping key and its kind, from the
// gazetteers, its shape and its context.
func (c *collector) classify() {
	keys := map[string]bool{}
	for i := range c.cands {
		keys[c.key(c.cands[i].words)] = true
	}
	for i := range c.cands {
		cd := &c.cands[i]
		c.stripGenitive(cd, keys)
		cd.key = c.key(cd.words)
		if id, ok := placeOf(cd.words); ok {
			cd.place = id
		}
		if kind, rule := c.kindOf(cd); rule != "" {
			cd.class = classOf(kind, rule)
		} else {
			// No rule decides: grouped as organisations are, then the
			// group's pooled scores give its kind ("Holm" and "Karen
			// Holm" agree), or drop it as no name (entities).
			cd.class = modelClass(1)
		}
	}
}

// best returns the index of the highest score of a kind.
func best(s [5]float32) uint8 {
	b := 0
	for k := range 4 {
		if s[k] > s[b] {
			b = k
		}
	}
	return uint8(b)
}

// placeOf looks words up in the gazetteer, also as letters of a dotted
// abbreviation ("U. S." = "US").
func placeOf(words []string) (string, bool) {
	name := strings.Join(words, " ")
	if id, ok := lexicon.Place(name); ok {
		return id, true
	}
	if strings.Contains(name, ".") {
		return lexicon.Place(undot.Replace(name))
	}
	return "", false
}

var undot = strings.NewReplacer(".", "", " ", "")

// stripGenitive turns "Kinas", "Alibabas", "Jens Madsens" into the name
// itself when the text or the gazetteers know that name, or when a noun
// follows a person's name.
func (c *collector) stripGenitive(cd *cand, keys map[string]bool) {
	n := len(cd.words)
	if n == 1 && acronymGenitive(c.tok(cd.tok.Start)) {
		cd.words = []string{strings.TrimSuffix(cd.words[0], "s")} // "DBUs", "NATOs"
		return
	}
	if c.h.Lang == "en" {
		return // English genitives take an apostrophe: "Sales" is not Sale's
	}
	last := cd.words[n-1]
	base, ok := strings.CutSuffix(last, "s")
	if !ok || utf8.RuneCountInString(base) < 2 {
		return
	}
	whole := strings.Join(cd.words, " ")
	if _, known := placeOf(cd.words); known || lexicon.IsFirstName(last) && n == 1 {
		return
	}
	stripped := append(append([]string{}, cd.words[:n-1]...), base)
	sk := strings.Join(stripped, " ")
	_, isPlace := placeOf(stripped)
	personBefore := n > 1 && lexicon.IsFirstName(cd.words[0]) && c.nounAfter(cd.tok.End)
	if keys[sk] && !keys[whole] || isPlace || lexicon.IsFirstName(base) && n == 1 || personBefore || keys[sk] && c.nounAfter(cd.tok.End) {
		cd.words = stripped
	}
}

// nounAfter reports whether token i is a lower-case word that is not a
// function word or speech verb: the noun of a genitive ("Madsens udvisning").
func (c *collector) nounAfter(i int) bool {
	if !c.isWord(i) || c.d.Tokens[i].Is(segment.Cap) {
		return false
	}
	w := c.low(i)
	return !lexicon.IsStop(c.h.Lang, w) && !c.pack.IsSpeechVerb(w)
}

// kindOf decides a candidate's kind and names the rule that decided it;
// a candidate no rule decides gets "" for the name tagger to decide.
func (c *collector) kindOf(cd *cand) (kind, rule string) {
	n := len(cd.words)
	last := cd.words[n-1]
	first := cd.words[0]
	acronym := n == 1 && c.d.Tokens[cd.tok.Start].Is(segment.AllCaps) && utf8.RuneCountInString(last) <= 5
	switch {
	case n > 1 && len(last) == 2 && c.d.Tokens[cd.tok.End-1].Is(segment.Digit):
		return Other, "other:event"
	case n > 1 && weekdays[last]:
		return Other, "other:event" // "Black Friday", "Cyber Monday"
	case c.workTitle(cd):
		return Other, "other:title"
	case cd.titleLeft && !acronym && !cd.orgLeft && cd.placeVote == 0 && n <= 3 && !c.d.Tokens[cd.tok.Start].Is(segment.AllCaps):
		return Person, "person:title" // "sangeren Medina", "President Washington"
	case cd.place != "":
		return Place, "place:gazetteer"
	case n > 1 && placeEnds[last]:
		return Place, "place:ending"
	case lexicon.IsOrgHead(last) || hasOrgEnding(last) || n > 2 && hasSuffixWord(cd.words):
		return Org, "org:suffix"
	case cd.orgLeft:
		return Org, "org:context"
	case n > 1 && lexicon.IsFirstName(first) && !lexicon.IsStop(c.h.Lang, first):
		return Person, "person:first-name"
	case cd.initials:
		return Person, "person:initials"
	case cd.titleLeft && !acronym:
		return Person, "person:title"
	case cd.titleRight && !acronym:
		return Person, "person:apposition"
	case cd.speaker && !acronym:
		return Person, "person:speaker"
	case acronym:
		return Org, "org:acronym"
	case n == 1 && lexicon.IsFirstName(first) && !lexicon.IsStop(c.h.Lang, first):
		return Person, "person:first-name"
	case n == 1 && hasPlaceEnding(first):
		return Place, "place:ending"
	case cd.pronoun && !acronym && cd.orgVote == 0:
		return Person, "person:pronoun"
	}
	return "", ""
}

// hasSuffixWord reports an organisation word inside a longer name:
// "Bank of China", "University of Copenhagen".
func hasSuffixWord(words []string) bool {
	for i, w := range words {
		if lexicon.IsOrgHead(w) && i+1 < len(words) && words[i+1] == "of" {
			return true
		}
	}
	return false
}

// hasOrgEnding reports compound institution words: "Kunstmuseum",
// "Socialdemokratiet" is not matched, "Nationalbanken" is.
func hasOrgEnding(w string) bool {
	for _, e := range []string{"museum", "museet", "banken", "parti", "partiet", "selskab", "selskabet", "universitet", "styrelsen", "ministeriet", "kommune", "forening", "forbund"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// hasPlaceEnding reports country and region name endings: "Makedonien",
// "Californien", "Grønland".
func hasPlaceEnding(w string) bool {
	if utf8.RuneCountInString(w) < 6 {
		return false
	}
	for _, e := range []string{"ien", "land", "landet"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// workTitle reports a title of a work written in English title case, where
// even the small words are capitalised: "No Fuel Left For The Pilgrims".
// Names of organisations keep those words small ("Bank of America").
func (c *collector) workTitle(cd *cand) bool {
	if len(cd.words) < 3 || c.d.Tokens[cd.tok.Start].Is(segment.AllCaps) {
		return false
	}
	for k := cd.tok.Start + 1; k < cd.tok.End; k++ {
		if c.d.Tokens[k].Is(segment.Cap) && !c.d.Tokens[k].Is(segment.AllCaps) && titleSmallWords[c.tok(k)] {
			return true
		}
	}
	return false
}

var titleSmallWords = set(`For The Of And In On To With From At Is Are A An Or Nor But`)

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday
	mandag tirsdag onsdag torsdag fredag lørdag søndag`)

// acronymGenitive reports an acronym with a genitive s: "DBUs", "EUs".
func acronymGenitive(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for k := 0; k < len(w)-1; k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}
