package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kilde/engine/lang"
	"kilde/engine/lexicon"
	"kilde/engine/segment"
)

// The words that tell what a name is are in the language packs
// (engine/lang/data/*/names.txt); the large lists (first names, places,
// stop words) are generated tables in package lexicon.

// nameIs reports whether w (lower case) tells of a name what kind k
// says, in either language's pack: a name keeps the words of its own
// language ("Council on Foreign Relations" in a Danish article).
func nameIs(w string, k lang.NameKind) bool { return lang.For("").IsName(w, k) }

// endsIn reports whether w (lower case) ends in an ending of kind k in
// either pack, with at least stem bytes before it.
func endsIn(w string, k lang.Ending, stem int) bool { return lang.For("").EndsIn(w, k, stem) }

// hasOrgEnding reports an institution's one-word name: "Nationalbanken",
// "Kunstmuseum".
func hasOrgEnding(w string) bool { return endsIn(w, lang.InstitutionEnd, 3) }

// orgCompound reports a Danish compound whose head is an organisation
// noun: "Medicinalkoncernen", "Teleselskabet", "Rederiet".
func orgCompound(w string) bool { return endsIn(w, lang.OrgNounEnd, 3) }

// orgNoun reports a common noun for an organisation, whole or as a
// compound's head: "the company", "selskabet", "medicinalkoncernen".
func orgNoun(w string) bool { return nameIs(w, lang.OrgNoun) || orgCompound(w) }

// orgHeadCompound reports a one-word name whose last part, of four
// letters or more after two or more, is an organisation's head:
// "Nordbank", "Wikimedia", "Roklub" (not "Thomas", whose "as" is the
// Danish legal form, nor "Mwamba": no compound ends in a legal form's
// letters).
func orgHeadCompound(w string) bool {
	for k := 2; k+4 <= len(w); k++ {
		if utf8.RuneStart(w[k]) && lexicon.IsOrgHead(w[k:]) && !companyForm(w[k:]) {
			return true
		}
	}
	return false
}

// bodyCompound reports a Danish compound with a body's head after three
// letters or more: "Erhvervsudvalg", "Ældrerådet", "Klagenævnet".
func bodyCompound(w string) bool { return compoundOf(w, bodyWord) }

// compoundOf reports a word of three letters or more and then a head
// that head accepts, as Danish writes a compound in one word.
func compoundOf(w string, head func(string) bool) bool {
	n := 0
	for k := range w {
		if n >= 3 && head(w[k:]) {
			return true
		}
		n++
	}
	return false
}

// isTitle reports a title or office, also as the head of a Danish
// compound: "cheføkonom", "koncerndirektør", "udviklingsminister".
func isTitle(w string) bool {
	return lexicon.IsTitle(w) || endsIn(w, lang.TitleEnd, 3)
}

// agentNoun reports a definite noun for a person by role: "sangeren",
// "direktøren", "journalisten".
func agentNoun(w string) bool { return endsIn(w, lang.AgentEnd, 0) }

// hasPlaceEnding reports country and region name endings: "Makedonien",
// "Californien", "Grønland".
func hasPlaceEnding(w string) bool {
	return utf8.RuneCountInString(w) >= 6 && endsIn(w, lang.PlaceNameEnd, 0)
}

// patronymic reports a surname formed from a father's name, as Nordic
// and English ones are: "Hansen", "Jensen", "Johnson", "Sigurðardóttir".
func patronymic(w string) bool { return endsWithStem(w, "sen", "son", "dóttir", "dottir") }

// endsWithStem reports whether w ends in one of ends after three letters
// or more.
func endsWithStem(w string, ends ...string) bool {
	for _, end := range ends {
		if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) > utf8.RuneCountInString(end)+2 {
			return true
		}
	}
	return false
}

// familyName reports a surname by its ending: a patronymic, or the
// endings of Slavic, Greek, Georgian and Armenian family names
// ("Kovalenko", "Nowakowska", "Petrović", "Papadopoulos").
func familyName(w string) bool {
	return patronymic(w) || endsWithStem(w, "enko", "chuk", "ovich", "evich", "ovna", "ova", "eva", "ski", "ska", "sky", "wicz", "ić", "opoulos", "shvili", "yan", "dze")
}

// eventNamed reports a mention whose last word ends an event's or an
// award's name: the word itself after other words ("Copenhagen
// Marathon") or a year, or the head of a one-word compound
// ("Nobelprisen").
func eventNamed(cd *cand) bool {
	n := len(cd.words)
	if stormNamed(cd) {
		return true
	}
	if n > 1 {
		// Two digits from a zero name a club's founding year ("Schalke
		// 04"), not an edition ("Gateway ’17").
		last := cd.words[n-1]
		if lexicon.IsFirstName(cd.words[0]) && !(endsIn(last, lang.EventEnd, 0) && !endsIn(last, lang.EventEnd, 1)) && !edition(last) {
			return false // "Torben Aagaard Sønderby": a surname that ends as "derby" does
		}
		return endsIn(last, lang.EventEnd, 0) || edition(last) && !foundingYear(last)
	}
	return endsIn(cd.words[0], lang.EventEnd, 3) || nameIs(cd.words[0], lang.Event)
}

// stormNamed reports a storm's name: "Storm Maren", "Hurricane Katrina";
// not a person whose first name is Storm ("Storm Johansen").
func stormNamed(cd *cand) bool {
	return len(cd.words) == 2 && nameIs(cd.words[0], lang.EventStart) && !familyName(cd.words[1])
}

// stormBefore reports a one-word mention right after a storm's noun
// outside the name, on the same line: "stormen Ingrid", "after storm
// Ingrid", "Orkanen Bess".
func (c *collector) stormBefore(cd *cand) bool {
	k := cd.tok.Start - 1
	return len(cd.words) == 1 && k >= 0 && c.isWord(k) && c.adjacent(k) && (c.smallWord(k) || c.d.Tokens[k].Is(segment.Initial)) && nameIs(c.low(k), lang.EventStart)
}

// edition reports a year after a name, which makes it an event's:
// "Roskilde Festival 2024", "Gateway ’17".
func edition(w string) bool {
	w = strings.TrimLeft(w, "'’")
	if len(w) != 2 && len(w) != 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return len(w) == 2 || w[:2] == "19" || w[:2] == "20"
}

// foundingYear reports two digits from a zero, which after a club's
// name are the year it was founded ("Schalke 04"): a count is never
// written so.
func foundingYear(w string) bool {
	return len(w) == 2 && w[0] == '0' && w[1] >= '0' && w[1] <= '9'
}

// regionPair reports a one-word mention of listed regions, islands or
// countries joined by hyphens ("lolland-falster").
func regionPair(cd *cand) bool {
	if len(cd.words) != 1 || strings.IndexByte(cd.words[0], '-') < 0 {
		return false
	}
	for _, part := range strings.Split(cd.words[0], "-") {
		id, ok := lexicon.Place(part)
		if !ok || !strings.HasPrefix(id, "S:") && !strings.HasPrefix(id, "T:") {
			return false
		}
	}
	return true
}

// isLetters reports a word of letters only, as a surname is.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// camelCase reports a brand's name written with a small first letter
// and a capital inside: "easyJet", "eBay", "iPhone"; letters only.
func camelCase(w string) bool {
	if len(w) < 4 {
		return false
	}
	first, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(first) {
		return false
	}
	upper := false
	for _, r := range w[n:] {
		if !unicode.IsLetter(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}
