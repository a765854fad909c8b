package entities

// aliasRules name how a form joined an entity named otherwise, in the
// order the grouper tries them (group.go).
var aliasRules = []string{
	"alias:surname",       // a person's last or middle name alone: "Holm" for Karen Holm
	"alias:first-name",    // a known first name alone, of the one person who has it: "Jason" for Jason Priestley
	"alias:place",         // another form of the same gazetteer place: "Kinas", "China"
	"alias:legal-form",    // the name without its legal form: "Acme" for "Acme A/S"
	"alias:extension",     // a longer or shorter name that starts the same: "Tidløs Hud Pleje" and "Tidløs"
	"alias:spacing",       // the same letters spaced otherwise: "Tidløs Hudpleje"
	"alias:variant",       // an inflection or misspelling: "Stadion Varer" for "Stadium Varer"
	"alias:acronym",       // the initials of a name in capitals: "EEA"
	"alias:clipped",       // a clipped first word: "the Fed" for "the Federal Reserve"
	"alias:head",          // the body word that ends the one such name: "the Commission" for "the European Commission"
	"alias:part",          // the last part of a hyphenated name: "Mærsk" for "A.P. Møller-Mærsk"
	"alias:party-letters", // a party's letters in parentheses after a politician's name: "(M)" for Moderaterne
}

// bodyRule marks a body's name that goes on with "for", "on" or "mod"
// ("Council for the Welfare of Immigrants", "Rådet for Socialt
// Udsatte"), holds a genitive ("Korean People's Army") or joins names
// with "&" ("Procter & Gamble"): one organisation, whatever the tagger
// scores its words as.
const bodyRule = "body"

// headRule marks an organisation named in full somewhere with a word
// that ends organisations' names ("Harvard University", "Næstved
// Handelsskole"), which the tagger took for one: the full name decides
// the kind of its shorter mentions ("at Harvard"), whose words alone
// read as a place's.
const headRule = "org-head"

// legalRule marks a name that ends in a legal form ("Boeing Co.",
// "Pandora A/S"), which the tagger took for a person, a place or a
// thing: a company's.
const legalRule = "company-form"

// nationalRule marks a name that opens with a nationality word ("Danske
// Regioner", "British Airways") or another adjective ("Magiske Panda"),
// which the tagger took for a person's: no person's name does.
const nationalRule = "national"

// whichRule marks a name English refers back to with "which", never a
// person's ("Zephyrine, which employs 21,000 people"), that the tagger
// read as a person's: it takes the best of the other kinds its
// mentions scored.
const whichRule = "which"

// whoRule marks a name English refers back to with "who" ("Hadewych
// Claessens, who has run the museum") that the tagger read as another
// kind: a person's.
const whoRule = "who"

// speakerRule marks a name right before or after a speech verb ("Jorun
// Aas told reporters", "said Tarvo Ilves") that the tagger read as a
// thing or a place no list holds: who speaks is a person (a name of
// several words) or an organisation (of one).
const speakerRule = "speaker"

// listedRule marks a listed organisation's name (lexicon.IsOrganisation:
// "Novo Nordisk", "Greenpeace") that the tagger read as another kind.
const listedRule = "listed-org"

// eventRule marks a name that ends as an event's, a contest's or an
// award's ("Copenhagen Marathon", "Nobelprisen") that the tagger read as
// a place, an organisation or a person: a thing.
const eventRule = "event"

// regionsRule marks listed regions joined by a hyphen ("Lolland-Falster",
// "Schleswig-Holstein") that the tagger read as another kind: one region.
const regionsRule = "region-pair"

// holderRule marks a name set off by a comma beside an office ("the
// union's president, Erin Ariss", "Ann Lee, leader of the party"), which
// the tagger took for an organisation's, a place's or a thing's: who
// holds an office is a person.
const holderRule = "office-holder"

// titledRule marks a name right after a title or a role ("Minister Ane
// Holm", "said judge Karen O'Connor"), which the tagger took for an
// organisation's, a place's or a thing's: a person.
const titledRule = "titled"

// agedRule marks a name given an age ("den 47-årige Žydrūnas
// Kavaliauskas", "the 47-year-old …", "Ann Lee, 47,"), which the tagger
// took for an organisation's, a place's or a thing's: only people are
// given ages so.
const agedRule = "aged"

// firstOnlyRule marks a name that is only a known first name ("Susannes
// tanker"), or a known first name and a surname ("The words came from
// Samira Haddad"), which the tagger took for a place no list holds, where
// nothing says something is in it: a person.
const firstOnlyRule = "first-name-only"

// doubleRule marks a given name and a double-barrelled surname ("Kwame
// Asante-Boateng"), which the tagger took for an organisation's
// hyphenated name, a place's or a thing's: a person.
const doubleRule = "double-surname"

// surnameRule marks a known first name and a surname of a family name's
// shape ("Einar Þór Gunnarsson", "Oleksandr Kovalenko", "Anna
// Nowakowska"), or a first name and one word no training text writes in
// small letters and no list holds ("Herdis Mølgaard"), which the tagger
// took for an organisation's, a place's or a thing's: a person.
const surnameRule = "surname-shape"

// employerRule marks a name after an office and a word that says where it
// is held ("an analyst at Morgan Stanley", "økonomidirektør i Royal
// Unibrew"), which the tagger took for a person's or a place no list
// holds: an organisation.
const employerRule = "office-at"

