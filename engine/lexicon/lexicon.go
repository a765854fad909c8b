// Package lexicon holds the engine's word lists and gazetteers: first
// names, places, stop words, titles and organisation heads in Danish and
// English, and the words of English proper names in WordNet. The tables
// in data/ are generated from public data by internal/gen (sources and
// licences are listed in gen.mjs), but for
// titles.tsv, orgheads.tsv and country-abbreviations.tsv, which are
// written by hand, and
// corpus-words-*.txt, which make train writes from the name tagger's
// training text; each says so in its header. places-world.tsv holds
// regions, islands, mountains and rivers, which Place knows and the name
// tagger's features do not. firstnames-world.txt holds
// given names of other origins, which IsFirstName knows and the name
// tagger's features (Lookup) do not, as its models were trained without
// them. All are read once, on first
// use, into read-only maps.
package lexicon

//go:generate sh -c "cd internal/gen && npm ci --no-audit --no-fund && node gen.mjs"

import (
	"embed"
	"kilde/internal/accent"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data
var data embed.FS

type tables struct {
	// firstNames are the first names the tagger's features know (its
	// models were trained with them) and their genders are told of;
	// given adds firstnames-world.txt's, which only the rules know: one
	// look-up a word for IsFirstName.
	firstNames, given map[string]bool
	// female and unisex first names; the other names of firstNames are
	// male, and of given those maleWorld holds.
	female, unisex, maleWorld map[string]bool
	places                    map[string]string
	// placesWorld are the regions, islands and the like that only the
	// rules know (places-world.tsv): the tagger's models were trained
	// without them.
	placesWorld    map[string]string
	abbreviations  map[string]string // of countries: "dprk"
	stopDa, stopEn map[string]bool
	// stems holds the beginnings of country and region names, for
	// telling nationality words ("Kinesiske") from names.
	stems map[string]int
}

var load = sync.OnceValue(func() *tables {
	t := &tables{
		firstNames:    set(read("data/firstnames.txt")),
		given:         set(read("data/firstnames-world.txt")),
		female:        set(read("data/names-female.txt")),
		unisex:        set(read("data/names-both.txt")),
		maleWorld:     set(read("data/names-male-world.txt")),
		places:        map[string]string{},
		placesWorld:   map[string]string{},
		abbreviations: map[string]string{},
		stems:         map[string]int{},
		stopDa:        set(read("data/stop-da.txt")),
		stopEn:        set(read("data/stop-en.txt")),
	}
	for _, line := range strings.Split(read("data/places.tsv"), "\n") {
		if name, id, ok := strings.Cut(line, "\t"); ok {
			t.places[name] = id
			if !strings.HasPrefix(id, "C:") && !strings.Contains(name, " ") {
				for n := 3; n <= len(name); n++ {
					if rest := len(name) - n; t.stems[name[:n]] == 0 || rest < t.stems[name[:n]]-1 {
						t.stems[name[:n]] = rest + 1
					}
				}
			}
		}
	}
	for _, line := range strings.Split(read("data/places-world.tsv"), "\n") {
		if name, id, ok := strings.Cut(line, "\t"); ok {
			t.placesWorld[name] = id
		}
	}
	for _, line := range strings.Split(read("data/country-abbreviations.tsv"), "\n") {
		if name, id, ok := strings.Cut(line, "\t"); ok && name[0] != '#' {
			t.abbreviations[name] = id
		}
	}
	for w := range t.firstNames {
		t.given[w] = true
	}
	// Nordic names as English text spells them without æ, ø and å:
	// "Soren", "Bjorn", "Asbjorn", "Aase". Not a spelling that is a word
	// or a place of its own ("Bo" is no "Bø").
	var folded []string
	for w := range t.given {
		if f := nordicASCII(w); f != w && !t.stopDa[f] && !t.stopEn[f] && t.places[f] == "" {
			folded = append(folded, f)
		}
	}
	for _, f := range folded {
		t.given[f] = true
	}
	return t
})

// nordicASCII spells w's æ, ø and å as English text does: ae, o, aa.
func nordicASCII(w string) string {
	if !strings.ContainsAny(w, "æøå") {
		return w
	}
	return nordicLetters.Replace(w)
}

// nordicLetters spells æ, ø and å as English text does (nordicASCII).
var nordicLetters = strings.NewReplacer("æ", "ae", "ø", "o", "å", "aa")

func read(name string) string {
	b, err := data.ReadFile(name)
	if err != nil {
		panic("lexicon: embedded table missing: " + name) // a build error, never input-dependent
	}
	return string(b)
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(s, "\n") {
		if w != "" && w[0] != '#' {
			m[w] = true
		}
	}
	return m
}

// IsFirstName reports whether w (any case) is a known first name.
func IsFirstName(w string) bool {
	if isFirstName(w) {
		return true
	}
	// A double first name: "Anne-Sofie", "Jean-Pierre", "Karl-Heinz".
	a, b, ok := strings.Cut(w, "-")
	if ok {
		return len(a) > 1 && len(b) > 1 && isFirstName(a) && isFirstName(b)
	}
	return feminine(w)
}

// feminine reports a woman's form of a listed first name of five
// letters or more that ends in a consonant, made with "a" as Slavic and
// Romance languages make it: "Oleksandra" of "Oleksandr", "Stanislava",
// "Bogdana". (The name tagger's features keep to the lists as written.)
func feminine(w string) bool {
	base, ok := strings.CutSuffix(w, "a")
	if !ok {
		if base, ok = strings.CutSuffix(w, "A"); !ok {
			return false
		}
	}
	if utf8.RuneCountInString(base) < 5 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(base)
	return !strings.ContainsRune("aeiouyæøåAEIOUYÆØÅ", r) && isFirstName(base)
}

func isFirstName(w string) bool {
	var buf [32]byte
	t := load()
	if b, ok := lowerASCII(buf[:0], w); ok {
		return t.given[string(b)] // no copy for a look-up
	}
	l := strings.ToLower(w)
	if t.given[l] {
		return true
	}
	// A name the lists write without its accents: "Tomás" is "Tomas",
	// "José" "Jose". Æ, ø, å, ä, ö and ü are letters of their own in the
	// Nordic languages, German and Turkish ("Åse", "Branäs" is no Branas).
	if strings.ContainsAny(l, "äöü") {
		return false
	}
	f := accent.Strip(l)
	return f != l && t.given[f]
}

// lowerASCII appends w in lower case to dst when w is ASCII and fits
// dst's capacity: a capitalised word is looked up without allocating.
func lowerASCII(dst []byte, w string) ([]byte, bool) {
	if len(w) > cap(dst) {
		return dst, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// FirstNameGender returns 'f' or 'm' for a first name (any case) given
// to girls or boys only, and 0 for a name given to both or not known.
func FirstNameGender(w string) byte {
	t, w := load(), strings.ToLower(w)
	switch {
	case t.female[w]:
		return 'f'
	case t.unisex[w] || !t.firstNames[w] && !t.maleWorld[w]:
		return 0
	}
	return 'm'
}

// Place returns the id of the place named name (any case): the same id
// for every name of one place ("USA", "Amerika", "United States",
// "DPRK").
func Place(name string) (id string, ok bool) {
	low := strings.ToLower(name)
	places := load().places
	if id, ok = places[low]; ok {
		return id, ok
	}
	if id, ok = load().placesWorld[low]; ok {
		return id, ok
	}
	if id, ok = load().abbreviations[low]; ok || utf8.RuneCountInString(low) < 5 {
		return id, ok
	}
	// Danish towns are written with "å" and with the older "aa"
	// ("Aarhus", "Århus"); the gazetteer holds one. Short words are left
	// out: "Kaas" and "Aas" are surnames before they are "Kås" and "Ås".
	if strings.Contains(low, "aa") {
		if id, ok = places[strings.ReplaceAll(low, "aa", "å")]; ok {
			return id, ok
		}
	}
	if strings.Contains(low, "å") {
		id, ok = places[strings.ReplaceAll(low, "å", "aa")]
	}
	return id, ok
}

// IsStop reports whether w (any case) is a stop word in lang ("da" or
// "en"); any other lang checks both.
func IsStop(lang, w string) bool {
	var buf [32]byte
	if b, ok := lowerASCII(buf[:0], w); ok {
		return load().isStop(lang, string(b)) // the string stays on the stack
	}
	return load().isStop(lang, strings.ToLower(w))
}

// isStop is IsStop for w in lower case.
func (t *tables) isStop(lang, w string) bool {
	switch lang {
	case "da":
		return t.stopDa[w]
	case "en":
		return t.stopEn[w]
	}
	return t.stopDa[w] || t.stopEn[w]
}

// InCorpus reports whether w (any case) is a word that the annotated
// text in lang ("da" or "en") the name tagger learned from uses outside
// names.
func InCorpus(lang, w string) bool { return corpusWords()[lang][strings.ToLower(w)] }

// corpusWords holds the words of InCorpus, read on first use apart from
// the other tables: only a rare rule asks, and most texts never reach it.
var corpusWords = sync.OnceValue(func() map[string]map[string]bool {
	return map[string]map[string]bool{
		"da": set(read("data/corpus-words-da.txt")),
		"en": set(read("data/corpus-words-en.txt")),
	}
})

// IsPlaceStem reports whether stem (lower case) begins the name of a
// country or region that has at most extra more bytes ("kin" of "kina").
func IsPlaceStem(stem string, extra int) bool {
	n := load().stems[stem]
	return n > 0 && n-1 <= extra
}
