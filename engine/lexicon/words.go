package lexicon

import (
	"strings"
	"sync"
)

// Small hand-kept word lists written for kilde (data/titles.tsv and
// data/orgheads.tsv), shared by the rules and the name tagger. Keys are
// lower case. data/organisations.txt, also kept by hand, only the rules
// read: the tagger's features do not change with it.
var (
	titles   = sync.OnceValue(func() map[string]bool { return languageWords("data/titles.tsv") })
	orgHeads = sync.OnceValue(func() map[string]bool { return languageWords("data/orgheads.tsv") })
)

// languageWords reads a hand-kept list of lines "lang<TAB>words", with
// comment lines, as one set over both languages.
func languageWords(name string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(read(name), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		lang, words, ok := strings.Cut(line, "\t")
		if !ok || lang != "da" && lang != "en" {
			panic("lexicon: " + name + ": a line is not a language, a tab and words: " + line) // a build error
		}
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
	}
	return m
}

// organisations holds data/organisations.txt: the names written in
// capitals as they are, the others in lower case.
var organisations = sync.OnceValue(func() (o struct{ caps, any, first map[string]bool }) {
	o.caps, o.any, o.first = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, line := range strings.Split(read("data/organisations.txt"), "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		if strings.ToUpper(line) == line {
			o.caps[line] = true
		} else {
			o.any[strings.ToLower(line)] = true
		}
		// The first token as the text's reader parts it: "A.P." of
		// "A.P. Møller-Mærsk", "S" of "S&P Global".
		first := strings.ToLower(strings.Fields(line)[0])
		first, _, _ = strings.Cut(first, "&")
		o.first[first] = true
	}
	return o
})

// OpensOrganisation reports whether w (lower case), a word as the text's
// tokens part it, opens a listed organisation's name: a cheap test
// before IsOrganisation.
func OpensOrganisation(w string) bool { return organisations().first[w] }

// IsOrganisation reports whether name, as the text writes it (words
// separated by single spaces), is a listed organisation's: one news
// names often, whose name the tagger may not know.
func IsOrganisation(name string) bool {
	o := organisations()
	if o.caps[name] {
		return true
	}
	var buf [48]byte
	if b, ok := lowerASCII(buf[:0], name); ok {
		return o.any[string(b)] // the key stays on the stack
	}
	return o.any[strings.ToLower(name)]
}

// IsTitle reports whether w (lower case) is a job title or honorific.
func IsTitle(w string) bool { return titles()[w] }

// IsTitleAbbrev reports whether w (lower case) is a title cut short with
// a period: three letters or more that begin a listed title of more
// ("prof." for professor, "gen." for general, "capt." for captain).
func IsTitleAbbrev(w string) bool {
	stem, ok := strings.CutSuffix(w, ".")
	return ok && len(stem) >= 3 && titleStems()[stem]
}

var titleStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for t := range titles() {
		for n := 3; n < len(t); n++ {
			if !strings.ContainsAny(t[:n], ".-") {
				m[t[:n]] = true
			}
		}
	}
	return m
})

// IsOrgHead reports whether w (lower case) ends organisation names.
func IsOrgHead(w string) bool { return orgHeads()[w] }

// Marks say which lists a word is on.
type Marks uint16

const (
	FirstName Marks = 1 << iota
	City            // a city or town
	Country         // a country or territory
	Region          // a region, state or other subdivision
	Title
	OrgHead
	Stop // a stop word of the language looked up
)

// Kinds of English proper names in WordNet (data/wordnet-names-en.tsv): a
// word of a person's, a place's or a group's name. Lookup gives them for
// English only, as Danish text shares few of its names' words with them.
const (
	NamedPerson Marks = 1 << (10 + iota)
	NamedPlace
	NamedGroup

	// Named holds the three.
	Named = NamedPerson | NamedPlace | NamedGroup
)

// HasNamed reports whether Lookup gives the kinds of WordNet names for
// lang.
func HasNamed(lang string) bool { return lang == "en" }

// Lookup gives the marks of lower, a word or words in lower case
// separated by single spaces, with stop words of lang ("da" or "en";
// another lang checks both). It takes bytes so that a caller can look up
// a word it lower-cased into its own buffer without allocating.
func Lookup(lang string, lower []byte) Marks {
	m := marks()[string(lower)]
	switch lang {
	case "da":
		if m&stopDa != 0 {
			m |= Stop
		}
	case "en":
		if m&stopEn != 0 {
			m |= Stop
		}
	default:
		if m&(stopDa|stopEn) != 0 {
			m |= Stop
		}
	}
	if !HasNamed(lang) {
		m &^= Named
	}
	return m &^ (stopDa | stopEn)
}

// BeginsPlace reports whether the word lower (in lower case) is the
// first of some listed place name of two or more words: a cheap test
// before looking up the words that follow it.
func BeginsPlace(lower []byte) bool { return placeHeads()[string(lower)] }

var placeHeads = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for name := range load().places {
		if head, _, ok := strings.Cut(name, " "); ok {
			m[head] = true
		}
	}
	return m
})

// Stop words of each language, kept apart in the marks table.
const (
	stopDa Marks = 1 << 8
	stopEn Marks = 1 << 9
)

// marks holds every listed word with all its marks: one look-up a word.
var marks = sync.OnceValue(func() map[string]Marks {
	t := load()
	m := make(map[string]Marks, len(t.firstNames)+len(t.places))
	for w := range t.firstNames {
		m[w] |= FirstName
	}
	for name, id := range t.places {
		switch {
		case strings.HasPrefix(id, "T:"):
			m[name] |= Country
		case strings.HasPrefix(id, "S:"):
			m[name] |= Region
		default:
			m[name] |= City
		}
	}
	for w := range titles() {
		m[w] |= Title
	}
	for w := range orgHeads() {
		m[w] |= OrgHead
	}
	for w := range t.stopDa {
		m[w] |= stopDa
	}
	for w := range t.stopEn {
		m[w] |= stopEn
	}
	for _, line := range strings.Split(read("data/wordnet-names-en.tsv"), "\n") {
		if line == "" || line[0] == '#' {
			continue // the header and WordNet's notice
		}
		w, kinds, _ := strings.Cut(line, "\t")
		for _, k := range kinds {
			switch k {
			case 'P':
				m[w] |= NamedPerson
			case 'L':
				m[w] |= NamedPlace
			case 'G':
				m[w] |= NamedGroup
			}
		}
	}
	return m
})
