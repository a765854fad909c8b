package entities

import (
	"iter"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"kilde/engine/lang"
	"kilde/engine/lexicon"
	"kilde/engine/segment"
)

// ent is an entity being built: the candidates that name it.
type ent struct {
	kind, rule string
	cands      []int
	forms      []form // keys in the order they joined: scanned in a stable order, at most maxForms
	place      string
	aliases    []string // how forms were joined, for the rule
}

// grouper builds the entities, with indexes so that each candidate is
// placed in time independent of how many entities there are.
type grouper struct {
	c          *collector
	ents       []*ent
	owner      []*ent // the entity each candidate joined
	byKeys     index
	byPlaces   map[string]*ent
	byStart    index // organisations by the first four letters of their flattened key
	byFirst    index // organisations by the first word of their key
	byHead     index // organisations of several words by each word that names a body ("commission")
	byPart     index // organisations whose last word has a hyphen, by the part after it ("mærsk")
	byInits    index // organisations by the initials of their key
	byClip     index // organisations of several words by their first three letters
	byLetter   index // organisations of several words by their first letter, for compounds' acronyms
	bySurStart index // people by the first four letters of the last word of their full name, and by its last four (suffixKey)
	nodes      []node
	surnames   map[string][]surname
	// firstNames holds the people whose full name opens with a word; a
	// second person of the same first name makes the word ambiguous.
	firstNames map[string]*ent
	// spoken holds the one-word names that speak somewhere in the text
	// ("said Villalobos"): surnames, when a name of two words ends in one.
	spoken map[string]bool
}

// surname is where a person's full name ending in a word is given.
type surname struct {
	e    *ent
	at   int  // token index
	part bool // a part of the surname or a middle name, not the whole surname
}

// group joins the candidates into entities: strong candidates first, in
// order of evidence, then the weak ones that something strong supports.
func (c *collector) group() []Entity {
	g := &grouper{c: c, byKeys: index{}, byPlaces: map[string]*ent{}, byStart: index{},
		byFirst: index{}, byHead: index{}, byPart: index{}, byInits: index{}, byClip: index{}, byLetter: index{}, bySurStart: index{}, surnames: map[string][]surname{}, firstNames: map[string]*ent{}}
	// Sized for a few index entries a distinct name: growing by doubling
	// would leave as much again behind as garbage.
	g.nodes = make([]node, 0, 2*len(c.cands)+8)
	g.owner = make([]*ent, len(c.cands))
	var strong, weak []int
	for i, cd := range c.cands {
		if cd.weak {
			weak = append(weak, i)
		} else {
			strong = append(strong, i)
		}
		if len(cd.words) == 1 && cd.speaks && !c.d.Tokens[cd.tok.Start].Is(segment.AllCaps) {
			if g.spoken == nil {
				g.spoken = map[string]bool{}
			}
			g.spoken[cd.words[0]] = true
		}
	}
	// People with full names first: single words are then surnames.
	for _, i := range strong {
		if cd := &c.cands[i]; g.personShaped(cd) {
			e, how := g.byKey(cd.key, Person), ""
			if e == nil {
				if e = g.byLastNames(i); e != nil {
					how = "alias:surname"
				}
			}
			g.join(i, e, how)
		}
	}
	g.splitKnownPrefix(strong)
	for _, i := range strong {
		cd := &c.cands[i]
		if g.personShaped(cd) {
			continue
		}
		if len(cd.words) > 1 {
			// "ifølge Kjærgaard Holm" after Mette Kjærgaard Holm: the
			// last names of a person named before, whatever the tagger
			// made of them.
			if e := g.byLastNames(i); e != nil {
				g.join(i, e, "alias:surname")
				continue
			}
		}
		if len(cd.words) == 1 {
			if e := g.bySurname(i); e != nil {
				g.join(i, e, "alias:surname")
				continue
			}
			if e := g.byFirstName(cd); e != nil {
				g.join(i, e, "alias:first-name")
				continue
			}
			if e := g.byFamilyFirst(cd); e != nil {
				g.join(i, e, "alias:surname")
				continue
			}
			if e := g.surnameVariant(cd); e != nil {
				g.join(i, e, "alias:variant")
				continue
			}
		}
		if e := g.clubOf(cd); e != nil {
			g.join(i, e, "alias:legal-form")
			continue
		}
		switch {
		case cd.place != "":
			g.join(i, g.byPlace(cd.place), "alias:place")
		default:
			// The same words name one entity, whatever the tagger made of
			// each mention ("Vindmølleproducenten Vestas" and "Vestas
			// har"): the pooled scores decide its kind.
			if e := g.byKey(cd.key, ""); e != nil {
				g.join(i, e, "")
				continue
			}
			// One mention's kind is the tagger's weakest guess: a word
			// the tagger took for a person that names a known
			// organisation joins it ("the Fed" after "the Federal Reserve").
			e, how := g.orgFor(i)
			if how == "alias:part" {
				g.quiet(i)
			}
			g.join(i, e, how)
		}
	}
	opens := map[string]int{}
	for _, i := range weak {
		if cd := &c.cands[i]; len(cd.words) == 1 {
			opens[cd.key]++
		}
	}
	for _, i := range weak {
		cd := &c.cands[i]
		if e := g.bySurname(i); e != nil && len(cd.words) == 1 {
			g.join(i, e, "alias:surname")
		} else if e := g.byFirstName(cd); e != nil {
			g.join(i, e, "alias:first-name")
		} else if e := g.byFamilyFirst(cd); e != nil {
			g.join(i, e, "alias:surname")
		} else if e := g.surnameVariant(cd); e != nil {
			g.join(i, e, "alias:variant")
		} else if e := g.clubOf(cd); e != nil {
			g.join(i, e, "alias:legal-form")
		} else if cd.place != "" && (cd.tagged || g.byPlace(cd.place) != nil || len(cd.words) == 1 && strings.HasPrefix(cd.place, "W:")) {
			// A listed place that opens a sentence is one when the tagger
			// or another mention says so: "Give", "Nice" and "Split"
			// are towns, and words that open imperatives. A region's
			// name ("Massachusetts currently has …") is no common word:
			// its list leaves those out.
			g.join(i, g.byPlace(cd.place), "alias:place")
		} else if e := g.byKey(cd.key, ""); e != nil {
			g.join(i, e, "")
		} else if e, how := g.variantOf(cd); e != nil {
			g.join(i, e, how)
		} else if e := g.longerOf(cd); e != nil && (int(cd.decoded) == orgType+1 || !cd.tagged && c.uncommon(cd) || companyNamed(e)) && !c.demonym(cd.tok.Start) {
			// "Microsoft Corporation … Microsoft said": a sentence's
			// first word that begins a known organisation's name, where
			// the tagger reads an organisation in it, or the training
			// text never writes it outside names ("New rules" does not
			// join the New York Times, nor "Danske" Danske Bank, nor a
			// town the club "Rudbjerg IF" is named after).
			g.join(i, e, "alias:extension")
		} else if e := g.withLegalForm(cd); e != nil {
			// "Tesla Inc. … Tesla disagreed": the bare name of a company
			// named before with its legal form, whatever the tagger reads
			// in it.
			g.join(i, e, "alias:legal-form")
		} else if e := g.headOf(cd); e != nil {
			g.join(i, e, "alias:head") // "Commission President Ursula von der Leyen"
		} else if e := g.partOf(cd); e != nil {
			g.quiet(i)
			g.join(i, e, "alias:part") // "Mærsk skærer 10.000 stillinger væk"
		} else if c.genitiveOf(cd) && lang.For("").IsParty(cd.key) {
			g.join(i, nil, "") // "Enhedslistens klimaordfører": a party, whatever opens the sentence
		} else if c.nameShaped(cd) || (opens[cd.key] > 1 || cd.orgCue&(cueAfter|cueOwns|cueRefer) != 0) && c.uncommon(cd) || cd.relative || cd.listed || cd.placed || c.shapedPerson(cd) {
			// A word no annotated text writes outside names that opens
			// sentences twice, stands before what names an organisation
			// ("Vexoras aktie faldt"), is what the next sentence calls
			// the company ("Vexlor cut 900 jobs. The company said …") or
			// stands before a relative clause ("Veltro, som laver
			// vindmøller"), is a name; so is a listed organisation's, and
			// a first name with a surname's shape ("Ruud Hoekstra-Blom").
			g.join(i, nil, "")
		}
	}
	g.earlyAcronyms()
	return g.entities()
}

// earlyAcronyms joins an entity named only by an acronym to the
// organisation whose initials it spells, named later in the text ("KPA"
// four times before "Korean People's Army [KPA]"): text order met the
// acronym first, with nothing to join.
func (g *grouper) earlyAcronyms() {
	kept := g.ents[:0]
	for _, e := range g.ents {
		if into := g.acronymOf(e); into != nil {
			into.cands = append(into.cands, e.cands...)
			into.aliases = append(into.aliases, "alias:acronym")
			continue
		}
		if into := g.partyOfLetters(e); into != nil {
			into.cands = append(into.cands, e.cands...)
			into.aliases = append(into.aliases, "alias:party-letters")
			continue
		}
		kept = append(kept, e)
	}
	g.ents = kept
}

// partyOfLetters returns the party named in the text whose letters in
// parentheses after politicians' names are all of e's mentions: "(M)"
// for Moderaterne, "(SF)" for Socialistisk Folkeparti, before the party
// is named or after.
func (g *grouper) partyOfLetters(e *ent) *ent {
	if len(e.aliases) > 0 {
		return nil
	}
	key, d := "", g.c.d
	for _, i := range e.cands {
		cd := &g.c.cands[i]
		t := cd.tok.Start
		if len(cd.words) != 1 || t == 0 || t+1 >= len(d.Tokens) || d.Tok(t-1) != "(" || d.Tok(t+1) != ")" || key != "" && g.c.tok(t) != key {
			return nil
		}
		key = g.c.tok(t)
	}
	for _, name := range lang.For("").PartyOf(key) {
		if x := g.byKey(name, ""); x != nil && x != e {
			return x
		}
	}
	return nil
}

// acronymOf returns the first organisation filed whose initials e's
// mentions, all one and the same word in capitals, spell; nil for
// anything else.
func (g *grouper) acronymOf(e *ent) *ent {
	if e.kind == Person || e.place != "" || len(e.aliases) > 0 {
		return nil
	}
	key := ""
	for _, i := range e.cands {
		cd := &g.c.cands[i]
		if len(cd.words) != 1 || !g.c.d.Tokens[cd.tok.Start].Is(segment.AllCaps) || key != "" && cd.key != key {
			return nil
		}
		key = cd.key
	}
	return g.spelledBy(key, e)
}

