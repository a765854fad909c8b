package entities

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kilde/engine/lang"
	"kilde/engine/lexicon"
	"kilde/engine/segment"
)

// classify gives every candidate its grouping key, its gazetteer place
// and the kind the name tagger scores highest for its words.
func (c *collector) classify() {
	keys := map[string]bool{}
	surnames := map[string]bool{} // the last words of names that open with a first name
	for i := range c.cands {
		w := c.cands[i].words
		keys[c.key(w)] = true
		if len(w) > 1 && lexicon.IsFirstName(w[0]) {
			surnames[w[len(w)-1]] = true
		}
	}
	for n := range c.cands {
		cd := &c.cands[n]
		c.stripGenitive(cd, keys, surnames)
		cd.key = c.key(cd.words)
		if id, ok := placeOf(cd.words); ok {
			cd.place = id
		}
		cd.orgCue = c.orgCue(cd)
		if n > 0 && c.partyInBrackets(&c.cands[n-1], cd) {
			cd.orgCue |= cueKind
		}
		cd.addressed = c.addressed(cd)
		i := cd.tok.Start - 1
		cd.in = c.smallWord(i) && c.pack.Is(c.low(i), lang.Locative) && c.afterGenitive(cd) != cd.tok.End+1 && !c.genitiveOf(cd)
		// The next items of a list after "in" are where too: "i
		// Vollsmose, Dalum og Bolbro", "the towns of Faenza, Lugo and
		// Cesena" (placed, below).
		listed := n > 0 && c.nextInList(&c.cands[n-1], cd)
		cd.in = cd.in || listed && c.cands[n-1].in
		cd.located = cd.place != "" && cd.in
		cd.holder = c.officeHolder(cd)
		cd.employer = c.officeAt(cd)
		cd.sourced = cd.tok.End-cd.tok.Start == 1 && c.d.Tokens[cd.tok.Start].Is(segment.AllCaps) && c.sourceBefore(cd.tok.Start)
		cd.placed = c.placeNounBefore(cd.tok.Start) || c.placeNounAfter(cd.tok.End) || cd.in && c.countryAfter(cd.tok.End) || n > 0 && c.regionAfter(&c.cands[n-1], cd) || c.dateline(cd.tok.Start) == cd.tok.End || listed && c.cands[n-1].placed
		cd.placeList = listed && (!cd.tagged || int(cd.decoded) == otherType+1 || c.thirdPlace(n, cd)) && !cd.placed && (c.taggedPlace(&c.cands[n-1]) || c.cands[n-1].placeList)
		cd.speaks = c.speaks(cd)
		cd.relative = c.relativeAfter(cd)
		cd.listed = c.listedOrg(cd)
		cd.fixture = c.fixture(cd)
		// The tagger's kind for these words: the group's pooled scores
		// decide the entity's in the end ("Holm" and "Karen Holm" agree).
		cd.class = modelClass(best(cd.scores))
		if n := len(cd.words); n > 1 && companyForm(cd.words[n-1]) {
			// "Calder Pharmaceuticals plc" groups as the company it is,
			// whatever the tagger read, so that "Calder" joins it.
			cd.class = modelClass(orgType)
		}
	}
}

// The tagger's indexes of people, organisations, places and other
// names (ner.Types).
const (
	perType   = 0
	orgType   = 1
	placeType = 2
	otherType = 3
)

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

