package lexicon

import (
	"strings"
	"sync"
)

// Small hand-kept word lists written for kilde, shared by the rules and
// the name tagger. Keys are lower case.

// titles are job titles and honorifics: before or beside a name they mark
// a person, and on their own (in capitals or not) they are not entities.
var titles = fields(`direktør administrerende adm. formand bestyrelsesformand næstformand præsident
	vicepræsident minister statsminister udenrigsminister finansminister borgmester rådmand
	ordfører chef chefredaktør redaktør stifter medstifter grundlægger partner
	professor lektor forsker læge dr. dr fru hr. hr frk. frøken træner lærling dagplejemor
	ceo cfo cto coo cmo vp president vice chairman chairwoman chair founder cofounder co-founder
	director manager minister secretary senator governor mayor spokesman spokeswoman spokesperson
	analyst economist professor chief head editor mr. mr mrs. mrs ms. ms sir lord lady king queen
	prince princess dronning konge prins prinsesse pave pope general kaptajn captain
	kronprins kronprinsesse kong hertug hertuginde greve grevinde baron baronesse kardinal ærkebiskop
	sen sen. rep rep. gov gov. lt lt. col col. sgt sgt. rev rev. atty atty. supt supt. rabbi imam
	rektor dekan biskop præst pastor sergent betjent politiinspektør advokat dommer judge
	executive chancellor commissioner officer correspondent reporter treasurer president-elect`)

// orgHeads end organisation names ("Danske Bank", "Aarhus Universitet");
// legal forms among them do not change which organisation is meant
// ("Alibaba Group" = "Alibaba").
var orgHeads = fields(`group gruppen koncernen inc inc. corp corp. corporation company co co. ltd ltd. llc plc
	a/s aps as i/s amba holding holdings international bank banken fond fonden foundation
	institute institut instituttet university universitet universitetet college school skole
	museum kunstmuseum partiet party parti union forening foreningen forbund forbundet
	journal times post news avis tidende posten radio tv airlines airways motors technologies
	systems software labs laboratories partners capital ventures investments media records
	ministeriet ministry department agency styrelsen council rådet kommune kommunen region
	regionen hospital hospitalet klinik klub club fc team teatret theatre theater`)

// IsTitle reports whether w (lower case) is a job title or honorific.
func IsTitle(w string) bool { return titles[w] }

// IsOrgHead reports whether w (lower case) ends organisation names.
func IsOrgHead(w string) bool { return orgHeads[w] }

func fields(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

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
	for w := range titles {
		m[w] |= Title
	}
	for w := range orgHeads {
		m[w] |= OrgHead
	}
	for w := range t.stop["da"] {
		m[w] |= stopDa
	}
	for w := range t.stop["en"] {
		m[w] |= stopEn
	}
	return m
})