// spelledBy returns the first organisation filed, other than not, whose
// initials acronym key spells; nil when none.
func (g *grouper) spelledBy(key string, not *ent) *ent {
	for x := range g.all(g.byInits, key) {
		if x != not && x.kind != Person && x.place == "" {
			return x
		}
	}
	// A Danish acronym takes a letter from each part of a compound too:
	// "Lærernes Fællesforbund" is LFF, "Kontrolstyrelsen for Fødevarer"
	// KSF.
	if utf8.RuneCountInString(key) < 3 {
		return nil
	}
	for x := range g.recent(g.byLetter, firstLetters(key, 1)) {
		if x == not || x.kind == Person || x.place != "" {
			continue
		}
		for _, f := range x.forms {
			if len(f.words) > 1 && compoundSpells([]rune(key), f.words) {
				return x
			}
		}
	}
	return nil
}

// plainNordic returns s with æ, ø and å written a, o and a.
func plainNordic(s string) string {
	if !strings.ContainsAny(s, "æøå") {
		return s // most initials: no copy
	}
	return nordicPlain.Replace(s)
}

var nordicPlain = strings.NewReplacer("æ", "a", "ø", "o", "å", "a")

// compoundSpells reports whether acronym spells words in order: each
// word gives its first letter, a small word may give none, and a long
// word may give the first letter of a later part, each part of at least
// three letters ("fællesforbund" gives "ff", "sygeplejeråd" "sr"). It
// cannot tell a compound's parts from any three letters: "forbund" gives
// "fb" too.
func compoundSpells(acronym []rune, words []string) bool {
	if len(words) == 0 {
		return len(acronym) == 0
	}
	w := []rune(words[0])
	if len(w) <= 3 && compoundSpells(acronym, words[1:]) {
		return true // "for", "og": no letter
	}
	if len(acronym) == 0 || w[0] != acronym[0] {
		return false
	}
	return partsSpell(acronym[1:], w, 3, words[1:])
}

// partsSpell goes on from compoundSpells inside word w, from rune from.
func partsSpell(acronym, w []rune, from int, rest []string) bool {
	if compoundSpells(acronym, rest) {
		return true
	}
	if len(acronym) == 0 {
		return false
	}
	for p := from; p+3 <= len(w); p++ {
		if w[p] == acronym[0] && partsSpell(acronym[1:], w, p+3, rest) {
			return true
		}
	}
	return false
}

// personShaped reports a name of several words that is a person's for
// grouping: the tagger's kind for it, or a known first name before
// words that name no place or organisation ("Colette Heald", which the
// tagger may score as a place in one sentence). Its last word is then a
// surname the text may use alone.
func (g *grouper) personShaped(cd *cand) bool {
	n := len(cd.words)
	if n < 2 || cd.body || g.particleSurname(cd) {
		return false // "De la Fuente" is no first name and surname
	}
	if cd.kind() == Person || g.c.doubleSurnamed(cd) {
		return true
	}
	last := cd.words[n-1]
	// A title before it ("regionsrådsmedlem Aviaaja Kleist") or an
	// office beside it ("Vil Gee, administrerende
	// direktør for …") says a person as a known first name does.
	// So does the last word of a name of two that speaks alone
	// elsewhere ("Encarnación Villalobos walks …" and "said Villalobos"),
	// after a word no text writes in small letters.
	spoken := n == 2 && g.spoken[last] && cd.kind() != Org && nameShape(g.c.tok(cd.tok.Start)) && !lexicon.InCorpus(g.c.h.Lang, cd.words[0]) && !lexicon.IsStop(g.c.h.Lang, cd.words[0])
	if spoken {
		_, place := lexicon.Place(last)
		spoken = !place // "Nya Höganäs" is the town's
	}
	// So does "who" after it ("Barrington Holt, who has owned the club":
	// "Holt" then is he).
	return cd.place == "" && (lexicon.IsFirstName(cd.words[0]) && !lexicon.IsFirstName(last) || g.c.titledMention(cd) || cd.holder || spoken || g.c.whoAfter(cd)) &&
		!lexicon.IsOrgHead(last) && !nameIs(last, lang.PlaceEnd) && !hasOrgEnding(last) && !clubNamed(cd) && utf8.RuneCountInString(last) > 2
}

// join adds candidate i to e, or to a new entity when e is nil.
func (g *grouper) join(i int, e *ent, how string) {
	cd := &g.c.cands[i]
	if e == nil {
		kind := cd.kind()
		switch {
		case cd.body:
			kind = Org
		case g.personShaped(cd):
			kind = Person
		}
		e = &ent{kind: kind, rule: cd.rule(), place: cd.place}
		g.ents = append(g.ents, e)
		if e.place != "" {
			g.byPlaces[e.place] = e
		}
	} else if how != "" {
		e.aliases = append(e.aliases, how)
	}
	e.cands = append(e.cands, i)
	g.owner[i] = e
	// A party's name is no person's, whatever the tagger read: "Venstre"
	// alone is not Radikale Venstre.
	if n := len(cd.words); e.kind == Person && n > 1 && !lang.For("").IsParty(cd.key) {
		last := cd.words[n-1]
		g.surnames[last] = append(g.surnames[last], surname{e, cd.tok.Start, false})
		if len(g.surnames[last]) == 1 {
			l := strings.ToLower(last)
			g.add(g.bySurStart, prefix(l), e)
			g.add(g.bySurStart, suffixKey(l), e)
		}
		if x, seen := g.firstNames[cd.words[0]]; !seen {
			g.firstNames[cd.words[0]] = e
		} else if x != e {
			g.firstNames[cd.words[0]] = nil
		}
		// The first part of a double surname is a short name:
		// "Thorning" for Helle Thorning-Schmidt.
		if first, _, ok := strings.Cut(last, "-"); ok && utf8.RuneCountInString(first) >= 3 && !lexicon.IsFirstName(first) {
			g.surnames[first] = append(g.surnames[first], surname{e, cd.tok.Start, true})
		}
		// A middle name that is no first name is a short name too:
		// "Fogh" for Anders Fogh Rasmussen, "Løkke", "Nyrup"; so is the
		// name before a particle, first name or not: "Lula" for Luiz
		// Inácio Lula da Silva.
		for k := 1; k < n-1; k++ {
			w := cd.words[k]
			// A name's "da" is a particle: the collector takes it so in
			// English text only.
			beforeParticle := k+1 < n-1 && (nameIs(cd.words[k+1], lang.Particle) || cd.words[k+1] == "da")
			if utf8.RuneCountInString(w) >= 3 && (!lexicon.IsFirstName(w) || beforeParticle) && !strings.HasSuffix(w, ".") && !nameIs(w, lang.Particle) {
				g.surnames[w] = append(g.surnames[w], surname{e, cd.tok.Start, true})
			}
		}
	}
	for x := range g.all(g.byKeys, cd.key) {
		if x == e {
			return
		}
	}
	if len(e.forms) < maxForms {
		e.forms = append(e.forms, form{cd.key, strings.ReplaceAll(cd.key, " ", ""), cd.words})
	}
	g.add(g.byKeys, cd.key, e)
	if e.kind != Person && e.place == "" {
		g.add(g.byStart, prefix(strings.ReplaceAll(cd.key, " ", "")), e)
		g.add(g.byFirst, cd.words[0], e)
		if last := cd.words[len(cd.words)-1]; strings.Contains(last, "-") {
			g.add(g.byPart, last[strings.LastIndex(last, "-")+1:], e)
		}
		for k, w := range cd.words {
			// "Court" of the European Court of Justice too, and a
			// compound's head: "Europa-Kommissionen", "Klimarådet"; and
			// the word that ends a club's name ("Rovers" for "Medway
			// Rovers").
			if len(cd.words) > 1 && (bodyWord(w) || k == len(cd.words)-1 && nameIs(w, lang.ClubEnd)) {
				g.add(g.byHead, w, e)
			} else if head := bodyHeadOf(w); head != "" {
				g.add(g.byHead, head, e)
			} else if g.c.h.Lang == "da" && len(cd.words) > 1 && k == len(cd.words)-1 && utf8.RuneCountInString(w) >= 5 {
				// The last word of a Danish name of several words, which
				// the text writes alone in the definite form:
				// "Håndboldunionen" for Dansk Håndboldunion.
				g.add(g.byHead, w, e)
			}
		}
		if first, _, more := strings.Cut(cd.key, " "); more {
			g.add(g.byClip, clip(first), e)
			g.add(g.byLetter, firstLetters(first, 1), e)
		}
		if in := initials(cd.key); in != "" {
			g.add(g.byInits, in, e)
			// "Øresund Container Line" is OCL in English text: a Nordic
			// letter's acronym may be written with the plain one.
			if plain := plainNordic(in); plain != in {
				g.add(g.byInits, plain, e)
			}
			// "FC Midtjylland" is FCM: a word in capitals gives all its
			// letters.
			if all := g.c.capsInitials(cd); all != "" && all != in {
				g.add(g.byInits, all, e)
			}
			// "Dansk Boldspil-Union" is DBU: the parts of a hyphenated
			// word give a letter each.
			if strings.Contains(cd.key, "-") {
				if hy := initials(strings.ReplaceAll(cd.key, "-", " ")); hy != in {
					g.add(g.byInits, hy, e)
				}
			}
			// "US Food and Drug Administration" is FDA: a country that
			// opens the name may stay out of its initials.
			if first, rest, ok := strings.Cut(cd.key, " "); ok && strings.Contains(rest, " ") {
				if _, place := lexicon.Place(first); place {
					g.add(g.byInits, initials(rest), e)
				}
			}
			// "Bornholms Energi & Forsyning" is BEOF: "&" may give the
			// letter of the word it stands for ("og", "and").
			if strings.Contains(cd.key, " & ") {
				for _, and := range []string{"o&", "a&"} {
					if amp := initials(strings.ReplaceAll(cd.key, " & ", " "+and+" ")); amp != in {
						g.add(g.byInits, amp, e)
					}
				}
			}
			// "The Pensions Regulator" is TPR: an English acronym may
			// keep the article its name is written with.
			if k := cd.tok.Start - 1; g.c.h.Lang == "en" && k >= 0 && g.c.low(k) == "the" {
				g.add(g.byInits, "t"+in, e)
			}
		}
	}
}

