// Package lang holds the language packs: for Danish and English, the
// speech verbs and cue phrases that attribute a quote, the pronouns that
// can stand for a speaker, the role nouns and titles a speaker is named
// by, the nouns and titles that tell a person's gender, the quotation
// marks, and the words of figures (scales, currencies,
// number words, qualifiers). The lists are data files in data/<code>/,
// each opening with its source; they are read once, on first use, into
// read-only tables.
package lang

import (
	"embed"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data
var data embed.FS

// Gender of a pronoun or a person: 'm', 'f', 'n' (things and
// organisations) or 0 when any.
type Gender byte

// Pronoun is what a personal pronoun can refer to.
type Pronoun struct {
	Person uint8 // 1, 2 or 3
	Gender Gender
	Plural bool
}

// RoleKind tells roles people hold from nouns for organisations.
type RoleKind byte

const (
	PersonRole RoleKind = iota + 1 // "direktøren", "the spokesman"
	OrgRole                        // "ministeriet", "the company"
)

// Role is a role noun's key (its first form in the pack) and kind. Any
// marks a noun any organisation can go by ("the company", "selskabet"),
// not only one whose name holds it ("ministeriet").
type Role struct {
	Key  string
	Kind RoleKind
	Any  bool
}

// CueKind tells what a cue phrase does.
type CueKind byte

const (
	Source  CueKind = iota + 1 // the speaker follows: "ifølge X", "according to X"
	Verb                       // acts as a speech verb: "issued a statement"
	Aside                      // after a verb, never the speaker: "i en pressemeddelelse"
	Passive                    // before a speech verb, makes it passive: "was told", "blev spurgt"
	Belief                     // a verb of opinion: only before a quote in its sentence, "X mener, at »…«"
	Idiom                      // a speech verb's word with the word after it, saying no speech: "svarer til", "answers to"
)

// WordKind flags what a function word can do (words.txt); a word can
// have several.
type WordKind uint32

const (
	Preposition  WordKind = 1 << iota // "fra", "of": governs a name, ends a speaker's
	Article                           // "den", "the": between a preposition and its name
	Clause                            // "der", "who", "og": begins a clause after a name
	Employer                          // "fra", "for": joins a person to where they work
	Copula                            // "er", "is": links a name to its role
	Complement                        // "for", "of" after a role: its complement, not its holder
	Conjunction                       // "og", "and": joins a second verb to the subject
	Lead                              // "det", "that": opens a sentence that points back at a quote
	Subordinator                      // "om", "whether": opens a clause fronted before the verb
	Self                              // "jeg", "os", "our": the first person, in any case
	Agent                             // "af", "by": names the doer after a passive verb
	Naming                            // "kalder", "called": quotes only with its object before the quote
	Reflexive                         // "sig", "itself": the object of a verb that names its own subject
	Addressee                         // "told", "til" after a speech verb: who the words were said to follows
	Locative                          // "i", "in": a listed place after it is where something is
	Seat                              // "hos", "at": after an office, where it is held ("analytiker hos Sydbank")
	Intensifier                       // "selv", "herself": after a subject, stresses it ("Lee herself told")
	What                              // "hvad", "what": before a subject and a naming verb, the quotation after is the subject's
	Verdict                           // "vurdering", "verdict": after a name's genitive, what they said ("That was Lee's verdict")
	Adverb                            // "earlier", "tidligere": opens a sentence before a name, never the name's own
	Dweller                           // "farmer", "landmand": a person by where they live; "from" and a name after it give the place
	Civic                             // "mayor", "borgmester": an office held in a place; "of" and a name after it give the place
	Fixture                           // "beat", "slog": a match's verb; in a text with a match's result, the names beside it are sides
	You                               // "du", "your": the second person, in any case
	Kin                               // "nabo", "colleague": who a person is to another; a name in apposition after it is a person's
	Byname                            // "kaldenavnet", "nicknamed": a name in quotation marks after it is a name given, not speech
)

// NameKind flags what a word tells of a capitalised name (names.txt);
// a word can have several.
type NameKind uint32

const (
	PlaceEnd       NameKind = 1 << iota // "sea", "fjorden": ends a place's name
	Body                                // "council", "rådet": a body, whose name goes on with "for"
	Genitive                            // "people", "children": held in a genitive inside a name
	LegalForm                           // "group", "a/s": the same organisation as the bare name
	OrgNoun                             // "the company", "selskabet" before a name
	Common                              // capitalised by some writers, no name
	NotName                             // acronyms, weekdays, months, currency codes
	Demonym                             // a nationality word
	Particle                            // "van", "de", "of": lower case inside a name ("Ludwig van Beethoven")
	OrgType                             // "newspaper", "agency": after a name, the kind of organisation it is ("Kyodo news agency")
	OrgOwned                            // "shares", "aktie": after a name's genitive, what only an organisation has
	PlaceStart                          // "lake", "place": opens a place's name ("Lake Tahoe", "Place Pigalle")
	PlaceNoun                           // "byen", "town": before a name (after "of" in English), a place ("byen Olovo", "the town of Olovo")
	BasedIn                             // "based", "baserede": after a place and a hyphen, before an organisation's name ("Paris-based Marée Haute")
	PlacePart                           // "northern", "nord": before a place's name, names a part of it ("Northern Ireland", "Nord Norge")
	ClubForm                            // "fc", "hc": opens or ends a sports club's name, the same club as the bare name ("FC Midtjylland" is "Midtjylland")
	EventStart                          // "storm", "hurricane": opens the name of a storm ("Storm Maren"), a thing whatever its second word
	PostNominal                         // "KC", "MP", "OBE": letters after a person's name, no part of it
	BornIn                              // "born", "fødte": after a place's name and a hyphen, says where someone was born
	FamilyPrefix                        // "Ní", "Ó": a capitalised word that opens an Irish family name ("Fionnuala Ní Bhriain")
	ClubEnd                             // "rovers": ends a sports club's name, which the bare name is not ("Medway Rovers")
	Compass                             // "north", "vest": a point of the compass; two make a region's name ("the North West")
	HyphenParticle                      // "al", "el": joined by a hyphen to a capitalised name word, a name word ("Omar al-Bashir")
	Endowment                           // "fond", "foundation": ends a body named after its founders ("Aage og Thyra Brinchs Fond")
	Event                               // "em", "vm": a word that alone names a contest ("EM i håndbold")
)

// Ending names a list of word endings in names.txt: a word that ends in
// one is of the kind the list says, also as the head of a compound.
type Ending uint8

const (
	DemonymEnd     Ending = iota // "-esisk", "-ian": a nationality word from a place's stem
	InstitutionEnd               // "ministeriet", "museum": ends an institution's one-word name
	OrgNounEnd                   // "koncernen": a compound noun for an organisation ("Medicinalkoncernen")
	TitleEnd                     // "direktør": ends a compound title ("koncerndirektør")
	AgentEnd                     // "eren", "isten": ends a definite noun for a person by role
	PlaceNameEnd                 // "ien", "land": ends a country's or region's name
	CommonEnd                    // "ligt", "ly": ends adjectives and adverbs, not names
	OrgOwnedEnd                  // "direktør", "analytiker": after a genitive, an office only an organisation has, also as a compound's head
	EventEnd                     // "marathon", "prisen": ends the name of an event or an award, also as a compound's head ("Nobelprisen")
	nEndings
)

var endingNames = [nEndings]string{"demonym-end", "institution-end", "org-noun-end", "title-end", "agent-end", "place-name-end", "common-end", "org-owned-end", "event-end"}

// Pack is one language's tables. Its methods take lower-case words.
type Pack struct {
	Code    string
	verbs   map[string]bool
	phrases map[CueKind][][]string
	// byFirst indexes the phrases of each kind by their first word.
	byFirst  map[CueKind]map[string][][]string
	pronouns map[string]Pronoun
	// possessives are the possessive pronouns ("hans", "her"): whose a
	// noun after them is.
	possessives map[string]Pronoun
	// objects are the object forms ("ham", "her"): who follows
	// "ifølge", "according to".
	objects  map[string]Pronoun
	gendered map[string]Gender
	roles    map[string]Role
	// compound: whether a word ending in a role holds it ("bankdirektør").
	compound bool
	// VerbSecond: whether the subject follows the verb after a fronted
	// word ("Derfor siger han, at …"), as in Danish; in English a pronoun
	// after "said" begins the reported clause ("said it was …").
	VerbSecond bool
	closers    map[rune]rune
	marks      map[rune]bool
	dashes     string
	// furniture: cues of site furniture, and those that make a line
	// furniture when they are all of it.
	furniture    []string
	strong       map[string]bool
	words        map[string]WordKind // function words by kind (words.txt)
	names        map[string]NameKind // name words by kind (names.txt)
	parties      map[string]bool     // political parties' names, lower case (parties.txt)
	partyLetters map[string][]string // a party's letters ("S", "SF") to its names (parties.txt)
	months       map[string]int      // month names and abbreviations (calendar.txt)
	weekdays     map[string]bool     // weekday names (calendar.txt)
	ends         [nEndings][]string  // word endings by kind (names.txt)
	num          numbers             // the words of figures (numbers.txt)
}

// For returns the pack for code ("da" or "en"); any other code, such as
// "und" for a text too short to tell, gives both languages' entries in
// one pack.
func For(code string) *Pack {
	switch code {
	case "da":
		return packs().da
	case "en":
		return packs().en
	}
	return packs().both
}

var packs = sync.OnceValue(func() struct{ da, en, both *Pack } {
	da, en := load("da"), load("en")
	return struct{ da, en, both *Pack }{da, en, union(da, en)}
})

// union is a pack with the entries of a and b; where both have an entry
// for a word, a's stands. b's pronouns that are words of a ("i", the
// Danish "in") are left out.
func union(a, b *Pack) *Pack {
	u := &Pack{Code: "", verbs: map[string]bool{}, phrases: map[CueKind][][]string{}, byFirst: map[CueKind]map[string][][]string{},
		pronouns: map[string]Pronoun{}, possessives: map[string]Pronoun{}, objects: map[string]Pronoun{}, gendered: map[string]Gender{}, roles: map[string]Role{}, closers: map[rune]rune{}, marks: map[rune]bool{},
		strong: map[string]bool{}, words: map[string]WordKind{}, names: map[string]NameKind{}, parties: map[string]bool{}, partyLetters: map[string][]string{}, months: map[string]int{}, weekdays: map[string]bool{}, compound: a.compound || b.compound, VerbSecond: a.VerbSecond, dashes: a.dashes + " " + b.dashes}
	for _, p := range []*Pack{b, a} {
		for w := range p.verbs {
			u.verbs[w] = true
		}
		maps.Copy(u.gendered, p.gendered)
		maps.Copy(u.possessives, p.possessives)
		maps.Copy(u.objects, p.objects)
		maps.Copy(u.weekdays, p.weekdays)
		for k, phs := range p.phrases {
			for _, ws := range phs {
				u.phrases[k] = append(u.phrases[k], ws)
				if u.byFirst[k] == nil {
					u.byFirst[k] = map[string][][]string{}
				}
				u.byFirst[k][ws[0]] = append(u.byFirst[k][ws[0]], ws)
			}
		}
		for w, x := range p.pronouns {
			u.pronouns[w] = x
		}
		for w, r := range p.roles {
			u.roles[w] = r
		}
		for o, c := range p.closers {
			u.closers[o] = c
		}
		for r := range p.marks {
			u.marks[r] = true
		}
		u.furniture = append(u.furniture, p.furniture...)
		for c := range p.strong {
			u.strong[c] = true
		}
		for w, k := range p.words {
			u.words[w] |= k
		}
		for w, k := range p.names {
			u.names[w] |= k
		}
		for n := range p.parties {
			u.parties[n] = true
		}
		for x, names := range p.partyLetters {
			u.partyLetters[x] = append(u.partyLetters[x], names...)
		}
		for k := range u.ends {
			u.ends[k] = append(u.ends[k], p.ends[k]...)
		}
		maps.Copy(u.months, p.months)
	}
	delete(u.pronouns, "i")
	u.num = unionNumbers(a.num, b.num)
	return u
}

// Furniture returns the cues of site furniture, found inside a line.
func (p *Pack) Furniture() []string { return p.furniture }

// IsStrongFurniture reports a cue that is furniture when it is a whole line.
func (p *Pack) IsStrongFurniture(line string) bool { return p.strong[line] }

// IsSpeechVerb reports whether w is a speech verb.
func (p *Pack) IsSpeechVerb(w string) bool { return p.verbs[w] }

// Phrases returns the cue phrases of kind k, each as its words.
func (p *Pack) Phrases(k CueKind) [][]string { return p.phrases[k] }

// PhrasesFrom returns the cue phrases of kind k that begin with word w.
func (p *Pack) PhrasesFrom(k CueKind, w string) [][]string { return p.byFirst[k][w] }

// Pronoun returns what pronoun w can stand for.
func (p *Pack) Pronoun(w string) (Pronoun, bool) {
	x, ok := p.pronouns[w]
	return x, ok
}

// Object returns the person an object pronoun w (lower case) stands
// for: "ifølge hende", "according to him".
func (p *Pack) Object(w string) (Pronoun, bool) {
	x, ok := p.objects[w]
	return x, ok
}

// Possessive returns whose a noun after possessive w (lower case) is:
// "hendes" a woman's, "their" a group's.
func (p *Pack) Possessive(w string) (Pronoun, bool) {
	x, ok := p.possessives[w]
	return x, ok
}

// GenderOf returns the gender that word w (lower case), a noun or a
// title before a name, tells of the person named: "datter", "Mrs"; 0
// for none.
func (p *Pack) GenderOf(w string) Gender { return p.gendered[w] }

// Role returns the role that word w names: the word itself in the pack
// or, in a language that writes compounds as one word, the longest role
// the word ends in.
func (p *Pack) Role(w string) (Role, bool) {
	if r, ok := p.roles[w]; ok {
		return r, true
	}
	if k := strings.LastIndexByte(w, '-'); k > 0 && len(w)-k > 4 {
		// "s-ordføreren", "sf-formand", "eu-kommissær": a party's or
		// body's letters before the role.
		if r, ok := p.roles[w[k+1:]]; ok {
			return r, true
		}
	}
	if !p.compound {
		return Role{}, false
	}
	n := 0
	for i := range w {
		// "bank" + "direktør": the first part is at least 3 letters, the role at least 4 bytes.
		if n >= 3 && len(w)-i >= 4 {
			if r, ok := p.roles[w[i:]]; ok {
				return r, true
			}
		}
		n++
	}
	return Role{}, false
}

// Closer returns the mark that closes a quotation opened by r, and
// whether r is a quotation mark in this language at all.
func (p *Pack) Closer(r rune) (rune, bool) {
	c, ok := p.closers[r]
	return c, ok
}

// IsPassive reports whether w, before a speech verb, makes it say what
// someone was told rather than who spoke ("was", "been", "blev").
func (p *Pack) IsPassive(w string) bool {
	_, ok := p.byFirst[Passive][w]
	return ok
}

// Is reports whether the function word w (lower case) is of kind k.
func (p *Pack) Is(w string, k WordKind) bool { return p.words[w]&k != 0 }

// IsName reports whether w (lower case) tells of a name what kind k says.
func (p *Pack) IsName(w string, k NameKind) bool { return p.names[w]&k != 0 }

// Names returns the words of kind k, sorted: for the short lists a rule
// tries one by one (the club forms).
func (p *Pack) Names(k NameKind) []string {
	var ws []string
	for w, kind := range p.names {
		if kind&k != 0 {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return ws
}

// Month returns the number (1-12) of the month named w (lower case), or
// 0.
func (p *Pack) Month(w string) int { return p.months[w] }

// IsWeekday reports whether w (lower case) names a day of the week.
func (p *Pack) IsWeekday(w string) bool { return p.weekdays[w] }

// MonthNames returns every form of a month name in the pack.
func (p *Pack) MonthNames() []string {
	out := make([]string, 0, len(p.months))
	for w := range p.months {
		out = append(out, w)
	}
	return out
}

// IsParty reports whether name (lower case, words separated by single
// spaces) names a political party.
func (p *Pack) IsParty(name string) bool { return p.parties[name] }

// PartyOf returns the names (lower case) of the party whose letters a
// politician's name is followed by in parentheses ("S", "SF").
func (p *Pack) PartyOf(letters string) []string { return p.partyLetters[letters] }

// Endings returns the word endings of kind k.
func (p *Pack) Endings(k Ending) []string { return p.ends[k] }

// EndsIn reports whether w (lower case) ends in an ending of kind k with
// at least stem bytes before it ("nationalbanken": "national" + "banken").
func (p *Pack) EndsIn(w string, k Ending, stem int) bool {
	for _, e := range p.ends[k] {
		if len(w)-len(e) >= stem && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// IsMark reports whether r opens or closes quotations in this language.
func (p *Pack) IsMark(r rune) bool { return p.marks[r] }

// IsDash reports whether s is a dash that opens a quote paragraph.
func (p *Pack) IsDash(s string) bool {
	return s != "" && p.dashes != "" && strings.Contains(" "+p.dashes+" ", " "+s+" ")
}

func load(code string) *Pack {
	p := &Pack{Code: code, verbs: map[string]bool{}, phrases: map[CueKind][][]string{}, byFirst: map[CueKind]map[string][][]string{},
		pronouns: map[string]Pronoun{}, possessives: map[string]Pronoun{}, objects: map[string]Pronoun{}, gendered: map[string]Gender{}, roles: map[string]Role{}, closers: map[rune]rune{}, marks: map[rune]bool{},
		strong: map[string]bool{}, words: map[string]WordKind{}, names: map[string]NameKind{}, parties: map[string]bool{}, partyLetters: map[string][]string{}, months: map[string]int{}, weekdays: map[string]bool{}, compound: code == "da", VerbSecond: code == "da"}
	wordKinds := map[string]WordKind{"preposition": Preposition, "article": Article, "clause": Clause, "employer": Employer,
		"copula": Copula, "complement": Complement, "conjunction": Conjunction, "lead": Lead, "subordinator": Subordinator, "self": Self, "agent": Agent,
		"naming": Naming, "reflexive": Reflexive, "addressee": Addressee, "locative": Locative, "seat": Seat, "intensifier": Intensifier, "what": What, "verdict": Verdict, "adverb": Adverb, "dweller": Dweller, "civic": Civic, "fixture": Fixture, "you": You, "kin": Kin, "byname": Byname}
	nameKinds := map[string]NameKind{"place-end": PlaceEnd, "body": Body, "genitive": Genitive, "legal-form": LegalForm,
		"org-noun": OrgNoun, "common": Common, "not-name": NotName, "demonym": Demonym, "particle": Particle, "org-type": OrgType, "org-owned": OrgOwned,
		"place-start": PlaceStart, "place-noun": PlaceNoun, "based-in": BasedIn, "place-part": PlacePart, "club-form": ClubForm, "event-start": EventStart, "post-nominal": PostNominal, "born-in": BornIn, "family-prefix": FamilyPrefix, "club-end": ClubEnd, "compass": Compass, "hyphen-particle": HyphenParticle, "endowment": Endowment, "event": Event}
	ends := readKinds(code, "names.txt", nameKinds, p.names, endingNames[:])
	for _, l := range lines(code, "parties.txt") {
		name, letters, _ := strings.Cut(l, "\t")
		p.parties[name] = true
		for _, x := range strings.Fields(letters) {
			p.partyLetters[x] = append(p.partyLetters[x], name)
		}
	}
	for k, name := range endingNames {
		p.ends[k] = ends[name]
	}
	for _, l := range lines(code, "calendar.txt") {
		f := strings.Split(l, "\t")
		m, ok := 0, false
		switch {
		case f[0] == "month" && len(f) == 3:
			m, _ = strconv.Atoi(f[1])
			ok = m >= 1 && m <= 12
		case f[0] == "weekday" && len(f) == 2:
			ok = true
		}
		if !ok {
			panic("lang: want month<TAB>1-12<TAB>forms or weekday<TAB>forms in " + code + "/calendar.txt: " + l)
		}
		for _, w := range strings.Fields(f[len(f)-1]) {
			p.names[w] |= NotName // a month or a day is no name
			if m > 0 {
				p.months[w] = m
			} else {
				p.weekdays[w] = true
			}
		}
	}
	readKinds(code, "words.txt", wordKinds, p.words, nil)
	p.num = readNumbers(code)
	for _, l := range lines(code, "furniture.txt") {
		cue, kind, _ := strings.Cut(l, "\t")
		if kind != "line" {
			p.furniture = append(p.furniture, cue)
		}
		if kind == "strong" || kind == "line" {
			p.strong[cue] = true
		}
	}
	for _, l := range lines(code, "verbs.txt") {
		for _, w := range strings.Fields(l) {
			p.verbs[w] = true
		}
	}
	kinds := map[string]CueKind{"source": Source, "verb": Verb, "aside": Aside, "passive": Passive, "belief": Belief, "idiom": Idiom}
	for _, l := range lines(code, "cues.txt") {
		k, phrase, _ := strings.Cut(l, "\t")
		kind, ok := kinds[k]
		if !ok {
			panic("lang: unknown cue kind " + k + " in " + code + "/cues.txt")
		}
		ws := strings.Fields(phrase)
		p.phrases[kind] = append(p.phrases[kind], ws)
		if p.byFirst[kind] == nil {
			p.byFirst[kind] = map[string][][]string{}
		}
		p.byFirst[kind][ws[0]] = append(p.byFirst[kind][ws[0]], ws)
	}
	for _, l := range lines(code, "pronouns.txt") {
		f := strings.Split(l, "\t")
		if len(f) != 4 && !(len(f) == 5 && (f[4] == "poss" || f[4] == "obj")) {
			panic("lang: a pronoun line needs four tab-separated fields, and \"poss\" or \"obj\" as a fifth for a possessive or an object form, in " + code + "/pronouns.txt: " + l)
		}
		x := Pronoun{Person: f[1][0] - '0', Plural: f[3] == "pl"}
		if f[2] != "-" {
			x.Gender = Gender(f[2][0])
		}
		if len(f) == 5 && f[4] == "obj" {
			p.objects[f[0]] = x
			continue
		}
		if len(f) == 5 {
			p.possessives[f[0]] = x
			continue
		}
		p.pronouns[f[0]] = x
	}
	for _, l := range lines(code, "gendered.txt") {
		g, forms, _ := strings.Cut(l, "\t")
		if g != "m" && g != "f" {
			panic("lang: want m or f, a tab and forms in " + code + "/gendered.txt: " + l)
		}
		for _, w := range strings.Fields(forms) {
			p.gendered[w] = Gender(g[0])
		}
	}
	for _, l := range lines(code, "roles.txt") {
		k, forms, _ := strings.Cut(l, "\t")
		kind := PersonRole
		if k == "org" || k == "org-any" {
			kind = OrgRole
		}
		fs := strings.Fields(forms)
		for _, f := range fs {
			p.roles[f] = Role{Key: fs[0], Kind: kind, Any: k == "org-any"}
		}
	}
	for _, l := range lines(code, "marks.txt") {
		f := strings.Fields(l)
		if f[0] == "dash" {
			p.dashes = strings.Join(f[1:], " ")
			continue
		}
		o, _ := utf8.DecodeRuneInString(f[0])
		c, _ := utf8.DecodeRuneInString(f[1])
		if _, dup := p.closers[o]; !dup {
			p.closers[o] = c
		}
		p.marks[o], p.marks[c] = true, true
	}
	return p
}

// readKinds reads a file of "kind<TAB>words" lines into into, each word
// flagged with its kinds; the words of the kinds listed in lists, which
// are no flags, are returned by kind in file order.
func readKinds[K WordKind | NameKind](code, file string, kinds map[string]K, into map[string]K, lists []string) map[string][]string {
	rest := map[string][]string{}
	for _, l := range lines(code, file) {
		k, ws, _ := strings.Cut(l, "\t")
		if slices.Contains(lists, k) {
			rest[k] = append(rest[k], strings.Fields(ws)...)
			continue
		}
		kind, ok := kinds[k]
		if !ok {
			panic("lang: unknown kind " + k + " in " + code + "/" + file)
		}
		for _, w := range strings.Fields(ws) {
			into[w] |= kind
		}
	}
	return rest
}

// lines returns the lines of a pack file that are not blank or comments.
func lines(code, name string) []string {
	b, err := data.ReadFile("data/" + code + "/" + name)
	if err != nil {
		panic("lang: embedded table missing: " + code + "/" + name) // a build error, never input-dependent
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimRight(l, " \r"); l != "" && l[0] != '#' {
			out = append(out, l)
		}
	}
	return out
}