// bestOther is the best class of s but not.
func bestOther(s [5]float32, not uint8) uint8 {
	s[not] = -math.MaxFloat32
	return best(s)
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

// countryBody reports a mention of two words or more whose last is a
// listed country's name and whose others are neither a first name, a
// place, a nationality nor a word for a part of a place or for a kind
// of place: "Water UK", "Finans Danmark", "Research Council Norway",
// "Siemens Danmark" (a company's branch in the country).
func (c *collector) countryBody(cd *cand) bool {
	n := len(cd.words)
	if n < 2 || n > 4 || cd.place != "" {
		return false
	}
	if id, ok := placeOf(cd.words[n-1:]); !ok || !strings.HasPrefix(id, "T:") {
		return false
	}
	for _, w := range cd.words[:n-1] { // lower case, as a mention's words are
		if nameIs(w, lang.PlacePart|lang.PlaceNoun|lang.PlaceStart) || lang.IsDemonym(w) ||
			lexicon.IsFirstName(w) || lexicon.IsStop(c.h.Lang, w) || isTitle(w) {
			return false
		}
		if _, place := placeOf([]string{w}); place {
			return false
		}
	}
	return true
}

var undot = strings.NewReplacer(".", "", " ", "")

// stripGenitive turns "Kinas", "Alibabas", "Jens Madsens" into the name
// itself when the text or the gazetteers know that name, or when a noun
// follows a person's name.
func (c *collector) stripGenitive(cd *cand, keys, surnames map[string]bool) {
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
	if !ok || utf8.RuneCountInString(base) < 2 || nameIs(last, lang.LegalForm) {
		return // not "A/S", a legal form that ends in s
	}
	if r, _ := utf8.DecodeLastRuneInString(base); !unicode.IsLetter(r) {
		return
	}
	if _, known := placeOf(cd.words); known || lexicon.IsFirstName(last) && n == 1 {
		return
	}
	stripped := append(append([]string{}, cd.words[:n-1]...), base)
	sk := strings.Join(stripped, " ")
	_, isPlace := placeOf(stripped)
	personBefore := n > 1 && lexicon.IsFirstName(cd.words[0]) && c.nounAfter(cd.tok.End)
	// The name without its s stands elsewhere in the text: a name of
	// several words ("Eva Rothmanns" beside "Eva Rothmann") is then its
	// genitive; one word only before a noun ("Madsens udvisning").
	// A surname alone before a noun ("Holms forslag" after "Karen Holm")
	// is that person's.
	surname := n == 1 && surnames[base] && c.nounAfter(cd.tok.End)
	// A listed party's genitive is the party's: "Venstres formand".
	party := lang.For("").IsParty(sk)
	// Before what only an organisation has: "Vexoras aktie", "Sydbanks
	// aktieanalytiker".
	owned := c.ownedAt(cd.tok.End)
	// An organisation's head, or a compound ending in an institution's,
	// in the genitive before a noun: "Ringkøbing-Skjern Kommunes byråd",
	// "Jyske Banks kunder", "Dansk Psykologforenings etiknævn".
	lb := strings.ToLower(base)
	// So does one that an organisation's head opens: "Region
	// Hovedstadens sundhedsudvalg".
	head := n > 1 && (orgEnd(lb) || hasOrgEnding(lb) || lexicon.IsOrgHead(cd.words[0])) && c.nounAfter(cd.tok.End)
	// A first name's genitive stands before a noun ("Susannes tanker"),
	// never before a comma ("nord for Ames, Iowa").
	given := lexicon.IsFirstName(base) && n == 1 && c.nounAfter(cd.tok.End)
	if head || keys[sk] && n > 1 || isPlace || given || personBefore || keys[sk] && c.countedNounAfter(cd.tok.End) || cd.owner || surname || party || owned {
		cd.words = stripped
	}
}

// genitiveOf reports a candidate written in the genitive whose s its
// words leave out (stripGenitive): "Enhedslistens" named Enhedslisten.
func (c *collector) genitiveOf(cd *cand) bool {
	n := len(cd.words)
	return n > 0 && (c.low(cd.tok.End-1) == cd.words[n-1]+"s" || c.genitiveMark(cd.tok.End))
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

// countedNounAfter reports a noun at token i (nounAfter), or a count
// and then one: "Klitmælks seks mejerier", "Vestas' 1.650 ansatte".
func (c *collector) countedNounAfter(i int) bool {
	if c.nounAfter(i) {
		return true
	}
	if i >= len(c.d.Tokens) {
		return false
	}
	if _, ok := c.pack.NumberValue(c.low(i)); !ok && !c.d.Tokens[i].Is(segment.Digit) {
		return false
	}
	return c.nounAfter(i + 1)
}

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

// Where a noun for an organisation stands beside a name.
const (
	cueBefore     = 1 << iota // "the newspaper Velora", "avisen Velora"
	cueAfter                  // "Kyodo news agency"
	cueOwns                   // "Norvax's chief executive", "Vexoras aktie": what only an organisation has
	cueBeforeMark             // a cueBefore whose name a mark, the sentence's end or a preposition follows: "tjenesten Weibo,", "kapitalfonden Axcel for"
	cueAppos                  // a cueAfter in an apposition: "Arla, a dairy cooperative"
	cueKind                   // a cueBefore that says what trade: "Legetøjskoncernen Lego", "medicinalkoncernen Novo"
	cueRefer                  // the next sentence calls it the company: "Novo Nordisk solgte … Selskabet har …"
)

// orgCue finds a lower-case noun for an organisation beside a name:
// before it ("the newspaper Velora", "avisen Velora", "medicinalkoncernen
// Norvax"), or after it with at most one word between ("Kyodo news
// agency", "a Norvax company"); and, after the name in the genitive,
// what only an organisation has ("Norvax's chief executive") or a
// person of its own (cd.owner). Only the noun before counts for a
// listed place: "a London firm" is a firm in London.
func (c *collector) orgCue(cd *cand) uint8 {
	if cd.tok.End-cd.tok.Start == 1 && c.demonym(cd.tok.Start) {
		return 0 // "the Irish utility Shannon Energy": a nationality word names nothing
	}
	var cue uint8
	if i := cd.tok.Start - 2; c.tok(i+1) == "," && c.tok(cd.tok.End) == "," && (c.smallWord(i) || c.isWord(i) && c.d.Tokens[i].Is(segment.Initial)) && orgNoun(c.low(i)) && !c.governedNoun(i) {
		cue |= cueBefore | cueAppos // set off by commas after the noun: "The supplier, Stalmost Gdańsk, said"
	}
	if i := cd.tok.Start - 1; (c.smallWord(i) || c.isWord(i) && c.d.Tokens[i].Is(segment.Initial)) && orgNoun(c.low(i)) {
		cue |= cueBefore
		// A Danish compound names the trade ("legetøjskoncernen",
		// "vindmølleproducenten"): it stands before a company's name,
		// not a person's, whatever verb follows.
		if w := c.low(i); c.h.Lang == "da" && orgCompound(w) && !nameIs(w, lang.OrgNoun) {
			cue |= cueKind
		}
		// A clause the name opens goes on with its verb ("the company
		// Musk founded"); a mark or a preposition ends the phrase the
		// noun and the name make ("købt af kapitalfonden Axcel for 2
		// mia. kr.", "the carmaker Vexora in Munich").
		if k := cd.tok.End; !c.isWord(k) || c.smallWord(k) && c.pack.Is(c.low(k), lang.Preposition) {
			cue |= cueBeforeMark
		} else if c.verbWithObject(k) && !familyName(cd.words[0]) && !lexicon.IsFirstName(cd.words[0]) {
			// "the carmaker Vindra lost 960 million crowns": the name is
			// the subject of a verb that has its object, no clause's
			// ("the company Musk founded"); not a person's name
			// ("Selskabet Hansen ejer stadig halvdelen").
			cue |= cueBeforeMark
		}
	}
	// A trade's noun in the definite form before a name that opens with
	// no given name nor family name says the same: "Bryggeriet Fyrtårn",
	// "rederiet Nordlys" (not "Selskabet Hansen ejer").
	if i := cd.tok.Start - 1; c.h.Lang == "da" && (c.smallWord(i) || c.isWord(i) && c.d.Tokens[i].Is(segment.Initial)) {
		if w := c.low(i); endsIn(w, lang.OrgNounEnd, 0) && definiteStem(w) != "" && !lexicon.IsFirstName(cd.words[0]) && !familyName(cd.words[0]) {
			cue |= cueBefore | cueKind
		}
	}
	// "Paris-based Marée Haute Distribution", "Aarhus-baserede
	// Bestseller": what is based somewhere is an organisation, and a
	// compound says what it does, as a trade noun before the name does.
	if i := cd.tok.Start - 1; c.isWord(i) && basedCompound(c.low(i)) {
		cue |= cueBefore | cueKind
	}
	if c.appositionType(cd.tok.End) {
		cue |= cueAfter | cueAppos // a listed place's name too: "Arla, a dairy cooperative"
	}
	if cd.place != "" {
		return cue
	}
	if cd.owner {
		cue |= cueOwns // "Venstres Jakob Ellemann": a person of its own
	}
	if k := c.afterGenitive(cd); c.ownedAt(k) || c.smallWord(k) && c.low(k) == "head" && c.tok(k+1) == "of" {
		cue |= cueOwns // "Vexoras aktie", "Sydbanks aktieanalytiker", "Acme's head of sales"
	}
	if len(cd.words) <= 2 && c.ownedNames()[strings.ToLower(strings.Join(cd.words, " "))] {
		cue |= cueOwns // "Vestas-aktien steg" anywhere in the text
	}
	if c.sharesOf(cd.tok.Start) && !c.countryAfter(cd.tok.End) || c.staffOf(cd.tok.End) {
		cue |= cueOwns // not "headquarters in Bridgetown, Barbados", a town
	}
	// The same noun right after the name, which it qualifies: "Novo
	// Nordisk shares jumped", "Tesla stock", "Netflix earnings"; not a
	// verb with its object ("Musk shares a photo").
	if k := cd.tok.End; c.smallWord(k) && nameIs(c.low(k), lang.OrgOwned) && !c.objectAt(k+1) {
		cue |= cueOwns
	}
	if c.referredNext(cd) {
		cue |= cueRefer
	}
	if c.agencyAfterDateline(cd) {
		cue |= cueKind
	}
	for k := cd.tok.End; k < cd.tok.End+2 && c.smallWord(k); k++ {
		if nameIs(c.low(k), lang.OrgType) {
			return cue | cueAfter
		}
	}
	return cue
}

// governedNoun reports a noun at token k that an office's preposition
// governs, with or without an article: a name in apposition after it is
// the office holder's ("a spokeswoman for the regulator, Orla
// Tennant"), not the noun's ("shares in the carmaker, Vexora,").
func (c *collector) governedNoun(k int) bool {
	k--
	if c.smallWord(k) && c.pack.Is(c.low(k), lang.Article) {
		k--
	}
	return c.smallWord(k) && c.pack.Is(c.low(k), lang.Preposition) && c.officeWordAt(k-1)
}

// agencyAfterDateline reports a name in brackets after a dateline and
// before the dash that opens the story: the news agency that filed it
// ("BOSTON, Dec 4 (Nordwire) -", "KØBENHAVN (Ritzau) –").
func (c *collector) agencyAfterDateline(cd *cand) bool {
	s, e := cd.tok.Start, cd.tok.End
	if s < 2 || e+1 >= len(c.d.Tokens) || c.tok(s-1) != "(" || c.tok(e) != ")" || !c.pack.IsDash(c.tok(e+1)) && c.tok(e+1) != "-" {
		return false
	}
	// The dateline opens the line: a town in capitals, a comma and a
	// date between it and the bracket at most.
	for k := s - 2; k >= 0 && k > s-8; k-- {
		if c.d.Tokens[k].Is(segment.AllCaps) && (k == 0 || c.d.Tokens[k].Is(segment.NewlineBefore)) {
			return true
		}
	}
	return false
}

// sharesOf reports what only an organisation has, then "of", "in" or
// "i", and at most one word in small letters, before token s: "shares
// of Zephyr", "shares of rival Nvidia", "aktier i Vestas".
func (c *collector) sharesOf(s int) bool {
	k := s - 1
	if c.smallWord(k) && !c.seat(k) && !c.pack.Is(c.low(k), lang.Preposition) {
		k-- // "rival"
	}
	switch c.low(k) {
	case "of", "in", "i":
		// "Shares of Apple rose": the noun may open the sentence.
		return c.smallWord(k) && c.isWord(k-1) && nameIs(c.low(k-1), lang.OrgOwned)
	}
	return false
}

// staffOf reports a role in small letters at token e and a capitalised
// name after it: the name before e employs them ("Bernstein analyst
// Marcus Webb", "Reuters photographer Ann Lee").
func (c *collector) staffOf(e int) bool {
	return c.smallWord(e) && c.personRole(c.low(e)) && c.isWord(e+1) && c.d.Tokens[e+1].Is(segment.Cap) && lexicon.IsFirstName(c.low(e+1))
}

// referredNext reports whether the sentence after cd's opens by calling
// something the company ("Selskabet tabte …", "The company said …")
// and cd is the one name in its own sentence that is no listed place:
// what the noun refers back to.
func (c *collector) referredNext(cd *cand) bool {
	ss := c.d.Sentences
	s := sort.Search(len(ss), func(k int) bool { return ss[k].End > cd.tok.Start })
	if s+1 >= len(ss) || ss[s].Start > cd.tok.Start {
		return false
	}
	// Asked of every name of the sentence before: answered once.
	if c.company == nil {
		c.company = make([]int8, len(ss))
	}
	if c.company[s+1] == 0 {
		c.company[s+1] = 1
		if c.opensWithCompany(ss[s+1]) {
			c.company[s+1] = 2
		}
	}
	if c.company[s+1] != 2 {
		return false
	}
	first := sort.Search(len(c.cands), func(i int) bool { return c.cands[i].tok.Start >= ss[s].Start })
	for i := first; i < len(c.cands) && c.cands[i].tok.Start < ss[s].End; i++ {
		// A sentence's first word the tagger passed over is no name of
		// it ("Shares in Vexa fell").
		if o := &c.cands[i]; o != cd && !(o.weak && !o.tagged) && !c.namesPlace(o) {
			return false
		}
	}
	return true
}

// namesPlace reports a candidate that is a listed place.
func (c *collector) namesPlace(cd *cand) bool {
	_, ok := placeOf(cd.words)
	return ok
}

// opensWithCompany reports a sentence whose subject is a noun any
// organisation goes by, with its article where the language writes
// one: first ("Selskabet", "The company", "The firm"), or after a
// phrase put before it, set off by a comma in English ("In a
// statement, the firm …") or followed by the verb in Danish ("I en
// meddelelse skriver virksomheden …"). No capitalised word stands
// before it: a name there would be what the noun refers to.
func (c *collector) opensWithCompany(r segment.Range) bool {
	for k := r.Start; k < r.End && k < r.Start+maxFronted; k++ {
		if !c.isWord(k) && c.tok(k) != "," || k > r.Start && c.d.Tokens[k].Is(segment.Cap) && !c.d.Tokens[k].Is(segment.Initial) {
			return false
		}
		at := k == r.Start || c.pack.VerbSecond && c.pack.IsSpeechVerb(c.low(k-1)) || c.tok(k-1) == ","
		if !at {
			continue
		}
		n := k
		if n < r.End && c.isWord(n) && c.pack.Is(c.low(n), lang.Article) {
			n++
		}
		if n < r.End && c.isWord(n) {
			if role, ok := c.pack.Role(c.low(n)); ok && role.Any {
				return true
			}
		}
	}
	return false
}

// maxFronted bounds, in tokens, the phrase a sentence may put before its
// subject: "I en pressemeddelelse fra i går skriver".
const maxFronted = 8

// basedCompound reports a word of a place and where something is based:
// "Oslo-based", "Aarhus-baserede".
func basedCompound(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && nameIs(w[k+1:], lang.BasedIn)
}

// appositionType reports an apposition from token k that says what kind
// of organisation the name before it is: a comma, an article, at most
// three adjectives or nationality words, and the noun ("NRK, the
// Norwegian public broadcaster", "Arla, a dairy cooperative", "KL, en
// interesseorganisation").
func (c *collector) appositionType(k int) bool {
	if c.tok(k) != "," || !c.smallWord(k+1) || !c.pack.Is(c.low(k+1), lang.Article) {
		return false
	}
	for j := k + 2; j < k+6 && c.isWord(j); j++ {
		w := c.low(j)
		if c.smallWord(j) && (nameIs(w, lang.OrgType) || endsIn(w, lang.OrgNounEnd, 3)) {
			// The noun ends the phrase: not "a charity worker", nor "the
			// agency's technical lead".
			next := c.tok(j + 1)
			return (!c.smallWord(j+1) || c.pack.Is(c.low(j+1), lang.Preposition)) && next != "'" && next != "’"
		}
		if !c.smallWord(j) && !c.demonym(j) && !basedCompound(w) || c.smallWord(j) && (c.pack.Is(w, lang.Preposition) || c.titleAt(j) || c.personRole(w)) {
			return false // not "Ann Lee, a vice president at the firm Acme"
		}
	}
	return false
}

// addressed reports a name that a speaker's words were said to: after a
// speech verb that takes who it addresses ("told Bloomberg", "told the
// BBC"), or after the word that marks them ("to", "til"), when only the
// speaker's name, a pronoun or a title stands between it and a speech
// verb ("said to Reuters", "siger hun til Politiken", "fortæller
// direktør Lise Berg til Børsen"), also in the genitive ("til Reuters'
// reporter"); a listed country stays a place (grouper.entities).
func (c *collector) addressed(cd *cand) bool {
	i := cd.tok.Start - 1
	if c.smallWord(i) && c.pack.Is(c.low(i), lang.Article) {
		i--
	}
	if !c.smallWord(i) || !c.pack.Is(c.low(i), lang.Addressee) {
		return false
	}
	if c.pack.IsSpeechVerb(c.low(i)) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch w := c.low(k); {
		case !c.isWord(k):
			return false
		case c.pack.IsSpeechVerb(w) && w == c.tok(k):
			// Not a noun the verb's spelling makes after an article: "a
			// red warning to Scotland".
			return !c.articleBefore(k)
		case c.d.Tokens[k].Is(segment.Cap), isTitle(w):
		default:
			if _, ok := c.pack.Pronoun(w); !ok {
				return false
			}
		}
	}
	return false
}

// verbWithObject reports a word in small letters at token k followed by
// what opens an object: a number, an article or a possessive, or another
// word in small letters that is no preposition, clause word or
// conjunction ("lost 960 million", "lost the race", "cut jobs").
func (c *collector) verbWithObject(k int) bool {
	if !c.smallWord(k) || c.pack.Is(c.low(k), lang.Preposition|lang.Clause|lang.Conjunction|lang.Copula) {
		return false
	}
	j := k + 1
	if !c.isWord(j) {
		return false
	}
	if c.d.Tokens[j].Is(segment.Digit) {
		return true
	}
	return c.smallWord(j) && !c.pack.Is(c.low(j), lang.Preposition|lang.Clause|lang.Conjunction|lang.Subordinator)
}

// partyInBrackets reports a name of one word alone in brackets right
// after a person's given name and surname: the party they are of
// ("Liv Abildgaard (Ø-Alliancen)"); not a listed place ("(Vejle)").
func (c *collector) partyInBrackets(prev, cd *cand) bool {
	s := cd.tok.Start
	return cd.tok.End-s == 1 && cd.place == "" && s >= 2 && c.tok(s-1) == "(" && c.tok(cd.tok.End) == ")" && prev.tok.End == s-1 &&
		len(prev.words) >= 2 && lexicon.IsFirstName(prev.words[0]) && !c.d.Tokens[s].Is(segment.AllCaps) && !familyName(cd.words[0]) && !lexicon.IsFirstName(cd.words[0])
}

// afterDash reports a dash right before token k, with space around it:
// what follows opens a clause or a story.
func (c *collector) afterDash(k int) bool {
	if k < 1 {
		return false
	}
	d := c.tok(k - 1)
	return (d == "-" || c.pack.IsDash(d)) && c.d.Tokens[k-1].Is(segment.SpaceBefore)
}

// articleBefore reports an article right before token k, or before one
// word in small letters before it ("a warning", "a red warning").
func (c *collector) articleBefore(k int) bool {
	art := func(j int) bool { return c.smallWord(j) && c.pack.Is(c.low(j), lang.Article) }
	return art(k-1) || c.smallWord(k-1) && art(k-2)
}

// smallWord reports a word at token k written in small letters.
func (c *collector) smallWord(k int) bool { return c.isWord(k) && c.low(k) == c.tok(k) }

// ownedAt reports a word in small letters at token k that names what
// only an organisation has ("aktie", "shares") or an office only one
// holds, also as a compound's head ("aktieanalytiker").
func (c *collector) ownedAt(k int) bool {
	return c.smallWord(k) && (nameIs(c.low(k), lang.OrgOwned) || endsIn(c.low(k), lang.OrgOwnedEnd, 0))
}

// objectAt reports an article or a pronoun at token k, which opens the
// object of a verb before it ("shares a photo", "shares his view").
func (c *collector) objectAt(k int) bool {
	if !c.isWord(k) {
		return false
	}
	w := c.low(k)
	_, pronoun := c.pack.Pronoun(w)
	return pronoun || c.pack.Is(w, lang.Article)
}

// afterGenitive returns the token after a name written in the genitive
// ("Norvax's", "Norvax’", "Vexoras"), or -1.
func (c *collector) afterGenitive(cd *cand) int {
	k := cd.tok.End
	switch {
	case k < len(c.d.Tokens) && c.d.Tokens[k].Is(segment.Apostrophe):
		if c.genitiveMark(k) {
			k++ // the "s" of "Norvax's"
		}
		return k + 1
	case k < len(c.d.Tokens) && (c.tok(k) == "'" || c.tok(k) == "’") && !c.d.Tokens[k].Is(segment.SpaceBefore) && strings.HasSuffix(c.low(k-1), "s"):
		return k + 1 // "Vestas' koncerndirektør", "Reuters’ reporter": the mark reads as a closing quote too
	case strings.HasSuffix(c.low(k-1), "s"):
		return k
	}
	return -1
}

// officeHolder reports a name of two words or more set off by a comma
// beside an office written in small letters: after it ("the union's
// president, Erin Ariss", "formanden, Lone Kjær") or before it ("Ann
// Lee, leader of the party", "Ann Lee, a senior economist at …",
// "Lone Kjær, formand for …"). Who holds an office is a person.
func (c *collector) officeHolder(cd *cand) bool {
	if cd.tok.End-cd.tok.Start < 2 || cd.place != "" {
		return false
	}
	s, e := cd.tok.Start, cd.tok.End
	if s >= 2 && c.tok(s-1) == "," && (c.office(s-2) || c.kin(s-2)) {
		return true // "the mayor, Ann Lee", "her neighbour, Bartolomé Cañete"
	}
	p := s - 2 // the word before the comma
	if p >= 3 && c.tok(p) == ")" && c.tok(p-2) == "(" && c.d.Tokens[p-1].Is(segment.AllCaps) {
		p -= 3 // past an acronym: "Lederen af Bergen Studentråd (BSR), Oluwatoyin Brekke"
	}
	if p >= 1 && c.tok(s-1) == "," && !c.nameWord(p) {
		// "Formanden for Region Hovedstadens sundhedsudvalg, Emre Aslan
		// Brøndum": an office, its complement, then the holder.
		for k := p; k > 0 && s-k < 12 && (c.isWord(k) || c.genitiveMark(k) || c.tok(k) == "-" || c.tok(k) == "," && c.smallWord(k+1)); k-- {
			// (A list in the complement: "minister for turisme, kunst
			// og kultur, Ama Serwaa Boateng".)
			// (A genitive in the complement: "a spokesman for the prime
			// minister's office, Tiago Nogueira"; a compound cut short:
			// "formanden for kultur- og fritidsudvalget, Hassan Demir".)
			if w := c.low(k); (w == "for" || w == "of") && c.officeOpening(k-1) {
				return true
			}
		}
	}
	if p >= 0 && c.tok(s-1) == "," && c.nameWord(p) {
		// "a spokeswoman for the US State Department, Vedant Patel":
		// an office, where it is held, then the holder.
		k := p
		for k > 0 && s-k < 8 && (c.nameWord(k) || c.particle(k)) {
			k--
		}
		if c.smallWord(k) && c.pack.Is(c.low(k), lang.Article) {
			k--
		}
		if w := c.low(k); w == "for" || w == "af" || c.seat(k) {
			// "spokeswoman for", "analyst at", "lederen af", and one that opens the
			// sentence: "IT-sikkerhedsforsker ved Aalborg Universitet,
			// Yerlan Abenov".
			return k >= 1 && c.officeOpening(k-1)
		}
		if c.office(k) && c.seat(k+1) {
			return true // "the mayor of Cuglieri, Bonaria Piras": "of" read as a name's particle
		}
	}
	if c.roleAfterCopula(e) {
		return true
	}
	if e+1 < len(c.d.Tokens) && c.tok(e) == "," {
		k := e + 1
		if c.smallWord(k) && c.pack.Is(c.low(k), lang.Article) && c.genitiveMark(k+2) && (c.office(k+4) || c.smallWord(k+4) && c.office(k+5)) {
			return true // "Montserrat Puigdollers, the agency's director", "…, the union's branch secretary"
		}
		if c.nameWord(k) && c.genitiveMark(k+1) && (c.office(k+3) || c.smallWord(k+3) && c.office(k+4)) {
			return true // "Temperance Adeyemi, Unite's regional officer"
		}
		if w := c.low(k); c.smallWord(k) && utf8.RuneCountInString(w) > 4 && strings.HasSuffix(w, "s") && (c.office(k+1) || c.smallWord(k+1) && c.office(k+2)) {
			return true // a genitive in -s: "Mutinta Hangombe, forbundets lokale formand"
		}
		if c.smallWord(k) && c.pack.Is(c.low(k), lang.Article) {
			k++
			if !c.office(k) && c.smallWord(k) && !c.office(k+1) {
				return false
			}
			if !c.office(k) {
				k++ // one word between: "a senior economist"
			}
		}
		return c.office(k)
	}
	return false
}

// roleAfterCopula reports a copula after a name that ends at e and an
// office after it, past "har været" or "has been", an article and up to
// two words in small letters: "Ulrikke Sand har været administrerende
// direktør for Hovedstadens Metro", "Ann Lee is the new chief executive".
func (c *collector) roleAfterCopula(e int) bool {
	k := e
	switch {
	case c.smallWord(k) && c.pack.Is(c.low(k), lang.Copula):
		k++
	case c.smallWord(k) && (c.low(k) == "har" || c.low(k) == "has") && (c.low(k+1) == "været" || c.low(k+1) == "been"):
		k += 2
	default:
		return false
	}
	if c.smallWord(k) && c.pack.Is(c.low(k), lang.Article) {
		k++
	}
	for n := 0; n < 3; n, k = n+1, k+1 {
		if c.office(k) {
			return true
		}
		if !c.smallWord(k) || c.pack.Is(c.low(k), lang.Preposition) {
			return false
		}
	}
	return false
}

// officeAt reports a name after an office written in small letters and
// a word that says where it is held: "an analyst at Morgan Stanley",
// "chairman of Maersk", "økonomidirektør i Royal Unibrew", "analytiker
// hos Sydbank". Not "for", which takes whom one serves as well
// ("spokesman for Ann Lee"), nor a listed place ("borgmester i Aarhus").
func (c *collector) officeAt(cd *cand) bool {
	s := cd.tok.Start
	return s >= 2 && cd.place == "" && c.smallWord(s-1) && c.seat(s-1) && c.office(s-2) && !c.pack.Is(c.low(s-2), lang.Civic)
}

// office reports an office written in small letters at token k: a
// title or a role the language packs know ("analyst", "formand").
func (c *collector) office(k int) bool {
	return (c.smallWord(k) || c.capsOffice(k)) && c.officeWordAt(k)
}

// officeOpening reports an office at token k in small letters, or one
// that a sentence opens with a capital: "Formanden for …",
// "IT-sikkerhedsforsker ved …".
func (c *collector) officeOpening(k int) bool {
	return c.office(k) || c.d.Tokens[k].Is(segment.Initial) && c.officeWordAt(k)
}

// capsOffice reports a word at token k that machine translation wrote
// in capitals amid small letters ("Den afgående REKTOR, Halvard Eide"),
// or at a sentence's start before a word that is not ("ANALYTIKER Ylva
// Strandqvist fra …"): read as written small. Not initials ("CEO", "MP":
// three letters or fewer), nor a line in capitals.
func (c *collector) capsOffice(k int) bool {
	if k < 0 || k+1 >= len(c.d.Tokens) || !c.d.Tokens[k].Is(segment.AllCaps) || utf8.RuneCountInString(c.tok(k)) < 4 {
		return false
	}
	if c.d.Tokens[k].Is(segment.Initial) {
		return c.isWord(k+1) && !c.d.Tokens[k+1].Is(segment.AllCaps)
	}
	return k > 0 && (c.smallWord(k-1) || c.tok(k-1) == "s" || c.d.Tokens[k-1].Is(segment.AllCaps) && c.capsOffice(k-1))
}

// titledMention reports a mention that a title opens or that follows an
// office in small letters: "Minister Ane Holm", "said minister Ane
// Holm", "regionsrådsmedlem Aviaaja Kleist".
func (c *collector) titledMention(cd *cand) bool {
	if cd.tok.End-cd.tok.Start == 1 && c.d.Tokens[cd.tok.Start].Is(segment.AllCaps) {
		return false // "leder EU’s delegation": initials are no one's name
	}
	return cd.titleLeft || cd.tok.Start > 0 && (c.office(cd.tok.Start-1) || c.kin(cd.tok.Start-1))
}

// agedMention reports a mention given an age: right after one, or
// after at most two words in small letters (no function words) or a
// people's name that follow it ("den 47-årige litauiske statsborger Žydrūnas Kavaliauskas", "the
// 52-year-old Ghanaian Kofi Mensah"); or a name of two words or more
// with an age in commas after it ("Ann Lee, 47, said"): a single word so
// may be a team's with its score.
func (c *collector) agedMention(cd *cand) bool {
	for k, n := cd.tok.Start-1, 0; k >= 0 && n < 3 && c.isWord(k); k, n = k-1, n+1 {
		if ageWord(c.low(k)) {
			return true
		}
		if !c.smallWord(k) && !c.demonym(k) || lexicon.IsStop(c.h.Lang, c.low(k)) {
			break // "a 58-year-old herder from Lodwar": the age is another's
		}
	}
	k := cd.tok.End
	if cd.tok.End-cd.tok.Start < 2 || k+2 >= len(c.d.Tokens) || c.tok(k) != "," || c.tok(k+2) != "," {
		return false
	}
	w := c.tok(k + 1)
	return len(w) == 2 && '1' <= w[0] && w[0] <= '9' && '0' <= w[1] && w[1] <= '9'
}

// ageWord reports a word (lower case) that gives an age: "47-årige",
// "47-årig", "47-year-old".
func ageWord(w string) bool {
	i := 0
	for i < len(w) && '0' <= w[i] && w[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	switch w[i:] {
	case "-årige", "-årig", "-year-old":
		return true
	}
	return false
}

// kin reports a noun in small letters at token k that says who a person
// is to another ("wife", "nabo", "colleague"): the name after it is a
// person's.
func (c *collector) kin(k int) bool {
	w := c.low(k)
	return c.smallWord(k) && (c.pack.Is(w, lang.Kin) || c.pack.GenderOf(w) != 0)
}

// seat reports a word at token k that, after an office, says where it
// is held: "at", "of", "i", "hos" (words.txt, either language).
func (c *collector) seat(k int) bool { return lang.For("").Is(c.low(k), lang.Seat) }

// datelined reports a mention that is a story's dateline: "ADA FOAH,
// Ghana —".
func (c *collector) datelined(cd *cand) bool { return c.dateline(cd.tok.Start) == cd.tok.End }

// placeNounAfter reports a noun for a place right after a name at e,
// which ends the phrase: "Portugal's Alentejo region on Sunday", "the
// Kent village"; not a noun that qualifies another ("the Bristol port
// authority", "Texas state senator").
func (c *collector) placeNounAfter(e int) bool {
	return c.smallWord(e) && nameIs(c.low(e), lang.PlaceNoun) && c.adjacent(e-1) && !(c.adjacent(e) && c.smallWord(e+1) && !c.pack.Is(c.low(e+1), lang.Preposition|lang.Clause|lang.Article))
}

// placeNounBefore reports a noun for a place in small letters right
// before the name at token s: "byen Olovo", "floden Una", or in English
// with "the" and "of" around it: "the town of Olovo", "the southern
// Brazilian state of Rio Grande do Sul"; or a person by who they are and
// "from": "a farmer from Velling".
func (c *collector) placeNounBefore(s int) bool {
	k := s - 1
	if c.smallWord(k) && (c.low(k) == "from" || c.low(k) == "fra") {
		// "a farmer from Velling", "the care worker from Taunton": where
		// a person by who they are comes from is where they live.
		return c.smallWord(k-1) && c.pack.Is(c.low(k-1), lang.Dweller)
	}
	if c.smallWord(k) && c.tok(k) == "for" && k >= 2 && c.isWord(k-1) && c.pack.Is(c.low(k-1), lang.Civic) && c.low(k-2) == "the" {
		return true // "the MSP for Inverness East": the seat is a place
	}
	if c.smallWord(k) && c.tok(k) == "of" {
		if !c.smallWord(k-1) || !nameIs(c.low(k-1), lang.PlaceNoun) && !c.pack.Is(c.low(k-1), lang.Civic) {
			return false
		}
		// "the town of", "the southern Brazilian state of": "the", at
		// most two adjectives or nationality words, the noun.
		for j := k - 2; j >= 0 && j >= k-4; j-- {
			if c.low(j) == "the" {
				return true
			}
			if !c.isWord(j) || !c.smallWord(j) && !c.demonym(j) && !c.nameWord(j) {
				return false // (a name may say where: "the Kent village of Wye")
			}
		}
		return false
	}
	return c.smallWord(k) && c.low(k) != "the" && nameIs(c.low(k), lang.PlaceNoun) && c.pack.Code == "da"
}

// nextInList reports whether cd follows prev in a list of names: "og",
// "and", "eller" or "or" between them, or a comma with another item
// after cd ("i Vollsmose, Dalum og Bolbro"; not "in Rome, Jerome
// engaged").
func (c *collector) nextInList(prev, cd *cand) bool {
	if prev.tok.End != cd.tok.Start-1 {
		return false
	}
	joiner := func(w string) bool { return w == "og" || w == "and" || w == "eller" || w == "or" }
	if joiner(c.tok(prev.tok.End)) {
		return true
	}
	return c.tok(prev.tok.End) == "," && (c.tok(cd.tok.End) == "," || joiner(c.tok(cd.tok.End)))
}

// taggedPlace reports a mention the tagger read as a place, which the
// next item of a list it did not read as a name is too: "flights from
// Aberdeen, Inverness and Sumburgh".
func (c *collector) taggedPlace(cd *cand) bool {
	return cd.tagged && int(cd.decoded) == placeType+1
}

// regionAfter reports a name of one or two words set off by commas
// right after a place something is in or near: the region or the state
// of that place ("near Frome, Somerset, over the weekend", "i Ames,
// Iowa."). Not a clause's subject ("In Paris, Macron said").
func (c *collector) regionAfter(town, cd *cand) bool {
	s, e := cd.tok.Start, cd.tok.End
	if !(town.in || town.located) || town.tok.End != s-1 || c.tok(s-1) != "," || e-s > 2 {
		return false
	}
	// The first a place by the lists or the tagger, the second no
	// person's name: "i Fællessekretariatet, Merethe Markvard".
	if town.place == "" && int(town.decoded) != placeType+1 || e-s == 2 && lexicon.IsFirstName(c.low(s)) {
		return false
	}
	switch c.tok(e) {
	case ",", ".", ";":
		return true
	}
	return e >= len(c.d.Tokens) || c.d.Tokens[e-1].Is(segment.SentEnd)
}

// countryAfter reports a comma at token k and a listed country's or
// region's name after it, then no more name words: "in Bridgetown,
// Barbados", "i Kalundborg, Danmark". Where something is, then the
// country it is in: the name before the comma is a town's.
func (c *collector) countryAfter(k int) bool {
	if c.tok(k) != "," || !c.nameWord(k+1) {
		return false
	}
	e := k + 1
	for e < k+4 && c.nameWord(e) {
		e++
	}
	id, ok := placeOf(c.lowWords(k+1, e))
	return ok && (strings.HasPrefix(id, "T:") || strings.HasPrefix(id, "S:"))
}

// sourceBefore reports a phrase that names a source right before token
// s: "ifølge DMI", "according to NOAA". An acronym there names an
// organisation, which the tagger may not know (a capitalised word may be
// a machine translation's "Ifølge Rapporten").
func (c *collector) sourceBefore(s int) bool {
	for _, ph := range c.pack.Phrases(lang.Source) {
		k := s - len(ph)
		if k < 0 {
			continue
		}
		match := true
		for j, w := range ph {
			if c.low(k+j) != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// thirdPlace reports a name read as a person's, next in a list after
// places: one word after two ("from Dublin, Cork and Shannon"), or a
// name that ends in a street's or a water's word after one ("in
// Tippecanoe, Mitchell Street and Capitol"). People are not listed with
// places; a given name is a town's or a street's too.
func (c *collector) thirdPlace(n int, cd *cand) bool {
	if n < 1 || int(cd.decoded) != perType+1 {
		return false
	}
	if w := cd.tok.End - cd.tok.Start; w > 1 {
		return c.taggedPlace(&c.cands[n-1]) && nameIs(c.low(cd.tok.End-1), lang.PlaceEnd)
	}
	if n < 2 {
		return false
	}
	a, b := &c.cands[n-2], &c.cands[n-1]
	return c.taggedPlace(a) && c.taggedPlace(b) && c.nextInList(a, b)
}