// A name is compared with at most maxNear entities of an index bucket,
// the latest, and with at most maxForms forms of each: text full of
// names sharing a beginning would otherwise compare every pair, and a
// variant of a name is written near it or among its first forms.
const (
	maxNear  = 32
	maxForms = 16
)

// An index maps a string to the entities filed under it, as a chain of
// nodes in the grouper's one arena, newest first: one map entry and one
// node per filing instead of a slice per string.
type index map[string]int32

type node struct {
	e    *ent
	next int32 // the node filed before, plus one; 0 ends the chain
}

func (g *grouper) add(ix index, k string, e *ent) {
	g.nodes = append(g.nodes, node{e, ix[k]})
	ix[k] = int32(len(g.nodes))
}

// all yields every entity filed under k, in the order they were filed.
func (g *grouper) all(ix index, k string) iter.Seq[*ent] {
	return g.chain(ix, k, math.MaxInt)
}

// recent yields the last maxNear entities filed under k, oldest first.
func (g *grouper) recent(ix index, k string) iter.Seq[*ent] {
	return g.chain(ix, k, maxNear)
}

func (g *grouper) chain(ix index, k string, most int) iter.Seq[*ent] {
	return func(yield func(*ent) bool) {
		var buf [maxNear]*ent
		es := buf[:0]
		for n := ix[k]; n != 0 && len(es) < most; n = g.nodes[n-1].next {
			es = append(es, g.nodes[n-1].e)
		}
		for i := len(es) - 1; i >= 0; i-- {
			if !yield(es[i]) {
				return
			}
		}
	}
}

// form is a key with its words and its letters without spaces, split
// once: variants are compared with them many times.
type form struct {
	key, flat string
	words     []string
}

// prefix is the first four letters of k.
func prefix(k string) string { return firstLetters(k, 4) }

// clip is a word's first three letters: the shortest clipped name.
func clip(w string) string { return firstLetters(w, 3) }

