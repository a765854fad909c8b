package lexicon

import "strings"

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
type Marks uint8

const (
	FirstName Marks = 1 << iota
	City            // a city or town
	Country         // a country or territory
	Region          // a region, state or other subdivision
	Title
	OrgHead
	Stop
)

// Lookup gives the marks of lower, a word or words in lower case
// separated by single spaces, with stop words of lang ("da" or "en";
// another lang checks both). It takes bytes so that a caller can look up
// a word it lower-cased into its own buffer without allocating.
func Lookup(lang string, lower []byte) Marks {
	t := load()
	var m Marks
	if t.firstNames[string(lower)] {
		m |= FirstName
	}
	if id, ok := t.places[string(lower)]; ok {
		switch {
		case strings.HasPrefix(id, "T:"):
			m |= Country
		case strings.HasPrefix(id, "S:"):
			m |= Region
		default:
			m |= City
		}
	}
	if titles[string(lower)] {
		m |= Title
	}
	if orgHeads[string(lower)] {
		m |= OrgHead
	}
	if s, ok := t.stop[lang]; ok && s[string(lower)] || !ok && (t.stop["da"][string(lower)] || t.stop["en"][string(lower)]) {
		m |= Stop
	}
	return m
}