// fixtureRule marks a name beside a match's verb ("Dunmore travel to
// Ashby Town", "Brøndby slog Randers") in a text that gives a match's
// result, which the tagger took for a person's (with no known first
// name) or a place's other than a country's: a club or a team.
const fixtureRule = "fixture"

// placeNounRule marks a name after a noun for a place ("byen Olovo",
// "the town of Olovo"), or set off by commas after a place something is
// in ("near Frome, Somerset"), which the tagger took for another kind's:
// a place.
const placeNounRule = "place-noun"

// placeListRule marks a name the tagger did not read as one, next in a
// list after a place it did ("flights from Aberdeen, Inverness and
// Sumburgh"): a place.
const placeListRule = "place-list"

// compassRule marks a name of two words for parts of a land ("North
// West", "Syd Vest"): a region, whatever the tagger read.
const compassRule = "compass"

// placeEndRule marks a name that ends in a word for a street, a park or
// a water ("Queen's Park", "Baker Street", "Holms Bro"), or opens with
// one for a lake, a mountain or a square ("Lake Tahoe", "Place
// Pigalle"), and is not a
// first name and a surname ("Tom Bridge"), which the tagger took for a person's or an
// organisation's: a place.
const placeEndRule = "place-end"

// placeListedRule marks a listed place's name of several words that the
// tagger read as a person's, from a first name that opens it ("Ben
// Nevis", "San José"): a place.
const placeListedRule = "place-listed"

// basedRule marks a listed place that opens a compound with "based" or
// the like ("Chicago-based", "Aarhus-baserede"), inside one token, which
// no tagger reads: a place, as the gazetteer says.
const basedRule = "based-place"

// countryRule marks a listed country that the tagger scored as an
// organisation, as it often acts as one ("North Korea fired shells",
// "Danmark stemte nej"): a country is a place.
const countryRule = "country"

// countryBodyRule marks a name of common nouns, or a body's words, and
// then a listed country ("Water UK", "Finans Danmark", "Research Council
// Norway"), which the tagger took for a person's or a place's: an
// organisation named for the country it serves. A word for a part of a
// place ("Northern Ireland") makes a place.
const countryBodyRule = "country-body"

// cueRule marks a name beside a lower-case noun for an organisation
// ("the newspaper Velora", "avisen Velora", "Kyodo news agency") that
// the tagger took for a place, a thing or no name.
const cueRule = "org-noun"

// ownsRule marks a name in the genitive before what only an
// organisation has ("Norvax's chief executive", "Vexoras aktie"), or
// before a person of its own ("Venstres Jakob Ellemann"), which the
// tagger took for a person, a place, a thing or no name.
const ownsRule = "org-owns"

// referRule marks the one name of a sentence (no listed place) that the
// next sentence calls the company ("Novo Nordisk solgte for 31 mia. kr.
// Selskabet har …", "Zephyr cut jobs. The company said …"), which the
// tagger took for a person, a place, a thing or no name.
const referRule = "org-referred"

// partyRule marks a political party's name (the language packs'
// parties.txt) that the tagger took for a person, a place or a thing,
// or for no name: "Venstre", "Enhedslisten", "Labour".
const partyRule = "party"

// locatedRule marks a listed town or region that the tagger scored as an
// organisation where the text says something is in it ("Politiet i
// Aarhus", "police in Manchester"): a place, as the result format has
// it. A club named after its town keeps its kind where no mention says
// "in" ("Brøndby vandt 2-0"). It also marks a name the tagger scored as
// a person's, with no first name, that something is in ("fabrikken i
// Lem"): no one is in a person.
const locatedRule = "place-in"

// addresseeRule marks a name that a speaker's words were said to ("told
// Bloomberg", "siger hun til Politiken"), which the tagger took for a
// place or a thing: who is spoken to is a person or an organisation.
const addresseeRule = "addressee"

// unseenRule marks a capitalised word the tagger's training text never
// spells outside names, kept as a name though the tagger scored it as
// none: it opens two sentences (see grouper.unknownWord).
const unseenRule = "unseen-word"

// CompanyRule marks an entity that a quote's "the company said" or
// "skriver selskabet" made an organisation, where the tagger took the
// name for a place or a thing (engine/speakers.go decides it).
const CompanyRule = "company-role"

// PronounRule marks an entity that a quote's "he" or "she" referred to,
// where the tagger took the name, a first name and a surname, for an
// organisation's (engine/speakers.go decides it): a person.
const PronounRule = "pronoun-person"

// RuleNames lists every rule an entity's chain can name: "model" (the
// name tagger gives every entity its span and kind), "body", then the
// rules that keep or retype a name the tagger left out, then the alias
// rules.
func RuleNames() []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range classes {
		if !seen[c.rule] {
			seen[c.rule] = true
			out = append(out, c.rule)
		}
	}
	out = append(out, bodyRule, headRule, legalRule, nationalRule, whichRule, whoRule, speakerRule, listedRule, eventRule, regionsRule, holderRule, titledRule, agedRule, firstOnlyRule, doubleRule, surnameRule, employerRule, fixtureRule, placeNounRule, placeListRule, compassRule, placeEndRule, placeListedRule, basedRule, countryRule, countryBodyRule, cueRule, ownsRule, referRule, partyRule, locatedRule, addresseeRule, unseenRule, CompanyRule, PronounRule)
	return append(out, aliasRules...)
}