func firstLetters(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// lastLetters is the last n letters of s, the twin of firstLetters.
func lastLetters(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// byKey finds the entity already named by key (of the kind, if given).
func (g *grouper) byKey(key, kind string) *ent {
	for e := range g.all(g.byKeys, key) {
		if kind == "" || e.kind == kind {
			return e
		}
	}
	return nil
}

func (g *grouper) byPlace(id string) *ent { return g.byPlaces[id] }

// bySurname finds the person whose full name ends in candidate i's one
// word; of several such people, the one named last before it, else the
// first named after it. But one named by their tie to another ("his
// daughter Morag Tollemache") is not the one the text calls by surname:
// it calls the person it is about so, and the other by first name
// ("Ewan Tollemache … Morag said … Tollemache himself").
func (g *grouper) bySurname(i int) *ent {
	cd := &g.c.cands[i]
	if len(cd.words) != 1 {
		return nil
	}
	refs := g.surnames[cd.words[0]]
	if len(refs) == 0 {
		return nil
	}
	k := sort.Search(len(refs), func(k int) bool { return refs[k].at >= cd.tok.Start })
	if k == 0 {
		return refs[0].e
	}
	if refs[k-1].part {
		// A whole surname named before wins over a part of another's:
		// "Vandermolen" is Rutger Vandermolen, not his daughter
		// Annelies Vandermolen-Ortiz named since.
		for j := k - 2; j >= 0; j-- {
			if !refs[j].part {
				return refs[j].e
			}
		}
	}
	last := refs[k-1].e
	if first := refs[0].e; first != last && g.tied(last) {
		return first
	}
	return last
}

// possessive reports a possessive pronoun at token k: "hans", "his".
func (c *collector) possessive(k int) bool {
	_, ok := c.pack.Possessive(c.low(k))
	return ok
}

// tied reports a person whose first mention follows a possessive and a
// noun, a comma between or not: named by their tie to another ("his
// daughter Morag Tollemache", "hendes advokat, Ole Dam").
func (g *grouper) tied(e *ent) bool {
	k := g.c.cands[e.cands[0]].tok.Start - 1
	if k >= 0 && g.c.tok(k) == "," {
		k--
	}
	return k >= 1 && g.c.isWord(k) && !g.c.d.Tokens[k].Is(segment.Cap) && g.c.possessive(k-1)
}

// particleSurname reports a surname with a family's particles before
// it, as a person named in full before is named again: "Van der Veen",
// "de la Fuente".
func (g *grouper) particleSurname(cd *cand) bool {
	n := len(cd.words)
	if n < 2 || n > 3 {
		return false
	}
	for _, w := range cd.words[:n-1] {
		if !nameIs(w, lang.Particle) || w == "of" || w == "&" {
			return false
		}
	}
	return true
}

// surnameVariant finds the one person named before in full whose
// surname candidate cd's one word misspells by one letter, as translated
// text does ("Bjørnsted" for Kristian Bjørnstad, "Strandburg" for Annika
// Strandberg). Only long surnames that are no patronymic: "Jansen" is
// not Hansen, nor a first name or a place.
func (g *grouper) surnameVariant(cd *cand) *ent {
	if len(cd.words) != 1 || cd.place != "" {
		return nil
	}
	w := strings.ToLower(cd.words[0])
	if utf8.RuneCountInString(w) < 8 || patronymic(w) || lexicon.IsFirstName(w) {
		return nil
	}
	var found *ent
	// Filed by its first letters and by its last, so that a letter
	// changed among either is found ("Hofmann-Scholz" for Wiebke
	// Hoffmann-Scholz).
	for _, k := range [2]string{prefix(w), suffixKey(w)} {
		for e := range g.recent(g.bySurStart, k) {
			for _, f := range e.forms {
				if n := len(f.words); n > 1 && oneEdit(strings.ToLower(f.words[n-1]), w) {
					if found != nil && found != e {
						return nil // two people it could be
					}
					found = e
				}
			}
		}
	}
	return found
}

// suffixKey is the key of a surname's last four letters, apart from
// the keys of first letters.
func suffixKey(w string) string { return "~" + lastLetters(w, 4) }

// byLastNames finds the person named before whose full name ends in
// the words of candidate i: "Lund Poulsen" for Troels Lund Poulsen,
// "Løkke Rasmussen" for Lars Løkke Rasmussen, "Hassan Møller" for Nadia
// Hassan Møller, whose second name is a given name too, where the full
// name opens with a first name as well (a text that names two people so
// alike tells them apart by their first names); not "Mette Holm" for a
// mention that glued a word before her name.
func (g *grouper) byLastNames(i int) *ent {
	cd := &g.c.cands[i]
	n := len(cd.words)
	if n < 2 {
		return nil
	}
	given := lexicon.IsFirstName(cd.words[0]) && !g.particleSurname(cd)
	refs := g.surnames[cd.words[n-1]]
	for k := len(refs) - 1; k >= 0; k-- {
		if refs[k].at >= cd.tok.Start {
			continue
		}
		for _, f := range refs[k].e.forms {
			if len(f.words) > n && slices.Equal(f.words[len(f.words)-n:], cd.words) && (!given || lexicon.IsFirstName(f.words[0])) {
				return refs[k].e
			}
		}
	}
	return nil
}

// byFirstName finds the one person whose full name opens with the known
// first name that is candidate cd's only word: features call people by
// first name once introduced ("Jason Priestley … Jason synes"). Nil when
// two people share it.
func (g *grouper) byFirstName(cd *cand) *ent {
	if len(cd.words) != 1 || !lexicon.IsFirstName(cd.words[0]) {
		return nil
	}
	return g.firstNames[cd.words[0]]
}

// byFamilyFirst finds the one person whose full name opens with cd's
// one word where that word is no known first name, nor a place's or a
// listed organisation's: a family name written first, as Chinese,
// Korean and Hungarian names are ("Zhou Jianguo … Zhou, der …"). Nil
// when two people share it.
func (g *grouper) byFamilyFirst(cd *cand) *ent {
	if len(cd.words) != 1 || cd.place != "" || cd.listed || lexicon.IsFirstName(cd.words[0]) || !g.c.uncommon(cd) {
		return nil
	}
	return g.firstNames[cd.words[0]]
}

// splitKnownPrefix reads "Alibaba Taobao Global" as the second name
// under the first's banner when both are named on their own elsewhere:
// its key becomes "taobao global".
func (g *grouper) splitKnownPrefix(strong []int) {
	single := map[string]bool{}
	for _, i := range strong {
		if cd := g.c.cands[i]; len(cd.words) == 1 {
			single[cd.key] = true
		}
	}
	for _, i := range strong {
		cd := &g.c.cands[i]
		if len(cd.words) > 1 && cd.kind() != Person && cd.place == "" && single[cd.words[0]] && single[cd.words[1]] {
			cd.words = cd.words[1:]
			cd.key = g.c.key(cd.words)
		}
	}
}

// orgFor finds the organisation (or other) candidate i names: the same
// key, the same name without its legal form ("Alibaba Group"), a longer
// name that starts with a known one ("Tmall Globale"), or a spelling
// variant ("Stadion Varer").
func (g *grouper) orgFor(i int) (*ent, string) {
	cd := &g.c.cands[i]
	if e := g.byKey(cd.key, ""); e != nil && e.kind != Person {
		return e, ""
	}
	words := cd.words
	if n := len(words); n > 1 && nameIs(words[n-1], lang.LegalForm) {
		// The bare name, even where a headline named it first and the
		// tagger read a person's first name in it ("Fine against
		// Aurelia … Aurelia Technologies"): a person is not named with
		// a legal form.
		if e := g.byKey(strings.Join(words[:n-1], " "), ""); e != nil && (e.kind != Person || g.allMentions(e, func(cd *cand) bool { return len(cd.words) == 1 })) {
			return e, "alias:legal-form"
		}
	}
	for n := len(words) - 1; n >= 1; n-- {
		if lexicon.IsOrgHead(words[n]) && !nameIs(words[n], lang.LegalForm) {
			break // "Horsens Kunstmuseum" is not Horsens
		}
		// A listed place's name with more words is something in or of
		// the place: "Næstved Handelsskole" is not Næstved.
		// (A name of one word the tagger read as a person's goes with
		// a company's name that opens with it and ends in a legal form:
		// "Humlebi … Humlebi Legetøj A/S".)
		if e := g.byKey(strings.Join(words[:n], " "), ""); e != nil && e.place == "" && ((e.kind == Person) == (cd.kind() == Person) ||
			companyForm(words[len(words)-1]) && g.allMentions(e, func(cd *cand) bool { return len(cd.words) == 1 })) && !sibling(e, words, n) {
			return e, "alias:extension"
		}
	}
	if e, how := g.variantOf(cd); e != nil {
		return e, how
	}
	// A clipped name: "the Fed" after "the Federal Reserve".
	if len(cd.words) == 1 && utf8.RuneCountInString(cd.key) >= 3 {
		for e := range g.recent(g.byClip, clip(cd.key)) {
			if e.kind == Person || e.place != "" {
				continue
			}
			for _, f := range e.forms {
				if first, _, more := strings.Cut(f.key, " "); more && len(first) > len(cd.key) && strings.HasPrefix(first, cd.key) {
					return e, "alias:clipped"
				}
			}
		}
	}
	if e := g.longerOf(cd); e != nil {
		return e, "alias:extension"
	}
	if e := g.headOf(cd); e != nil {
		return e, "alias:head"
	}
	if e := g.partOf(cd); e != nil {
		return e, "alias:part"
	}
	return nil, ""
}

// quiet leaves candidate i's scores out of its entity's pooled kind: a
// short form read alone ("Mærsk" in a headline) says less of what the
// entity is than its full name.
func (g *grouper) quiet(i int) { g.c.cands[i].scores = [5]float32{} }

// partOf finds the one organisation named before whose name ends in a
// hyphenated word whose last part is cd's one word: "Mærsk" for "A.P.
// Møller-Mærsk". Not the first part, which is often a surname too
// ("Møller").
func (g *grouper) partOf(cd *cand) *ent {
	if len(cd.words) != 1 || utf8.RuneCountInString(cd.key) < 4 {
		return nil
	}
	return g.sole(g.byPart, cd.key)
}

// sole returns the one entity filed under any of keys in ix, or nil
// when none is or several are: a word two names share names neither.
func (g *grouper) sole(ix index, keys ...string) *ent {
	var found *ent
	for _, k := range keys {
		for e := range g.recent(ix, k) {
			if found != nil && e != found {
				return nil
			}
			found = e
		}
	}
	return found
}

// headOf finds the one organisation named before whose name holds the
// body word that is cd's one word: "the Commission" after "the European
// Commission", "Rovers" after "Medway Rovers". Two such organisations make the word ambiguous.
func (g *grouper) headOf(cd *cand) *ent {
	if len(cd.words) != 1 || !bodyWord(cd.key) && !nameIs(cd.key, lang.ClubEnd) && (g.c.h.Lang != "da" || definiteStem(cd.key) == "") {
		return nil
	}
	if g.c.h.Lang != "da" {
		return g.sole(g.byHead, cd.key)
	}
	// A Danish body word alone is definite: "Rådet" for "Det Økonomiske
	// Råd", "Kommissionen" for "Europa-Kommissionen". A stem that is the
	// key itself is looked up once.
	keys := []string{cd.key}
	for _, suffix := range []string{"et", "en"} {
		if stem, ok := strings.CutSuffix(cd.key, suffix); ok {
			keys = append(keys, stem)
		}
	}
	return g.sole(g.byHead, keys...)
}

// bodyHeadOf returns the body word that ends compound w after three
// letters or a hyphen, or "": "kommissionen" of "Europa-Kommissionen",
// "rådet" of "Klimarådet".
func bodyHeadOf(w string) string {
	for k := 3; k+3 <= len(w); k++ {
		if w[k] == '-' {
			continue
		}
		if utf8.RuneStart(w[k]) && bodyWord(w[k:]) {
			return w[k:]
		}
	}
	return ""
}

// bodyWord reports a word that names a body by what it is, capitalised
// alone for the body the text names in full: "Commission", "Council",
// "Parliament", "Kommissionen".
func bodyWord(w string) bool {
	return nameIs(w, lang.Body) && !nameIs(w, lang.LegalForm)
}

// withLegalForm finds an organisation named before cd as cd's words and
// a legal form ("Tesla Inc.", "Acme A/S" for "Tesla", "Acme").
func (g *grouper) withLegalForm(cd *cand) *ent {
	for e := range g.recent(g.byFirst, cd.words[0]) {
		if len(e.cands) == 0 || g.c.cands[e.cands[0]].tok.Start > cd.tok.Start {
			continue
		}
		for _, f := range e.forms {
			n := len(cd.words)
			if len(f.words) == n+1 && slices.Equal(f.words[:n], cd.words) && nameIs(f.words[n], lang.LegalForm) {
				return e
			}
		}
	}
	return nil
}

// clubOf finds the sports club named with a club's letters before cd's
// words: "FC Midtjylland … Midtjylland vandt", "HC Vejlefjord". Not
// where something is in the place the club is named for ("borgerne i
// Midtjylland"), nor the town of a club named with its letters after
// ("Rudbjerg IF", whose town local news names as often as the club).
func (g *grouper) clubOf(cd *cand) *ent {
	if cd.in {
		return nil
	}
	for _, p := range clubForms() {
		if e := g.byKey(p+" "+cd.key, ""); e != nil {
			return e
		}
	}
	return nil
}

// clubForms are the letters of clubs' names in both languages.
var clubForms = sync.OnceValue(func() []string { return lang.For("").Names(lang.ClubForm) })

// longerOf finds an organisation named before with a longer name that
// cd's words begin: a known shorter name may come later ("Tidløs Hud
// Pleje" then "Tidløs", "Microsoft Corporation" then "Microsoft").
func (g *grouper) longerOf(cd *cand) *ent {
	for e := range g.recent(g.byFirst, cd.words[0]) {
		for _, f := range e.forms {
			if len(f.key) > len(cd.key) && f.key[len(cd.key)] == ' ' && strings.HasPrefix(f.key, cd.key) {
				return e
			}
		}
	}
	return nil
}

// sibling reports whether e already has a longer name than words[:n]
// that goes on otherwise than words do: "Hafnia Motor Sikring" beside
// "Hafnia Holding" and "Hafnia" is another company of one group, and
// "Apple Pay" beside "Apple Music" another product, not a longer name
// of the same one.
func sibling(e *ent, words []string, n int) bool {
	for _, f := range e.forms {
		if len(f.words) > n && len(words) > n && f.words[n] != words[n] && slices.Equal(f.words[:n], words[:n]) {
			return true
		}
	}
	return false
}

// variantOf finds a non-person entity whose name differs from cd's only
// by inflection or spelling ("Tidløst", "Alibi", "Stadion Varer"), or
// only by spaces ("Tidløs Hud Pleje" / "Tidløs Hudpleje"), or that cd
// abbreviates.
func (g *grouper) variantOf(cd *cand) (*ent, string) {
	flat := strings.ReplaceAll(cd.key, " ", "")
	for e := range g.recent(g.byStart, prefix(flat)) {
		if e.kind == Person || e.place != "" {
			continue
		}
		for _, f := range e.forms {
			switch {
			case f.flat == flat:
				return e, "alias:spacing"
			case sameShape(f.words, cd.words):
				return e, "alias:variant"
			}
		}
	}
	if len(cd.words) == 1 && g.c.d.Tokens[cd.tok.Start].Is(segment.AllCaps) {
		if e := g.spelledBy(cd.key, nil); e != nil {
			return e, "alias:acronym"
		}
	}
	if len(cd.words) == 1 && (g.c.d.Tokens[cd.tok.Start].Is(segment.AllCaps) || digitCode(g.c.tok(cd.tok.Start))) {
		if e := g.definedBefore(cd); e != nil {
			return e, "alias:acronym"
		}
	}
	return nil, ""
}

// definedBefore returns the organisation named just before acronym cd,
// which stands in brackets after it and holds its letters in order:
// "Den Europæiske Centralbank (ECB)", "Det Internationale Energiagentur
// (IEA)", whose compounds hide initials.
func (g *grouper) definedBefore(cd *cand) *ent {
	s := cd.tok.Start
	if g.c.tok(s-1) != "(" || g.c.tok(cd.tok.End) != ")" {
		return nil
	}
	k, ok := slices.BinarySearchFunc(g.c.cands, s-1, func(x cand, end int) int { return x.tok.End - end })
	if !ok {
		return nil
	}
	// A mention's kind is the tagger's guess in one sentence; a first
	// name tells a person ("Mette Frederiksen (S)" names her party).
	e, words := g.owner[k], g.c.cands[k].words
	for len(words) > 1 && lang.For("").Is(words[0], lang.Article) {
		words = words[1:]
	}
	if e == nil || e.place != "" || utf8.RuneCountInString(cd.key) < 2 || lexicon.IsFirstName(words[0]) {
		return nil
	}
	// Three or more capitals right after a name of several words define
	// its acronym even when another language's name spells them: "Den
	// Internationale Valutafond (IMF)". Not a place ("(USA)"), nor a
	// party's letters after a surname ("Holm (SF)").
	// So do a digit and capitals after a name of three words or more:
	// "Fagligt Fælles Forbund (3F)".
	if digitCode(g.c.tok(s)) && len(words) >= 3 {
		return e
	}
	if !spells(cd.key, words) && (len(words) < 2 || utf8.RuneCountInString(cd.key) < 3 || cd.place != "" || !g.c.d.Tokens[s].Is(segment.AllCaps)) {
		return nil
	}
	return e
}

// digitCode reports a short code of digits and capitals: "3F", "G7".
func digitCode(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	digit, upper := false, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'A' && r <= 'Z':
			upper = true
		default:
			return false
		}
	}
	return digit && upper
}

// spells reports whether the letters of acronym (lower case) are those
// of words in order, the first opening the first word: "ecb" in
// "europæiske centralbank".
func spells(acronym string, words []string) bool {
	name := strings.Join(words, "")
	for k, r := range acronym {
		at := strings.IndexRune(name, r)
		if at < 0 || k == 0 && at > 0 {
			return false
		}
		name = name[at+utf8.RuneLen(r):]
	}
	return acronym != ""
}

// sameShape reports names of as many words, each the same or a close
// variant, at least one word differing.
func sameShape(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := false
	for i := range a {
		if a[i] != b[i] {
			// In a name of several words, a long word may also differ by
			// one letter anywhere: "Gudme Raaschou" / "Gudme Rasschou".
			if !closeWords(a[i], b[i]) && !(len(a) > 1 && oneEdit(a[i], b[i])) || headed(a[i], b[i]) {
				return false
			}
			diff = true
		}
	}
	return diff
}

// headed reports two words of which one is the other and a word that
// ends places' or organisations' names: "Dalumvej" is no spelling of
// "Dalum", nor "Vestasfonden" of "Vestas".
func headed(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if !strings.HasPrefix(b, a) {
		return false
	}
	rest := b[len(a):]
	return nameIs(rest, lang.PlaceEnd) || lexicon.IsOrgHead(rest)
}

// oneEdit reports words of six letters or more that one letter changed,
// added, dropped or two letters swapped turn into each other.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 6 || len(rb) < 6 || len(ra)-len(rb) > 1 || len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && i < len(rb) && ra[i] == rb[i] {
		i++
	}
	j, k := len(ra), len(rb)
	for j > i && k > i && ra[j-1] == rb[k-1] {
		j, k = j-1, k-1
	}
	switch {
	case j-i <= 1 && k-i <= 1:
		return true // one letter changed, added or dropped
	case j-i == 2 && k-i == 2:
		return ra[i] == rb[i+1] && ra[i+1] == rb[i] // two letters swapped
	}
	return false
}

// closeWords reports words that share a long beginning: inflections and
// misspellings ("tidløs"/"tidløst", "stadion"/"stadium", "alibi"/"alibaba").
func closeWords(a, b string) bool {
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if d := na - nb; d > 3 || d < -3 {
		return false
	}
	p := 0 // runes in common at the start
	for i, j := 0, 0; i < len(a) && j < len(b); {
		ra, sa := utf8.DecodeRuneInString(a[i:])
		rb, sb := utf8.DecodeRuneInString(b[j:])
		if ra != rb {
			break
		}
		p++
		i, j = i+sa, j+sb
	}
	return p >= 4 && 10*p >= 7*min(na, nb)
}

// capsInitials is the initials of a candidate's words as the text writes
// them, where a word in capitals of two or three letters gives all of
// them: "FC Midtjylland" is "fcm", "FC København" "fck"; "" when no word
// is so written.
func (c *collector) capsInitials(cd *cand) string {
	caps := false
	for k := cd.tok.Start; k < cd.tok.End && !caps; k++ {
		caps = c.d.Tokens[k].Is(segment.AllCaps) && utf8.RuneCountInString(c.tok(k)) <= 3
	}
	if !caps {
		return ""
	}
	var key []string
	for k := cd.tok.Start; k < cd.tok.End; k++ {
		if !c.isWord(k) {
			continue
		}
		if w := c.low(k); c.d.Tokens[k].Is(segment.AllCaps) && utf8.RuneCountInString(w) <= 3 {
			for _, r := range w {
				key = append(key, string(r))
			}
		} else {
			key = append(key, w)
		}
	}
	return initials(strings.Join(key, " "))
}

func initials(key string) string {
	var b strings.Builder
	f := strings.Fields(key)
	if len(f) < 2 {
		return ""
	}
	for k, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) || w == "s" && k > 0 && (f[k-1] == "'" || f[k-1] == "’") {
			continue // a genitive inside the name: "Korean People's Army" is KPA
		}
		if w != "of" && w != "og" && w != "and" && w != "for" {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// noName is how much more, per mention, the tagger must score a group
// as no name than as its best kind for the group to be dropped.
const noName = 15

// oneWord reports whether all of e's mentions are one word.
func (g *grouper) oneWord(e *ent) bool {
	for _, i := range e.cands {
		if cd := &g.c.cands[i]; cd.tok.End-cd.tok.Start > 1 {
			return false
		}
	}
	return true
}

// supported reports whether the words of e, which the tagger found in
// none of its mentions, are a name by what the rules know: a body's
// name, a listed place, another form of it joined as an alias ("The
// Fed"), an organisation head at its end ("King's College"), a title
// before it, or a Danish place's compound head ("Rødehavet").
func (g *grouper) supported(e *ent, body bool) bool {
	// (A title or an office before it says a person: "Mines minister
	// Chileshe Mwamba".)
	if body || e.place != "" || len(e.aliases) > 0 || g.titled(e) {
		return true
	}
	for _, i := range e.cands {
		cd := &g.c.cands[i]
		// A title before it, an organisation's head or a body's word
		// ("the Met Office"), a noun for a place ("the village of
		// Kavos", "landsbyen Kavos"), a listed
		// organisation's name or, for an acronym, a phrase that names a
		// source ("ifølge DMI").
		if cd.titleLeft || len(cd.words) > 1 && (lexicon.IsOrgHead(cd.words[len(cd.words)-1]) || bodyWord(cd.words[len(cd.words)-1])) || clubNamed(cd) || cd.placed || cd.placeList || cd.sourced || cd.listed {
			return true
		}
		// A company's trade after a word no text writes in small letters:
		// "Northwind Shipping", "Kestrup Invest"; not "Global Energy
		// prices".
		if n := len(cd.words); n > 1 && nameIs(cd.words[n-1], lang.LegalForm) && !lexicon.InCorpus(g.c.h.Lang, cd.words[0]) {
			return true
		}
		// A Danish compound with a water's or a street's head, inside
		// its sentence: "uden om Rødehavet", "over Stillehavet".
		if len(cd.words) == 1 && !cd.weak && g.c.placeWord(cd.words[0]) {
			return true
		}
	}
	return false
}

// orgHeaded reports whether most mentions of e that end in an
// organisation's head word are ones the tagger decoded as an
// organisation: "Harvard University" beside "at Harvard".
func (g *grouper) orgHeaded(e *ent) bool {
	org, headed := 0, 0
	for _, i := range e.cands {
		cd := &g.c.cands[i]
		if n := len(cd.words); n > 1 && (lexicon.IsOrgHead(cd.words[n-1]) || orgHeadCompound(cd.words[n-1])) {
			headed++
			if int(cd.decoded) == orgType+1 {
				org++
			}
		}
	}
	return 2*org > headed
}

// unknownWord reports a one-word name that no word of the tagger's
// training text spells outside names, opening two sentences ("Tesla
// delivered fewer cars. Tesla's shares fell"): the tagger, never having
// seen it, may score it as no name.
func (g *grouper) unknownWord(e *ent) bool {
	weak := 0
	for _, i := range e.cands {
		cd := &g.c.cands[i]
		if !g.c.uncommon(cd) {
			return false
		}
		if cd.weak {
			weak++
		}
	}
	// One capital where no sentence asks for one is not enough: titles
	// and machine translation capitalise words ("Innovation"), and the
	// training text holds too few words to know them all.
	return weak > 1 && weak == len(e.cands)
}

// anyMention reports whether f holds for one of e's mentions.
func (g *grouper) anyMention(e *ent, f func(cd *cand) bool) bool {
	for _, i := range e.cands {
		if f(&g.c.cands[i]) {
			return true
		}
	}
	return false
}

// institution reports whether one of e's mentions is a single word
// ending in an institution's head: "Miljøstyrelsen", "Nationalbanken";
// "Bundesbank", "Sydbank".
func (g *grouper) institution(e *ent) bool {
	return g.anyMention(e, func(cd *cand) bool {
		return len(cd.words) == 1 && (hasOrgEnding(cd.words[0]) || orgHeadCompound(cd.words[0]))
	})
}

// orgCued says where nouns for an organisation stand beside e's
// mentions (cueBefore, cueAfter, cueOwns).
func (g *grouper) orgCued(e *ent) uint8 {
	var cue uint8
	for _, i := range e.cands {
		cue |= g.c.cands[i].orgCue
	}
	return cue
}

// nationalName reports whether a mention of e of two words or more opens
// with a nationality word, or with another adjective that is no first
// name ("Magiske Panda", "Grønne Hænder").
func (g *grouper) nationalName(e *ent) bool {
	return g.anyMention(e, func(cd *cand) bool {
		w := cd.words[0]
		return len(cd.words) > 1 && (lang.IsDemonym(w) || endsIn(w, lang.CommonEnd, 3) && !lexicon.IsFirstName(w))
	}) && !g.personNamed(e) // "Kristen Stewart": a first name that is a people's word too
}

// holder reports whether a mention of e is set off beside an office
// (collector.officeHolder), and none ends in an organisation's head, a
// body word or a place's end ("the chairman, Harbour Council,").
func (g *grouper) holder(e *ent) bool {
	return g.anyMention(e, func(cd *cand) bool { return cd.holder }) && !g.anyMention(e, func(cd *cand) bool {
		last := strings.ToLower(cd.words[len(cd.words)-1])
		return orgEnd(last) || nameIs(last, lang.PlaceEnd|lang.LegalForm)
	})
}

// titled reports whether a mention of e follows a title or a role, in
// its run of capitals ("Minister Ane Holm") or in small letters before it
// ("said minister Ane Holm"), and no mention of it is a listed place or
// ends as a body's, a place's or a company's name does.
func (g *grouper) titled(e *ent) bool {
	return g.anyMention(e, g.c.titledMention) && !g.anyMention(e, placeOrOrgWorded)
}

// placeOrOrgWorded reports a mention that is a listed place's or whose
// own words say a place or an organisation: what a title or an age
// before it does not make a person's.
func placeOrOrgWorded(cd *cand) bool {
	last := strings.ToLower(cd.words[len(cd.words)-1])
	return cd.place != "" || orgEnd(last) || nameIs(last, lang.PlaceEnd|lang.LegalForm) || nameIs(strings.ToLower(cd.words[0]), lang.PlaceStart)
}

// aged reports whether a mention of e is given an age, and none has an
// organisation's or a place's words (see titled).
func (g *grouper) aged(e *ent) bool {
	return g.anyMention(e, g.c.agedMention) && !g.anyMention(e, placeOrOrgWorded)
}

// listedStreet reports a mention read as a person's that a list of
// places took (collector.thirdPlace): a given name opens streets' names
// too ("Tippecanoe, Mitchell Street and Capitol").
func listedStreet(cd *cand) bool { return cd.placeList && int(cd.decoded) == perType+1 }

// allMentions reports whether every mention of e is as f says.
func (g *grouper) allMentions(e *ent, f func(*cand) bool) bool {
	for _, i := range e.cands {
		if !f(&g.c.cands[i]) {
			return false
		}
	}
	return true
}

// orgEnd reports a last word (lower case) that ends an organisation's
// or a body's name: "Bank", "Kunstmuseum", "Council".
func orgEnd(last string) bool {
	return lexicon.IsOrgHead(last) || orgHeadCompound(last) || bodyWord(last)
}

// placeEnded reports whether a mention of e of two words or more ends in
// a word that ends the names of streets, parks and waters ("Queen's
// Park", "Baker Street", "Carl Jacobsens Vej") or opens with one that
// opens them ("Lake Tahoe", "Place Pigalle"), and is not a first name
// and a surname ("Tom Bridge" is a person's).
func (g *grouper) placeEnded(e *ent) bool {
	return g.anyMention(e, func(cd *cand) bool {
		n := len(cd.words)
		last := strings.ToLower(cd.words[n-1])
		start := nameIs(strings.ToLower(cd.words[0]), lang.PlaceStart) && !orgEnd(last)
		return n > 1 && (nameIs(last, lang.PlaceEnd) || start || g.c.h.Lang == "da" && placeCompound(last) && !orgWord(cd.words[0])) && !(n == 2 && lexicon.IsFirstName(cd.words[0])) ||
			n == 1 && g.c.placeWord(last)
	}) && !g.personNamed(e) && !g.anyMention(e, func(cd *cand) bool {
		// A company's name holds a place's word ("Meridian Bay Capital"),
		// and its short form ends in it ("Meridian Bay").
		n := len(cd.words)
		return n > 2 && nameIs(cd.words[n-1], lang.LegalForm)
	})
}

// placeWord reports one word that is a place's name by its shape: a
// Danish compound with a place's head ("Rødehavet", "Slotsplads") or a
// town named with its river ("Stockton-on-Tees").
func (c *collector) placeWord(w string) bool {
	return c.h.Lang == "da" && placeCompound(w) || riverTown(w)
}

// riverTown reports a town named with the water or the place it stands
// on, joined by hyphens: "Stockton-on-Tees", "Stratford-upon-Avon",
// "Boulogne-sur-Mer".
func riverTown(w string) bool {
	for _, in := range [...]string{"-on-", "-upon-", "-under-", "-sur-"} {
		if a, b, ok := strings.Cut(w, in); ok && len(a) > 2 && len(b) > 2 {
			return true
		}
	}
	return false
}

// orgWord reports a word that names an organisation by its head or its
// ending ("Landboforeningen", "Kapitalhuset", "Bank"): a place's word
// after it ends the organisation's name ("Landboforeningen Limfjord").
func orgWord(w string) bool {
	return lexicon.IsOrgHead(w) || orgHeadCompound(w) || hasOrgEnding(w) || orgNoun(w) || endsIn(w, lang.OrgNounEnd, 0) || strings.HasSuffix(w, "huset")
}

// placeCompound reports a Danish compound of three letters or more and
// a word that ends places' names: "Gudenå", "Furesø", "Vesterbrogade",
// "Køgebugten", "Nørrebro". Danish writes these as one word, where
// English writes "Baker Street".
func placeCompound(w string) bool {
	return compoundOf(w, func(h string) bool { return nameIs(h, lang.PlaceEnd) })
}

// personNamed reports whether a mention of e is a first name and a
// surname: "Tom Bridge", "Kim Larsen".
func (g *grouper) personNamed(e *ent) bool {
	return g.anyMention(e, func(cd *cand) bool { return len(cd.words) == 2 && lexicon.IsFirstName(cd.words[0]) })
}

// middleNamed reports a first name, one or two middle names and a
// surname, each capitalised: "Torben Aagaard Sønderby".
func middleNamed(cd *cand) bool {
	n := len(cd.words)
	return (n == 3 || n == 4) && cd.tok.End-cd.tok.Start == n && lexicon.IsFirstName(cd.words[0])
}

// legalFormed reports whether a mention of e of two words or more ends in
// a legal form that only a company takes: an abbreviation ("Co.",
// "Inc", "A/S", "ApS"), not a word a body's name may end in too
// ("Group", "International", "Holding"), nor a two-letter one without
// its period ("co", "as" are words of running text too).
func (g *grouper) legalFormed(e *ent) bool {
	return g.anyMention(e, func(cd *cand) bool {
		n := len(cd.words)
		if n < 2 {
			return false
		}
		return companyForm(cd.words[n-1])
	})
}

// clubNamed reports a mention that a club's letters open or end: "FC
// Midtjylland", "Brøndby IF"; or a club's word ends after no given name:
// "Medway Rovers", "Holstebro Håndbold", not "Anne Cykling".
func clubNamed(cd *cand) bool {
	n := len(cd.words)
	if n < 2 {
		return false
	}
	return nameIs(cd.words[0], lang.ClubForm) || nameIs(cd.words[n-1], lang.ClubForm) ||
		nameIs(cd.words[n-1], lang.ClubEnd) && !(n == 2 && lexicon.IsFirstName(cd.words[0]))
}

// companyNamed reports whether e was named with a legal form that only
// a company takes ("Calder Pharmaceuticals plc"): its first word alone
// then is the company ("Calder said"), whatever the tagger reads.
func companyNamed(e *ent) bool {
	for _, f := range e.forms {
		if n := len(f.words); n > 1 && companyForm(f.words[n-1]) {
			return true
		}
	}
	return false
}

// companyForm reports a legal form that only a company takes (see
// legalFormed), in lower case: "plc", "inc.", "a/s".
func companyForm(w string) bool {
	return nameIs(w, lang.LegalForm) && (strings.ContainsAny(w, "./") || len(w) >= 3 && len(w) <= 4)
}

// located reports whether a mention of e says something is in it
// (the collector's located).
func (g *grouper) located(e *ent) bool {
	return g.anyMention(e, func(cd *cand) bool { return cd.located })
}

// addressed reports whether a mention of e is what a speaker's words
// were said to (collector.addressed).
func (g *grouper) addressed(e *ent) bool {
	return g.anyMention(e, func(cd *cand) bool { return cd.addressed })
}

// party reports whether a mention of e, other than a sentence's first
// word alone, names a political party ("Venstre" but not "Venstre side
// af vejen" at a sentence's start); a party's genitive opens a sentence
// too ("Enhedslistens klimaordfører").
func (g *grouper) party(e *ent) bool {
	return g.anyMention(e, func(cd *cand) bool {
		return (!cd.weak || g.c.genitiveOf(cd) || g.c.bracketed(cd)) && lang.For("").IsParty(cd.key)
	})
}

// bracketed reports a mention alone in brackets: "Saga Høyer-Malik
// (Enhedslisten)", where a party's name opens no sentence.
func (c *collector) bracketed(cd *cand) bool {
	s, e := cd.tok.Start, cd.tok.End
	return s > 0 && c.tok(s-1) == "(" && c.tok(e) == ")"
}

// firstNamed reports whether a mention of e opens with a known first
// name.
func (g *grouper) firstNamed(e *ent) bool {
	// (Not a family's particle the lists hold as a name too: "De
	// Volkskrant", "Van Gogh Museum".)
	return g.anyMention(e, func(cd *cand) bool { return lexicon.IsFirstName(cd.words[0]) && !nameIs(cd.words[0], lang.Particle) })
}

// tagged reports whether the tagger found a name in any of e's mentions.
func (g *grouper) tagged(e *ent) bool {
	return g.anyMention(e, func(cd *cand) bool { return cd.tagged })
}

// entities turns the groups into results, in order of first mention.
func (g *grouper) entities() []Entity {
	out := make([]Entity, 0, len(g.ents))
	mentions := make([]Mention, 0, len(g.c.cands))
	chains := map[string]string{}
	var rule []byte
	for _, e := range g.ents {
		sort.Ints(e.cands)
		// One entity, one kind: its mentions' scores pooled.
		var pool [5]float32
		for _, i := range e.cands {
			for k, v := range g.c.cands[i].scores {
				pool[k] += v
			}
		}
		k := best(pool)
		body := false
		for _, i := range e.cands {
			body = body || g.c.cands[i].body
		}
		// A town's name and a body's word is the town's body: "Odense
		// Byråd", "Østjyllands Politi", which the tagger reads as the
		// place it names.
		body = body || k == placeType && g.anyMention(e, func(cd *cand) bool {
			n := len(cd.words)
			_, town := placeOf(cd.words[:1])
			return n == 2 && town && bodyWord(strings.ToLower(cd.words[1]))
		})
		if body {
			// "Council for the Welfare of Immigrants", "Rådet for Socialt
			// Udsatte": a body's name, which the tagger, trained on
			// shorter names, scores as it scores the words it knows.
			k = orgType
		}
		// A name of several words that ends as a body's or an
		// organisation's, which the tagger read as a thing: "World
		// Health Organization", "the Pensions Regulator".
		// So does one read as a place no list holds that ends as a body's
		// ("Avon and Somerset Police"); not a region's ("Kurdistan
		// Region") nor a union's ("Soviet Union").
		head := !body && k != orgType && (g.orgHeaded(e) || k == otherType && g.anyMention(e, func(cd *cand) bool {
			n := len(cd.words)
			return n > 1 && orgEnd(strings.ToLower(cd.words[n-1]))
		}) || k != orgType && g.anyMention(e, func(cd *cand) bool {
			// A body word inside a name of three words or more: "Troms
			// Police District".
			n := len(cd.words)
			if n < 3 {
				return false
			}
			_, place := lexicon.Place(cd.words[n-1]) // "Research Council Norway" serves the country (countryBody)
			return !place && !lexicon.IsFirstName(cd.words[n-1]) && slices.ContainsFunc(cd.words[1:n-1], bodyWord)
		}) || k == placeType && e.place == "" && g.anyMention(e, func(cd *cand) bool {
			n := len(cd.words)
			return n > 1 && bodyWord(cd.words[n-1])
		}) || k == otherType && g.anyMention(e, func(cd *cand) bool {
			// A Danish institution's compound, then its region: "I
			// Landbrugsrådet Vest, der …".
			return len(cd.words) == 2 && hasOrgEnding(cd.words[0]) && !lexicon.IsFirstName(cd.words[0])
		}) || k == perType && g.anyMention(e, func(cd *cand) bool {
			// No surname is an institution's word in the definite form:
			// "Morten Børup Skolen", "Carl Nielsen Museet"; nor, after a
			// word that is no first name or in a name of three words or
			// more, a body's ("Somerset Council", "Costa Brava Hoteliers
			// Guild"; not Margaret Court).
			n := len(cd.words)
			last := strings.ToLower(cd.words[n-1])
			return n > 1 && (endsIn(last, lang.InstitutionEnd, 0) && !lexicon.IsFirstName(last) || bodyWord(last) && (!lexicon.IsFirstName(cd.words[0]) || n > 2))
		}))
		if head {
			k = orgType
		}
		// Common nouns before a country's name: "Water UK", "Finans
		// Danmark", "Arts Council England" serve the country, they are
		// no part of it.
		countryBody := k != orgType && !body && !head && e.place == "" && g.anyMention(e, g.c.countryBody)
		if countryBody {
			k = orgType
		}
		// Who speaks is a person or an organisation, not a thing nor a
		// place no list holds ("“It is over,” Jorun Aas told
		// reporters"): a name of several words a person's, of one an
		// organisation's.
		speaker := (k == otherType || k == placeType && e.place == "") && !body && !head && !g.party(e) && g.anyMention(e, func(cd *cand) bool { return cd.speaks })
		read := k // whether the words name anything is the tagger's reading's to say
		if speaker {
			k = orgType
			// (But one known by its initials is an organisation:
			// "Orwell Container Terminals (OCT)".)
			// Nor is a name that ends in a place's noun a person's:
			// "Dublin Airport said".
			if g.anyMention(e, func(cd *cand) bool { return len(cd.words) > 1 }) && !slices.Contains(e.aliases, "alias:acronym") &&
				!g.anyMention(e, func(cd *cand) bool {
					return nameIs(strings.ToLower(cd.words[len(cd.words)-1]), lang.PlaceNoun|lang.PlaceEnd)
				}) {
				k = perType
			}
		}
		// A name that ends in a legal form is a company's: "Boeing Co.",
		// "Pandora A/S", whatever the tagger reads in its first words;
		// and no person's name ends in a word such as "Group" or "Energy"
		// ("the utility Shannon Energy").
		// So is a sports club's, whose letters open or end it ("HC
		// Vejlefjord", "Wrexham AFC"), though the rest names a place.
		club := g.anyMention(e, clubNamed)
		legal := !body && !head && k != orgType && (g.legalFormed(e) || club || (k == perType || k == otherType || k == placeType && e.place == "") && g.anyMention(e, func(cd *cand) bool {
			// (A place no list holds ends in a trade too: "Mekong Pearl
			// Seafood"; not in "International", which ends airports'.)
			n := len(cd.words)
			return n > 1 && nameIs(cd.words[n-1], lang.LegalForm) && (k != placeType || cd.words[n-1] != "international")
		}))
		if legal {
			k = orgType
		}
		// A listed organisation's name (lexicon.IsOrganisation): its own
		// words say what it is, and it is one whatever else is read of
		// it (applied last, below).
		isListed := g.anyMention(e, func(cd *cand) bool { return cd.listed })
		// No person's name opens with a nationality word: "Danske
		// Regioner", "British Airways" (one before a person's name is
		// trimmed: "Danish Prime Minister Mette Frederiksen").
		national := k == perType && g.nationalName(e)
		if national {
			k = orgType
		}
		// English refers to a person with "who", never "which": a name
		// the tagger read as a person's and "which" refers to is the
		// best of its other kinds ("Zephyrine, which employs 21,000
		// people"), a listed place's or another. A known first name
		// keeps it a person's.
		which := k == perType && !g.firstNamed(e) && g.anyMention(e, g.c.whichAfter)
		if which {
			// A place no list holds is seldom read as a person; a
			// company often is.
			if k = bestOther(pool, perType); k == placeType && e.place == "" || k == otherType && slices.Contains(e.aliases, "alias:acronym") {
				k = orgType // nor a thing that goes by its initials ("Humber Container Terminals (HCT), which …")
			}
		}
		// And "who" to a person, whatever the tagger read of an unknown
		// given name: "Hadewych Claessens, who has run the museum",
		// unless the name's own words say otherwise.
		who := k != perType && !body && !head && !legal && !national && !isListed && !club && e.place == "" && g.anyMention(e, g.c.whoAfter)
		if who {
			k = perType
		}
		// Who holds an office is a person: "the union's president, Erin
		// Ariss", "Ann Lee, leader of the party", "a spokeswoman for the
		// State Department, Vedant Patel", unless the name reads as an
		// organisation's by its own words.
		// Words that make the name an organisation's by themselves.
		ownWords := body || head || legal || national || which || isListed || club
		holder := k != perType && !ownWords && g.holder(e)
		if holder {
			k = perType
		}
		// So is a name right after a title or a role: "Beskæftigelsesminister
		// Ane Holm", "Judge Karen O'Connor", unless its own words end as a
		// body's or a place's do ("Queen Elizabeth Hospital", "Prince
		// Edward Island").
		titled := k != perType && !ownWords && !holder && g.titled(e)
		if titled {
			k = perType
		}
		// So is a name given an age: "den 47-årige Žydrūnas
		// Kavaliauskas", "Ann Lee, 47,".
		aged := k != perType && !ownWords && !holder && g.aged(e)
		if aged {
			k = perType
		}
		// A given name and a double-barrelled surname: "Kwame
		// Asante-Boateng", "Olumide Ferreira-Banks", which the tagger
		// reads as a company's hyphenated name.
		double := k != perType && !ownWords && g.anyMention(e, g.c.doubleSurnamed)
		if double {
			k = perType
		}
		// A known first name and a surname of a family name's shape:
		// "Einar Þór Gunnarsson", "Oleksandr Kovalenko", "Anna
		// Nowakowska", which the tagger reads as an organisation's.
		surnamed := k != perType && !ownWords && !double && e.place == "" && g.anyMention(e, g.c.surnameShaped)
		if surnamed {
			k = perType
		}
		// Where an office is held is no person: "an analyst at Morgan
		// Stanley", "økonomidirektør i Royal Unibrew".
		// So is one the tagger read as a place no list holds: "an analyst
		// at Jefferies", "a professor at Harvard".
		// ("En bankdirektør i Rungsted": "i" and "in" say where too.)
		employer := (k == perType || k == placeType && e.place == "" && !g.anyMention(e, func(cd *cand) bool { return cd.in })) && !national && !holder && g.anyMention(e, func(cd *cand) bool { return cd.employer })
		if employer {
			k = orgType
		}
		// A side of a match in a match's report is a club or a team:
		// "Dunmore travel to Ashby Town", "Brøndby slog Randers 3-1",
		// "Kelburn host Wrexley" (where "host" is no title); not a
		// country, nor a player with a known first name.
		player := func(cd *cand) bool {
			n := len(cd.words)
			return lexicon.IsFirstName(cd.words[0]) && (n == 1 || !nameIs(cd.words[n-1], lang.PlaceNoun|lang.PlaceEnd))
		}
		fixture := !ownWords && !holder && (k == perType || k == placeType && !strings.HasPrefix(e.place, "T:")) && g.anyMention(e, func(cd *cand) bool { return cd.fixture }) && !g.anyMention(e, player)
		if fixture {
			k = orgType
		}
		// A name after a noun for a place is a place's: "byen Olovo",
		// "the town of Olovo".
		// (A dateline names the town a story was filed from, whatever
		// first name opens it: "ADA FOAH, Ghana —".)
		byNoun := g.anyMention(e, func(cd *cand) bool { return cd.placed })
		placed := k != placeType && !body && !head && !legal && !holder && !employer && (byNoun || g.anyMention(e, func(cd *cand) bool { return cd.placeList })) && (!g.personNamed(e) || g.anyMention(e, g.c.datelined) || g.anyMention(e, listedStreet)) && !g.orgHeaded(e)
		if placed {
			k = placeType
		}
		// Nor does one end in a street's or a park's word, nor an
		// organisation's: "Queen's Park", "Baker Street", "Holms Bro".
		// A Danish compound with a water's or a street's head ("Nordsøen",
		// "Østersøen") the tagger may also read as a thing.
		oneWord := k == otherType && g.allMentions(e, func(cd *cand) bool { return len(cd.words) == 1 && (g.c.h.Lang == "da" || riverTown(cd.words[0])) })
		placeEnd := (k == perType || k == orgType || oneWord) && !ownWords && !placed && g.placeEnded(e)
		if placeEnd {
			k = placeType
		}
		// A noun for an organisation beside a name the tagger took for a
		// place or a thing: "the newspaper Velora". A noun after the name
		// keeps one it scored as none ("Kyodo news agency"); one before
		// does not, as the name may begin a clause ("the company Musk
		// founded"). A person's name becomes an organisation's only by
		// what no person has ("Norvax's chief executive") or by a noun
		// before it that a mark ends ("tjenesten Weibo,"), and not one
		// with a first name ("Elon Musk's shares").
		tagged := g.tagged(e)
		cue := g.orgCued(e)
		// "The insurer Halberd Assist said": the noun before a name that
		// speaks is what the name is, whatever the tagger read.
		nounSpeaks := cue&cueBefore != 0 && !g.firstNamed(e) && g.anyMention(e, func(cd *cand) bool { return cd.speaks && cd.orgCue&cueBefore != 0 })
		if holder || titled || k == perType && !ownWords && (g.holder(e) || g.titled(e)) {
			// "den 63-årige ejendomsinvestor Meinhard Kjær. Selskabet
			// …": who holds an office is no company the next sentence
			// names.
			cue &^= cueRefer
		}
		if k == perType {
			keep := uint8(cueOwns | cueBeforeMark | cueAppos | cueKind | cueRefer)
			if nounSpeaks {
				keep |= cueBefore
			}
			// A noun after a name of several words, none a first name,
			// says what it is: "Venture Ledger magazine" ("a Murdoch
			// newspaper" is his).
			if !g.firstNamed(e) && g.allMentions(e, func(cd *cand) bool { return len(cd.words) > 1 }) {
				keep |= cueAfter
			}
			cue &= keep
			if g.firstNamed(e) {
				cue &= cueAppos // "Arla, a dairy cooperative": no person is one
			}
		}
		if body || head || !tagged && cue&(cueAfter|cueOwns|cueAppos|cueBeforeMark|cueKind|cueRefer) == 0 && !nounSpeaks {
			cue = 0
		}
		cued := cue != 0 && (k != orgType || !tagged)
		if cue != 0 {
			k = orgType
		}
		// A political party's name: "Venstre", "Enhedslisten", "Labour".
		party := !cued && g.party(e)
		if party {
			party = k != orgType || !tagged
			k = orgType
		}
		// A country is a place, as the result format has it, though it
		// acts as an organisation does ("North Korea fired shells"), and
		// some annotated text the tagger learned from calls it one.
		listedCountry := strings.HasPrefix(e.place, "T:")
		country := k == orgType && !body && !head && listedCountry
		if country {
			k = placeType
		}
		// A listed town the tagger scored as an organisation, where the
		// text says something is in it: "Politiet i Aarhus".
		located := k == orgType && !body && !head && !country && e.place != "" && g.located(e)
		// Nor is anyone in a name where something is: "fabrikken i Lem",
		// "the plant in Lem", unless a first name and more name it.
		located = located || k == perType && !body && !head && g.anyMention(e, func(cd *cand) bool { return cd.in }) &&
			!g.anyMention(e, func(cd *cand) bool { return len(cd.words) > 1 && lexicon.IsFirstName(cd.words[0]) }) &&
			!g.holder(e) // "forsker ved Aalborg Universitet, Yerlan Abenov": the office's holder
		if located {
			k = placeType
		}
		// A known first name alone, which the tagger read as a place no
		// list holds and nothing says something is in: a person
		// ("Susannes tanker").
		// So is a known first name and a surname that ends no place's
		// name ("The words came from Samira Haddad").
		// A listed place's name of several words is the place's, whatever
		// person the tagger read in a first name that opens it ("Ben
		// Nevis", "San José"), but where a title or an office says a
		// person.
		placeListed := k == perType && !holder && !g.anyMention(e, g.c.titledMention) && g.anyMention(e, func(cd *cand) bool { return len(cd.words) > 1 && cd.place != "" })
		if placeListed {
			k = placeType
		}
		// (A given name a list of places took, though the tagger read a
		// person, stays a place: "from Dublin, Cork and Shannon".)
		firstOnly := k == placeType && e.place == "" && !located && !placeEnd && !g.anyMention(e, func(cd *cand) bool { return cd.in || cd.placed || listedStreet(cd) }) && (g.allMentions(e, func(cd *cand) bool {
			return len(cd.words) == 1 && lexicon.IsFirstName(cd.words[0])
		}) || g.anyMention(e, g.c.givenAndSurname))
		if firstOnly {
			k = perType
		}
		// Who a speaker's words were said to ("told Bloomberg", "siger
		// hun til Politiken") is a person or an organisation; a listed
		// country stays a place ("told Britain").
		addressee := (k == placeType || k == otherType) && !listedCountry && g.addressed(e)
		if addressee {
			k = orgType
		}
		// Two words for parts of a land are a region: "the North West",
		// "Syd Vest"; no person's or body's name.
		compass := k != placeType && g.allMentions(e, func(cd *cand) bool {
			return len(cd.words) == 2 && nameIs(cd.words[0], lang.Compass) && nameIs(cd.words[1], lang.Compass)
		})
		if compass {
			k = placeType
		}
		// Two listed regions joined by a hyphen are one region:
		// "Lolland-Falster", "Schleswig-Holstein"; not two towns, which
		// name a route or a match ("Randers-Horsens").
		regions := k != placeType && !isListed && g.anyMention(e, regionPair)
		if regions {
			k = placeType
		}
		// An event's, a contest's or an award's name is a thing, whatever
		// the tagger read of the place or the organiser it holds
		// ("Copenhagen Marathon", "Nobelprisen", "Australian Open").
		// (Nor a person with middle names whose surname ends as an
		// event's word does: "Torben Aagaard Sønderby", "Sønderby".)
		stormed := g.anyMention(e, g.c.stormBefore)
		event := k != otherType && !isListed && (!g.personNamed(e) && !g.anyMention(e, middleNamed) || g.anyMention(e, stormNamed) || stormed) && (g.anyMention(e, eventNamed) || stormed)
		if event {
			k = otherType
		}
		// News names a few hundred companies, media and bodies often
		// ("Novo Nordisk", "Greenpeace"): a listed one no rule above
		// made an organisation is one.
		listed := isListed && k != orgType
		if listed {
			k = orgType
		}
		n := float32(len(e.cands))
		if (!tagged || k == otherType || k == placeType && e.place == "" || k == perType && !g.firstNamed(e) && !titled) && g.institution(e) {
			// "Sundhedsministeriet", "Nationalbanken": a Danish compound
			// with an institution's head is a name, which the tagger,
			// trained on a corpus that leaves most of them unmarked,
			// does not propose, or reads as a thing
			// ("Europa-Kommissionen"), as a place it knows nothing of
			// after "fra" or "i" ("analytiker fra Sydbank"), or as a
			// surname ("hæves af Sydbank"): no person is named so.
			k = orgType
		} else if !tagged && cue == 0 && !party && !g.supported(e, body) && pool[4]-pool[k] > noName*n && (!speaker || pool[4]-pool[read] > noName*n) &&
			!g.anyMention(e, g.c.shapedPerson) {
			// (A first name with a surname's shape is a name, tagged or
			// not: "PVH leader Ruud Hoekstra-Blom".)
			if !g.unknownWord(e) && !g.anyMention(e, func(cd *cand) bool { return cd.relative }) {
				continue // no name: capitalised common words, a heading
			}
			// News names a person in full first, and the surname alone
			// then joins them (alias:surname): a single unknown word that
			// opens sentences alone is a company's or a body's name, whose
			// kind the tagger, never having seen the word, cannot tell.
			k = orgType
			if w := g.c.cands[e.cands[0]].words[0]; lexicon.IsFirstName(w) || patronymic(w) {
				k = perType
			}
			e.rule += "+" + unseenRule
		}
		e.kind = classes[modelClass(k)].kind
		x := Entity{Kind: e.kind, Name: g.name(e)}
		// The rule chain, built in one buffer: a text's entities share a
		// few chains, each made into a string once.
		b := append(rule[:0], e.rule...)
		for _, r := range []struct {
			on   bool
			name string
		}{
			{body, bodyRule}, {head, headRule}, {legal, legalRule}, {national, nationalRule}, {which, whichRule}, {who, whoRule}, {speaker, speakerRule}, {listed, listedRule}, {event, eventRule}, {regions, regionsRule}, {holder, holderRule}, {titled, titledRule}, {aged, agedRule}, {firstOnly, firstOnlyRule}, {double, doubleRule}, {surnamed, surnameRule}, {employer, employerRule}, {fixture, fixtureRule}, {placed && byNoun, placeNounRule}, {placed && !byNoun, placeListRule}, {compass, compassRule}, {placeEnd, placeEndRule}, {placeListed, placeListedRule}, {g.anyMention(e, func(cd *cand) bool { return cd.part }), basedRule}, {country, countryRule}, {countryBody, countryBodyRule},
			{cued && cue&(cueBefore|cueAfter|cueBeforeMark|cueAppos|cueKind) != 0, cueRule},
			{cued && cue&cueOwns != 0, ownsRule}, {cued && cue&cueRefer != 0, referRule}, {party, partyRule}, {located, locatedRule}, {addressee, addresseeRule},
		} {
			if r.on {
				b = append(append(b, '+'), r.name...)
			}
		}
		for _, how := range uniq(e.aliases) {
			b = append(append(b, '+'), how...)
		}
		rule = b
		if x.Rule = chains[string(b)]; x.Rule == "" {
			x.Rule = string(b)
			chains[x.Rule] = x.Rule
		}
		// The mentions of all entities share one list.
		t := g.c.d.Tokens
		at := len(mentions)
		for _, i := range e.cands {
			cd := &g.c.cands[i]
			end := int(t[cd.tok.End-1].End)
			if cd.part {
				// "Chicago" of "Chicago-based", "New Zealand" of "New
				// Zealand-born": up to the last token's hyphen.
				last := t[cd.tok.End-1]
				end = int(last.Start) + strings.LastIndexByte(g.c.d.Text[last.Start:last.End], '-')
			}
			if k := cd.tok.End; k+1 < len(t) && g.c.genitiveMark(k) {
				// The genitive is the name's form, as Danish writes it in
				// one word ("Kinas"): "France's", "DBU's".
				end = int(t[k+1].End)
			}
			mentions = append(mentions, Mention{Start: int(t[cd.tok.Start].Start), End: end, Tok: cd.tok})
		}
		x.Mentions = mentions[at:len(mentions):len(mentions)]
		sort.Slice(x.Mentions, func(a, b int) bool { return x.Mentions[a].Start < x.Mentions[b].Start })
		out = append(out, x)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Mentions[0].Start < out[b].Mentions[0].Start })
	return out
}

// name is the fullest form the text gives: the mention with most words
// (for gazetteer places the most frequent), without a genitive ending, and in
// ordinary case when written in capitals.
func (g *grouper) name(e *ent) string {
	count := map[string]int{}
	best, bestScore := "", -1
	for _, i := range e.cands {
		cd := &g.c.cands[i]
		s := g.form(cd)
		count[s]++
		score := len(cd.words)*1000 + len(s)
		if e.place != "" {
			score = count[s]*1000 - i
		}
		if cd.weak {
			score -= 500
		}
		if score > bestScore {
			best, bestScore = s, score
		}
	}
	return best
}

// form is a candidate's written name: its words as the text has them,
// with a stripped genitive left off.
func (g *grouper) form(cd *cand) string {
	d := g.c.d
	first := cd.tok.Start
	if n := cd.tok.End - cd.tok.Start; n > len(cd.words) && !g.hasNickname(cd) {
		first = cd.tok.End - len(cd.words) // "Alibaba Taobao Global" named as "Taobao Global"
	}
	var s string
	if g.hasNickname(cd) {
		var parts []string
		for k := cd.tok.Start; k < cd.tok.End; k++ {
			if g.c.d.IsMark(k) {
				k += 2
				continue
			}
			parts = append(parts, g.c.tok(k))
		}
		s = strings.Join(parts, " ")
	} else {
		s = d.Text[d.Tokens[first].Start:d.Tokens[cd.tok.End-1].End]
	}
	lastTok := strings.ToLower(g.c.tok(cd.tok.End - 1))
	if lastWord := cd.words[len(cd.words)-1]; lastTok != lastWord && strings.HasPrefix(lastTok, lastWord) {
		s = s[:len(s)-(len(lastTok)-len(lastWord))] // a stripped genitive
	}
	if cd.allCaps {
		s = titleCase(s)
	}
	return s
}

func (g *grouper) hasNickname(cd *cand) bool {
	for k := cd.tok.Start; k < cd.tok.End; k++ {
		if g.c.d.IsMark(k) && k+2 < cd.tok.End && g.c.tok(k+2) == g.c.tok(k) {
			return true
		}
	}
	return false
}

func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	up := true
	for i, r := range rs {
		if up {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-'
	}
	return string(rs)
}

func uniq(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
