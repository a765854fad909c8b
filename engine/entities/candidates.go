package entities

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"kilde/engine/lang"
	"kilde/engine/lexicon"
	"kilde/engine/ner"
	"kilde/engine/segment"
)

// cand is one run of name words: a mention waiting for a kind and an
// entity.
type cand struct {
	tok       segment.Range // tokens of the mention
	words     []string      // lower-case words that name it (nicknames left out)
	weak      bool          // only a sentence's first word, or inside a title: needs support
	allCaps   bool          // written in capitals ("FRANCIS FORD COPPOLAS")
	titleLeft bool          // a title or honorific opened the run: "Sen. Elizabeth Warren"
	class     uint8         // index into classes: the kind and the rule that decided it
	scores    [5]float32    // the name tagger's score of each kind for these words, per word, and of no name
	tagged    bool          // the tagger found a name among these words
	decoded   int8          // the kind the tagger decoded for exactly these words, plus 1 (0: none)
	body      bool          // a body's name that goes on with "for", "on" or "mod", or holds a genitive: an organisation
	place     string        // place id from the gazetteer
	key       string        // grouping key
	orgCue    uint8         // where a noun for an organisation stands beside it (cueBefore, cueAfter, cueOwns)
	owner     bool          // a Danish genitive before a person of its own: "Venstres" of "Venstres Jakob Ellemann"
	addressed bool          // what a speaker said was said to it: "told Bloomberg", "siger hun til Politiken"
	located   bool          // a listed place after "in", "i": "Politiet i Aarhus"
	in        bool          // after "in", "i", and not in the genitive: "fabrikken i Lem"
	holder    bool          // beside an office, with a comma between: "the union's president, Erin Ariss", "Ann Lee, leader of …"
	employer  bool          // after an office and "at", "of", "i", "hos": "an analyst at Morgan Stanley", "direktør i Royal Unibrew"
	placed    bool          // after a noun for a place: "byen Olovo", "the town of Olovo"
	placeList bool          // untagged or read as a thing, next in a list after a place the tagger read: "from Aberdeen, Inverness and Sumburgh"
	sourced   bool          // an acronym after a phrase that names a source: "ifølge DMI", "according to NOAA"
	speaks    bool          // a speech verb's subject: "Tarvo Ilves said", "said Tarvo Ilves", "siger Tarvo Ilves"
	relative  bool          // one word no corpus knows, then a comma and a relative pronoun: "Veltro, which makes …", "Veltro, som laver …"
	listed    bool          // a listed organisation's name as the text writes it: "Novo Nordisk", "WHO"
	fixture   bool          // a side of a match, in a text that gives a match's result: "Dunmore travel to Ashby Town"
	part      bool          // the first part of its one token: "Chicago" of "Chicago-based"
}

// classes are the (kind, rule) pairs a candidate can get, so that each
// candidate holds a byte instead of two strings.
var classes = []struct{ kind, rule string }{
	{Person, "model"},
	{Org, "model"},
	{Place, "model"},
	{Other, "model"},
}

// modelClass is the class of the tagger's type k (PER, ORG, LOC, MISC).
func modelClass(k uint8) uint8 { return classOf(Person, "model") + k }

func classOf(kind, rule string) uint8 {
	for i, c := range classes {
		if c.kind == kind && c.rule == rule {
			return uint8(i)
		}
	}
	panic("entities: unlisted class " + kind + " " + rule) // a programming error, caught by the tests
}

func (cd *cand) kind() string { return classes[cd.class].kind }
func (cd *cand) rule() string { return classes[cd.class].rule }

type collector struct {
	d         *segment.Doc
	h         Hints
	pack      *lang.Pack        // the language's speech verbs
	titleCase []bool            // per token: inside a stretch written in title case
	demonyms  map[string]bool   // memo of demonym by token text
	company   []int8            // memo of opensWithCompany by sentence: 0 not asked, 1 no, 2 yes
	lows      map[string]string // interned lower-case tokens
	lowAt     []string          // each token's lower case, once asked for
	wordAt    []string          // each token as the tagger reads it, made a sentence at a time
	keys      map[string]string // interned grouping keys
	arena     []string          // backing store of the candidates' words
	cands     []cand
	tg        *ner.Tagger
	tgLang    string          // the pool tg came from
	tagged    int             // the sentence tagged last
	window    segment.Range   // the tokens of it tagged last
	names     []segment.Range // the names the tagger found in them
	types     []int           // and the type of each (ner.Types)
	caps      map[string]bool // the words in capitals the text writes (capsWords)
	initials  map[string]bool // the initials of runs of capitalised words (spellsRun)
	owned     map[string]bool // names joined by a hyphen to what only an organisation has (ownedNames)
	scored    int8            // whether the text gives a match's result: 0 not asked, 1 no, 2 yes (matchReport)
}

// tagger returns the name tagger, set up for this document.
func (c *collector) tagger() *ner.Tagger {
	if c.tg != nil {
		return c.tg
	}
	t, _ := taggers[c.model()].Get().(*ner.Tagger)
	if t == nil {
		t, _ = ner.New(c.model())
	}
	// One sentence's words at a time.
	t.DocumentSeq(len(c.d.Tokens), func(yield func([]string) bool) {
		for si := range c.d.Sentences {
			if !yield(c.sentence(si)) {
				return
			}
		}
	})
	c.tg = t
	return t
}

// taggers keeps idle taggers for reuse: a tagger's word cache is large
// beside a short text, and the pieces of a long one are many short texts.
var taggers = map[string]*sync.Pool{"da": {}, "en": {}}

// release returns the tagger, if one was made, for another document.
func (c *collector) release() {
	if c.tg != nil {
		c.tg.Forget()
		taggers[c.model()].Put(c.tg)
		c.tg = nil
	}
	// What Find returns holds none of these lists: the next document
	// fills them. Cleared first, so that they keep no text alive.
	clear(c.cands[:cap(c.cands)])
	clear(c.arena[:cap(c.arena)])
	clear(c.lowAt)
	clear(c.wordAt)
	spare.Put(&lists{c.cands[:0], c.arena[:0], c.titleCase[:0], c.lowAt[:0], c.wordAt[:0]})
	c.cands, c.arena, c.titleCase, c.lowAt, c.wordAt = nil, nil, nil, nil, nil
}

// lists are a collector's largest lists, kept in spare between documents:
// a long text is read in pieces, each a document.
type lists struct {
	cands     []cand
	arena     []string
	titleCase []bool
	lowAt     []string
	wordAt    []string
}

var spare sync.Pool

// model is the language of the tagger's model: the engine passes "da"
// or "en"; any other reads as English.
func (c *collector) model() string {
	if c.h.Lang == "da" {
		return "da"
	}
	return "en"
}

// sentence returns the words of sentence si as the tagger reads them,
// made once: the tagger reads a sentence to remember what the document
// says of its words, and again to tag it. A piece's words are a few tens
// of kilobytes of string headers at most.
func (c *collector) sentence(si int) []string {
	r := c.d.Sentences[si]
	if r.Start >= r.End || c.wordAt[r.Start] != "" {
		return c.wordAt[r.Start:r.End] // made before: the tagger reads each sentence twice
	}
	for k := r.Start; k < r.End; k++ {
		w := c.d.Tok(k)
		if k+1 < r.End && c.genitiveMark(k) {
			w = "'s" // the genitive as the tagger's training text writes it
		}
		if c.d.Tokens[k].Is(segment.Cap) {
			w = withoutApostrophe(w)
		} else if c.hyphenParticle(k) {
			// "al-Bashir" reads to the tagger as the training text most
			// often writes it, "Al-Bashir": a name word.
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		c.wordAt[k] = w
	}
	return c.wordAt[r.Start:r.End]
}

// withoutApostrophe returns a name written with an apostrophe between
// small letters without it: "Ndung'u" reads to the tagger, whose
// training text rarely spells names so, as "Ndungu" ("O'Connor" keeps
// its own). Other words come back as they are, without allocating.
func withoutApostrophe(w string) string {
	for a := 1; a < len(w); a++ {
		n := 0
		switch {
		case w[a] == '\'':
			n = 1
		case w[a] == 0xE2 && strings.HasPrefix(w[a:], "’"):
			n = len("’")
		default:
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w[a+n:]); unicode.IsLower(r) {
			return w[:a] + w[a+n:]
		}
		return w
	}
	return w
}

// tagAt runs the tagger over the window of the sentence that holds
// token i, unless it was the last one tagged, and returns the window's
// token range. A sentence of up to ner.MaxWindow words is one window;
// a longer one is tagged a bounded piece at a time. Candidates come in
// text order, so each window is tagged once.
func (c *collector) tagAt(i int) segment.Range {
	t := c.tagger()
	si := sort.Search(len(c.d.Sentences), func(k int) bool { return c.d.Sentences[k].End > i })
	if si == len(c.d.Sentences) {
		return segment.Range{Start: i, End: i}
	}
	r := c.d.Sentences[si]
	if si == c.tagged && c.window.Start <= i && i < c.window.End {
		return c.window
	}
	words := c.sentence(si)
	lo := 0
	if si == c.tagged && c.window.End <= i {
		lo = c.window.End - r.Start
	}
	hi := ner.Window(words, lo)
	for r.Start+hi <= i {
		lo, hi = hi, ner.Window(words, hi)
	}
	c.tagged, c.window = si, segment.Range{Start: r.Start + lo, End: r.Start + hi}
	c.names, c.types = c.names[:0], c.types[:0]
	for _, sp := range t.TagWindow(words, lo, hi) {
		c.names = append(c.names, segment.Range{Start: c.window.Start + sp.Start, End: c.window.Start + sp.End})
		c.types = append(c.types, sp.Type)
	}
	return c.window
}

// score keeps the tagger's scores of candidates from n on, which lie in
// window r, the one tagged last.
func (c *collector) score(n int, r segment.Range, tagged bool) {
	for ; n < len(c.cands); n++ {
		cd := &c.cands[n]
		cd.tagged = tagged
		s, e := max(cd.tok.Start, r.Start), min(cd.tok.End, r.End)
		if s >= e {
			continue
		}
		sc, none := c.tg.SpanScores(s-r.Start, e-r.Start)
		w := float32(e - s)
		for k := range sc {
			cd.scores[k] = sc[k] / w
		}
		cd.scores[4] = none / w
		// The tagger's decoded type of exactly these words weighs the
		// transitions into and out of the name too, which the word
		// scores leave out: it wins this mention's vote.
		for k, nm := range c.names {
			if nm == cd.tok {
				cd.decoded = int8(c.types[k] + 1)
				typ, top := c.types[k], float32(-1e30)
				for x := range 4 {
					if x != typ {
						top = max(top, cd.scores[x])
					}
				}
				cd.scores[typ] = max(cd.scores[typ], top+1/w)
			}
		}
	}
}

// addTagged adds run [i, j) as the tagger divides it: without the
// titles, bylines and next sentence's words at its edges that the tagger
// leaves out of a name, and split where a small lower-case word joins two
// names ("Mary Smith for Harbour Trust"). Numbers and marks at the edges
// stay ("TV 2", "Gateway ’17"), and so does a run the tagger finds no
// name in: the rules judge it.
func (c *collector) addTagged(i, j int) {
	if c.openingStop(i, j) {
		return
	}
	sent := c.tagAt(i)
	var in []segment.Range
	for k := 0; k < len(c.names) && c.names[k].Start < j; k++ {
		if c.names[k].End <= i {
			continue
		}
		r := segment.Range{Start: max(c.names[k].Start, i), End: min(c.names[k].End, j)}
		if n := len(in); n > 0 && (!c.joinWordIn(in[n-1].End, r.Start) || c.complementOf(in[n-1].End) && r.Start-in[n-1].End <= 2) {
			in[n-1].End = r.End
			continue
		}
		in = append(in, r)
	}
	// A name the tagger runs on through "for", "of" or "fra" after a
	// person's name is two: "Mary Smith for Harbour Trust Canada",
	// "Matthew Ingram of The Globe and Mail".
	for k := 0; k < len(in); k++ {
		r := in[k]
		for m := r.Start + 1; m < r.End-1; m++ {
			// "of" joins inside a place's or a body's name ("Bay of
			// Bengal", "House of Representatives"): it splits only after
			// a first name and a surname.
			// A title before it says a person as a first name does:
			// "Chief Inspector Rohan Mehta of Avon and Somerset Police".
			t := r.Start
			for t < m && c.titleAt(t) {
				t++
			}
			person := (lexicon.IsFirstName(c.low(t)) || t > r.Start) && m-t >= 2
			// Nor is a listed country or town one name with what follows
			// "for" ("dækket Kina for Wall Street Journal").
			join := c.joinWordIn(m, m+1)
			place := false
			if join && !person {
				_, place = placeOf(c.lowWords(r.Start, m))
			}
			if (join && (person || place || c.personAt(r.Start, m)) || c.tok(m) == "of" && person) && !c.bodyHead(m-1) {
				in = slices.Insert(in, k+1, segment.Range{Start: m + 1, End: r.End})
				in[k].End = m
				break
			}
		}
	}
	// An organisation's name and then a person's, with nothing between:
	// "viceformand i Landbrug & Fødevarer Poul Erik Bæk". A first name
	// and a surname after two or more words that hold no first name
	// start a name of their own.
	for k := 0; k < len(in); k++ {
		if m := c.personAfterName(in[k]); m > 0 {
			in = slices.Insert(in, k+1, segment.Range{Start: m, End: in[k].End})
			in[k].End = m
		}
	}
	for k := 0; k < len(in); k++ {
		if m := c.personOf(in[k]); m > 0 {
			// "Gebre Haileyesus of Ethiopia": a person, then where
			// they come from or work, a name of its own.
			in = slices.Insert(in, k+1, segment.Range{Start: m + 1, End: in[k].End})
			in[k].End = m
		}
	}
	if len(in) == 0 {
		n := len(c.cands)
		c.add(i, j)
		c.score(n, sent, false)
		return
	}
	for k := range in {
		// The tagger learned from text that splits "Jong - un"; the
		// syllable goes with the name it follows.
		for e := in[k].End; e < j && (k+1 == len(in) || e < in[k+1].Start) && c.syllableName(e); e++ {
			in[k].End = e + 1
		}
	}
	named := in[0].Start
	if !c.leadIn(i, in[0].Start) || c.articleOfName(i, j) {
		if m := c.personAfterName(segment.Range{Start: i, End: in[0].End}); m == in[0].Start && m > i {
			// "projektleder i COWI Aurelia Nakamura-Holm": the words
			// before the tagger's person name where they work.
			in = slices.Insert(in, 0, segment.Range{Start: i, End: m})
		} else if s := in[0].Start; c.personBeforeOf(i, s) {
			// "Dr. Rhiannon Pryce of Cardiff University": a person's
			// name before "of" and the tagger's name, where they work.
			in = slices.Insert(in, 0, segment.Range{Start: i, End: s - 1})
		} else {
			in[0].Start = i
		}
	}
	if n := len(in) - 1; c.personThenEmployer(in[n], j) {
		// "Emil Vestergaard-Holm of Velo Nord": the tagger's person,
		// then where they work, a name of its own.
		in = append(in, segment.Range{Start: in[n].End + 1, End: j})
	} else if c.surnameAfter(in[n], j) {
		// The tagger's person, with the surname it left out.
		for x := range c.names {
			if c.names[x] == in[n] {
				c.names[x].End = j
			}
		}
		in[n].End = j
	} else if !c.capsOnly(in[n].End, j) || companyForm(c.low(j-1)) || j-in[n].End <= 2 && (bodyWord(c.low(j-1)) || nameIs(c.low(j-1), lang.LegalForm)) {
		// Capitalised words the tagger left out stay out, but for a
		// legal form, a firm's trade or a body's word, which make the
		// whole run a company's or a body's name ("Halden Digital Ltd",
		// where the tagger saw the town; "Redwater Freight"; "Severn
		// Hospitals NHS Trust").
		in[n].End = j
	}
	for k, r := range in {
		n := len(c.cands)
		if k == 0 {
			// From the run's start, so that the words left out still
			// tell what stands before the name ("Sangeren Medina").
			c.addFrom(i, r.End, r.Start, named)
		} else {
			c.add(r.Start, r.End)
		}
		c.score(n, sent, true)
	}
}

// personOf returns where "of" stands in a name the tagger read as one,
// of whatever kind ("Pradeep Venkataraman of Venkataraman & Cole"),
// after two or three words of a name's shape (nameShapedRun) that open
// with no title or organisation's word, with capitalised words after it: the person is the words before it ("Gebre
// Haileyesus of Ethiopia"); a person's name holds no "of". Not "Bank of
// England", "Duke of Edinburgh". 0 when there is none.
func (c *collector) personOf(r segment.Range) int {
	if isTitle(c.low(r.Start)) || lexicon.IsOrgHead(c.low(r.Start)) {
		return 0
	}
	for m := r.Start + 2; m+1 < r.End; m++ {
		if c.tok(m) == "of" {
			if c.nameWord(m+1) && c.nameShapedRun(r.Start, m) {
				return m
			}
			return 0
		}
	}
	return 0
}

// personBeforeOf reports a run that, from i past its titles, holds two
// or three words of a name's shape (nameShapedRun) and then "of" right
// before the tagger's name at s.
func (c *collector) personBeforeOf(i, s int) bool {
	if s < 2 || c.tok(s-1) != "of" {
		return false
	}
	for i < s-1 && c.titleAt(i) {
		i++
	}
	return c.nameShapedRun(i, s-1)
}

// personThenEmployer reports a name of two words or more that the
// tagger read as a person's, then "of" or a word that joins a person to
// where they work, then capitalised words that end the run at j.
func (c *collector) personThenEmployer(r segment.Range, j int) bool {
	k := r.End
	if r.End-r.Start < 2 || k+1 >= j || c.typeAt(r.Start) != perType || !c.isWord(k) || c.d.Tokens[k].Is(segment.Cap) {
		return false
	}
	if c.tok(k) != "of" && !c.joinWordIn(k, k+1) {
		return false
	}
	return c.nameWord(k+1) && c.capsOnly(k+1, j)
}

// surnameAfter reports a one-word name the tagger read as a person's,
// and after it, ending the run at j, one capitalised word no list or
// corpus knows as a common word: the surname of a first name the tagger
// knew better ("said Tarvo Ilves"), not the next sentence's first word.
func (c *collector) surnameAfter(r segment.Range, j int) bool {
	if r.End-r.Start != 1 || j-r.End != 1 || !c.adjacent(r.Start) {
		return false
	}
	if c.typeAt(r.Start) != perType && !c.doubleBarrel(r.End) {
		// Whatever the tagger read in the first word, a surname of two
		// capitalised parts after it is one: "Shirin Jafari-Lund’s".
		return false
	}
	w := c.low(r.End)
	return !c.d.Tokens[r.End].Is(segment.AllCaps) && !lexicon.IsStop(c.h.Lang, w) && !lexicon.InCorpus(c.h.Lang, w) &&
		!nameIs(w, lang.NotName|lang.Common) && !isTitle(w)
}

// nameShapedRun reports two or three words of a name's shape at [i, j),
// none a common word the annotated text writes in small letters unless
// a known first name ("Rodel Macaraeg"; not "Red Cross", "Forestry
// Corps"), the last ending no organisation's or place's name.
func (c *collector) nameShapedRun(i, j int) bool {
	if j-i < 2 || j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if !nameShape(c.tok(k)) && !c.doubleBarrel(k) && !(k > i && k < j-1 && nameIs(c.low(k), lang.FamilyPrefix)) {
			return false
		}
		if w := c.low(k); lexicon.InCorpus(c.h.Lang, w) && !lexicon.IsFirstName(w) {
			return false
		}
	}
	last := c.low(j - 1)
	return !orgEnd(last) && !hasOrgEnding(last) && !nameIs(last, lang.PlaceEnd|lang.LegalForm)
}

// doubleBarrel reports a word of two capitalised parts joined by a
// hyphen, no listed place and not ending as organisations' or places'
// names do: a double surname ("Jafari-Lund", whose "Lund" is a town
// too), not "Schleswig-Holstein".
func (c *collector) doubleBarrel(k int) bool {
	a, b, ok := strings.Cut(c.tok(k), "-")
	if !ok || strings.Contains(b, "-") || !nameShape(a) || !nameShape(b) {
		return false
	}
	_, place := lexicon.Place(c.low(k))
	lb := strings.ToLower(b)
	return !place && !orgEnd(lb) && !nameIs(lb, lang.PlaceEnd|lang.LegalForm) && !lang.IsDemonym(lb)
}

// typeAt is the type of the tagger's name that holds token k in the
// window tagged last, or -1.
func (c *collector) typeAt(k int) int {
	for x, nm := range c.names {
		if nm.Start <= k && k < nm.End {
			return c.types[x]
		}
	}
	return -1
}

// speaks reports a name right before a speech verb, or right after one
// that does not take whom it addresses ("said Tarvo Ilves", "siger
// Tarvo Ilves"; not "told Bloomberg"): the one who speaks.
func (c *collector) speaks(cd *cand) bool {
	if k := cd.tok.End; c.smallWord(k) && c.pack.IsSpeechVerb(c.low(k)) {
		// Not where the speaker works: "Anna Smith of Avon and Somerset
		// Police said", "Lars Holm fra Novo Nordisk siger".
		b := cd.tok.Start - 1
		return !(c.smallWord(b) && c.pack.Is(c.low(b), lang.Employer|lang.Complement) && b > 0 && c.nameWord(b-1))
	}
	// English puts the verb first only after the quote ("…,” said
	// Ann Lee"); "you say Miramar" names what is said.
	k := cd.tok.Start - 1
	return c.smallWord(k) && c.pack.IsSpeechVerb(c.low(k)) && !c.pack.Is(c.low(k), lang.Addressee) &&
		(c.pack.VerbSecond || k > 0 && !c.isWord(k-1))
}

// relativeAfter reports a one-word name no corpus knows as a common
// word, then a comma and a relative pronoun: a name even where it opens
// a sentence ("Veltro, which makes wind turbines, …", "Veltro, som
// laver vindmøller, …").
func (c *collector) relativeAfter(cd *cand) bool {
	k := cd.tok.End
	return c.tok(k) == "," && c.smallWord(k+1) && c.pack.Is(c.low(k+1), lang.Clause) && !c.pack.Is(c.low(k+1), lang.Conjunction) && c.uncommon(cd)
}

// listedOrg reports a mention that is a listed organisation's name as
// the text writes it (lexicon.IsOrganisation).
func (c *collector) listedOrg(cd *cand) bool {
	t := c.d.Tokens
	raw := c.d.Text[t[cd.tok.Start].Start:t[cd.tok.End-1].End]
	if strings.ContainsAny(raw, "\n\t") || strings.Contains(raw, "  ") {
		raw = strings.Join(strings.Fields(raw), " ")
	}
	if lexicon.IsOrganisation(raw) {
		return true
	}
	// A listed name that goes on (see listedAt): "Nasdaq Copenhagen".
	return cd.tok.End-cd.tok.Start > 1 && c.listedAt(cd.tok.Start, cd.tok.End) == cd.tok.End
}

// addListed files a listed organisation's name, tokens [i, j), as one
// candidate, untrimmed, with the tagger's scores of its window.
func (c *collector) addListed(i, j int) {
	n := len(c.cands)
	w := c.tagAt(i)
	c.push(cand{}, i, j)
	c.score(n, w, c.taggedIn(i, j))
}

// taggedIn reports whether the tagger found a name among tokens [i, j)
// of the window tagged last.
func (c *collector) taggedIn(i, j int) bool {
	for _, nm := range c.names {
		if nm.Start < j && i < nm.End {
			return true
		}
	}
	return false
}

// listedAt returns the end of the longest listed organisation's name of
// at most five tokens from token i, on one line and before end, or i.
// One or two words after it that name a place or end organisations'
// names make the same organisation's longer name ("Nasdaq Copenhagen",
// "TV 2 Bornholm", "Novo Nordisk Foundation"); other words, or more, are
// another name's, left to the tagger ("Microsoft Search", "Apple CEO Tim
// Cook", "United Nations High Commissioner for Refugees").
// capsPlaceAt returns where a listed place's name of two to four words,
// all in capitals, that opens at i ends, or i.
func (c *collector) capsPlaceAt(i, end int) int {
	if !c.d.Tokens[i].Is(segment.AllCaps) || i+1 >= end || !c.d.Tokens[i+1].Is(segment.AllCaps) {
		return i
	}
	for m := min(i+4, end); m > i+1; m-- {
		if !c.capsRun(i, m) {
			continue
		}
		if _, ok := placeOf(c.lowWords(i, m)); ok {
			return m
		}
	}
	return i
}

func (c *collector) listedAt(i, end int) int {
	if !lexicon.OpensOrganisation(c.low(i)) {
		return i
	}
	t := c.d.Tokens
	for m := min(i+5, end); m > i; m-- {
		if !c.isWord(m - 1) {
			continue
		}
		raw := c.d.Text[t[i].Start:t[m-1].End]
		if strings.ContainsAny(raw, "\n\t") || !lexicon.IsOrganisation(raw) {
			continue
		}
		if m == i+1 && !(m < end && c.adjacent(i) && c.nameWord(m)) {
			return i // a one-word listed name alone is the tagger's to read ("Tesla")
		}
		k := m
		if channel(raw) {
			// A channel's region or programme: "TV 2 Sport", "TV2 Nord".
			for k < end && k-m < 2 && c.channelWord(k) {
				k++
			}
			return k
		}
		for k < end && k-m < 3 && c.adjacent(k-1) && c.nameWord(k) {
			_, place := lexicon.Place(c.low(k))
			if !place && !lexicon.IsOrgHead(c.low(k)) && !nameIs(c.low(k), lang.LegalForm) || lexicon.IsFirstName(c.low(k)) {
				return i // a product's name ("Microsoft Search"), a title's, a person's
			}
			k++
		}
		if k-m > 2 {
			return i
		}
		return k
	}
	return i
}

// listedBody reports tokens [i, k) that are a party's or a listed
// organisation's name.
func (c *collector) listedBody(i, k int) bool {
	t := c.d.Tokens
	return listedName(c.d.Text[t[i].Start:t[k-1].End])
}

// listedGenitive reports tokens [i, k) that, without the genitive s
// of the last, are a listed organisation's or a party's name.
func (c *collector) listedGenitive(i, k int) bool {
	t := c.d.Tokens
	return listedName(c.d.Text[t[i].Start : t[k-1].End-1])
}

// listedName reports a name on one line that is a listed organisation's
// or a party's, as the text writes it.
func listedName(raw string) bool {
	return !strings.ContainsAny(raw, "\n\t") && (lexicon.IsOrganisation(raw) || lang.For("").IsParty(strings.ToLower(raw)))
}

// whichAfter reports an English name that a comma and "which" follow:
// the clause is of a thing, not of a person.
func (c *collector) whichAfter(cd *cand) bool {
	k, s := cd.tok.End, cd.tok.Start
	// (Not after "by": "the documentary … by Sigfús Ragnarsson, which
	// follows" is of the work, the name its maker's.)
	return c.h.Lang == "en" && c.tok(k) == "," && c.smallWord(k+1) && c.low(k+1) == "which" && !(s > 0 && c.low(s-1) == "by")
}

// whoAfter reports an English name of two words or more that a comma
// and "who" follow: the clause is of a person ("Hadewych Claessens, who
// has run the museum"). Not one word: British English says it of a
// team ("Arsenal, who"), nor after an article ("The Rolling Stones,
// who"); and only when the first word is no common word, which British
// English says it of a body with ("Harbour Trust, who run the port").
func (c *collector) whoAfter(cd *cand) bool {
	k, s := cd.tok.End, cd.tok.Start
	return c.h.Lang == "en" && len(cd.words) > 1 && c.tok(k) == "," && c.smallWord(k+1) && c.low(k+1) == "who" &&
		!(s > 0 && c.pack.Is(c.low(s-1), lang.Article)) && !lexicon.InCorpus("en", cd.words[0]) && !lexicon.IsStop("en", cd.words[0])
}

// genitiveMark reports a mark at token k that, with the "s" right after
// it, makes the word before a genitive: the "’" of "HBO’s".
func (c *collector) genitiveMark(k int) bool {
	if k < 0 || k >= len(c.d.Tokens) || !c.d.Tokens[k].Is(segment.Apostrophe) || c.d.Tokens[k].Is(segment.SpaceAfter) {
		return false
	}
	t := c.tok(k + 1)
	return t == "s" || t == "S"
}

// openingStop reports a run [i, j) that is one stop word opening a
// sentence: "Det", "The", never a name.
func (c *collector) openingStop(i, j int) bool {
	return j-i == 1 && c.d.Tokens[i].Is(segment.Initial) && lexicon.IsStop(c.h.Lang, c.low(i)) && !c.acronym(i)
}

// joinWordIn reports, among tokens [a, b), a word that joins a person
// or a place to an organisation: "Mary Smith for Harbour Trust",
// "Lars Holm fra Danske Bank", not the "of" or "on" inside one name.
func (c *collector) joinWordIn(a, b int) bool {
	for k := a; k < b; k++ {
		if c.isWord(k) && !c.d.Tokens[k].Is(segment.Cap) && lang.For("").Is(c.low(k), lang.Employer) {
			return true
		}
	}
	return false
}

// capsOnly reports whether tokens [a, b) are all capitalised words of
// letters: the next sentence's first word, not "on Human Rights".
func (c *collector) capsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !c.isWord(k) || c.d.Tokens[k].Is(segment.Digit) || !c.d.Tokens[k].Is(segment.Cap) {
			return false
		}
	}
	return true
}

// leadIn reports whether tokens [a, b) are words a name's run can take
// in before the name: a sentence's first word ("Af Karen Holm") or a
// title ("Amtsborgmester Per Kaalund"), not a first name the tagger
// does not know, nor an acronym that opens the sentence ("FC
// Midtjylland vandt").
func (c *collector) leadIn(a, b int) bool {
	for k := a; k < b; k++ {
		if !c.isWord(k) || c.d.Tokens[k].Is(segment.Digit) || !c.d.Tokens[k].Is(segment.Initial) && !isTitle(c.low(k)) {
			return false
		}
		if c.acronym(k) && !c.titleAt(k) {
			return false
		}
		// A word that no annotated text writes outside names, and no
		// list knows, is the name's own ("Novo Nordisk oplyser"), but
		// not before a first name, where it describes or owns the person
		// ("Erfarne Ivan Nielsen", "OBs Johnny Hansen").
		if w := c.low(k); c.d.Tokens[k].Is(segment.Initial) && !isTitle(w) && !lexicon.IsStop(c.h.Lang, w) && !lexicon.InCorpus(c.h.Lang, w) &&
			!c.demonym(k) && utf8.RuneCountInString(w) > 2 && (!(c.nameWord(k+1) && lexicon.IsFirstName(c.low(k+1)) && !(c.doubleBarrel(k+1) && !c.nameWord(k+2))) || lexicon.IsFirstName(w)) {
			// (A first name in small letters is a particle: "Tomás de la
			// Fuente"; two joined by a hyphen that end the name are a
			// surname: "Folasade Adebayo-Clarke"; and a first name of
			// its own opens the name: "Aoife Gallagher".)
			return false
		}
		// A noun right before a body's head word is the body's name
		// ("Arts Council England", "Research Council Norway"), where
		// the tagger began the name at the head.
		if k == b-1 && c.d.Tokens[k].Is(segment.Initial) && c.adjacent(k) && nameIs(c.low(b), lang.Body) &&
			!lexicon.IsStop(c.h.Lang, c.low(k)) && !isTitle(c.low(k)) && !c.demonym(k) && !c.pack.Is(c.low(k), lang.Adverb) {
			return false
		}
	}
	return true
}

func newCollector(d *segment.Doc, h Hints) *collector {
	c := &collector{d: d, h: h, pack: lang.For(h.Lang), demonyms: map[string]bool{}, lows: map[string]string{}, keys: map[string]string{}}
	caps := 0
	for _, t := range d.Tokens {
		if t.Is(segment.Cap) {
			caps++
		}
	}
	// Sized for the usual share of capitalised words that open a name,
	// in the lists of an earlier document where they are large enough.
	l, _ := spare.Get().(*lists)
	if l == nil {
		l = &lists{}
	}
	c.cands, c.arena, c.titleCase = l.cands[:0], l.arena[:0], l.titleCase[:0]
	if cap(c.cands) < caps/2+1 {
		c.cands = make([]cand, 0, caps/2+1)
	}
	if cap(c.arena) < caps+1 {
		c.arena = make([]string, 0, caps+1)
	}
	if cap(c.titleCase) < len(d.Tokens) {
		c.titleCase = make([]bool, 0, len(d.Tokens))
	}
	c.titleCase = c.titleCase[:len(d.Tokens)]
	clear(c.titleCase)
	c.lowAt = l.lowAt[:0]
	if cap(c.lowAt) < len(d.Tokens) {
		c.lowAt = make([]string, 0, len(d.Tokens))
	}
	c.lowAt = c.lowAt[:len(d.Tokens)] // cleared by release
	c.wordAt = l.wordAt[:0]
	if cap(c.wordAt) < len(d.Tokens) {
		c.wordAt = make([]string, 0, len(d.Tokens))
	}
	c.wordAt = c.wordAt[:len(d.Tokens)] // cleared by release
	for _, r := range d.Sentences {
		// Chunks end at brackets and quote marks: a title in parentheses
		// or quotes is judged on its own.
		start := r.Start
		for i := r.Start; i <= r.End && i <= len(d.Tokens); i++ {
			if i == r.End || i == len(d.Tokens) || chunkEnd(d, i) {
				c.markTitle(start, i)
				start = i + 1
			}
		}
	}
	return c
}

func chunkEnd(d *segment.Doc, i int) bool {
	if d.Tokens[i].Kind != segment.Punct {
		return false
	}
	s := d.Tok(i)
	return s == "(" || s == ")" || s == "[" || s == "]" || d.IsMark(i)
}

// markTitle marks tokens [a, b) when they read as a title or headline:
// function words capitalised, or most words capitalised.
func (c *collector) markTitle(a, b int) {
	d := c.d
	capStops, caps, words := 0, 0, 0
	for i := a; i < b; i++ {
		t := d.Tokens[i]
		if t.Kind != segment.Word || t.Is(segment.Initial) || t.Is(segment.Digit) || t.Is(segment.AllCaps) {
			continue // words in capitals tell nothing either way
		}
		words++
		if t.Is(segment.Cap) && !t.Is(segment.AllCaps) && !c.startsName(i+1) {
			caps++ // runs of capitalised words count once: "Frank Lavin"
			if lexicon.IsStop("", d.Tok(i)) && !c.startsName(i+1) {
				capStops++
			}
		}
	}
	if capStops >= 2 || capStops == 1 && words >= 8 && 2*caps >= words {
		for i := a; i < b; i++ {
			c.titleCase[i] = true
		}
	}
}

// startsName reports a capitalised word that is no function word: a
// capitalised stop word before one starts a name ("Vil Gee", "Der Spiegel").
func (c *collector) startsName(i int) bool {
	return c.isWord(i) && c.d.Tokens[i].Is(segment.Cap) && !c.d.Tokens[i].Is(segment.Initial) && !lexicon.IsStop("", c.tok(i))
}

func (c *collector) tok(i int) string {
	if i < 0 || i >= len(c.d.Tokens) {
		return ""
	}
	return c.d.Tok(i)
}

// low returns token i in lower case, interned: a name repeated a
// thousand times costs one string.
func (c *collector) low(i int) string {
	if i < 0 || i >= len(c.lowAt) {
		return ""
	}
	if l := c.lowAt[i]; l != "" {
		return l // asked before: rules ask of the same words many times
	}
	t := c.d.Tok(i)
	l := t // already lower case: nothing to intern
	if !segment.LowerASCII(t) {
		var ok bool
		if l, ok = c.lows[t]; !ok {
			l = strings.ToLower(t)
			c.lows[t] = l
		}
	}
	c.lowAt[i] = l
	return l
}

func (c *collector) isWord(i int) bool {
	return i >= 0 && i < len(c.d.Tokens) && c.d.Tokens[i].Kind == segment.Word
}

// nameWord reports whether token i can be part of a name: a capitalised
// word without digits whose last hyphenated part is capitalised too.
func (c *collector) nameWord(i int) bool {
	if !c.isWord(i) {
		return false
	}
	t := c.d.Tokens[i]
	if !t.Is(segment.Cap) || t.Is(segment.Digit) {
		return c.hyphenParticle(i)
	}
	w := c.tok(i)
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		r, _ := utf8.DecodeRuneInString(w[k+1:])
		return unicode.IsUpper(r) || c.syllableName(i)
	}
	return true
}

// hyphenParticle reports a name word that opens with a particle in
// small letters and a hyphen: "al-Bashir", "el-Sayed".
func (c *collector) hyphenParticle(i int) bool {
	w := c.tok(i)
	// The particle has two or three letters: most words are ruled out
	// by the byte at those places, without a search or a look-up.
	k := 2
	if len(w) < 5 || w[k] != '-' {
		if k = 3; len(w) < 6 || w[k] != '-' {
			return false
		}
	}
	return nameIs(w[:k], lang.HyphenParticle) && nameShape(w[k+1:])
}

// syllableName reports a given name of two short syllables joined by a
// hyphen, the second in small letters, after or before a name word: "Kim
// Jong-un", "Shiu Ka-chun", "Hyun-woo Park". A longer or listed word after the hyphen makes a
// compound ("Novo-aktien", "Bank-chef", "Paris-based"), which is no name.
func (c *collector) syllableName(i int) bool {
	w := c.tok(i)
	k := strings.LastIndexByte(w, '-')
	if k < 1 {
		return false
	}
	head, tail := w[:k], w[k+1:]
	if strings.IndexByte(head, '-') >= 0 || utf8.RuneCountInString(head) > 5 || utf8.RuneCountInString(tail) > 5 || len(tail) < 2 {
		return false
	}
	for _, r := range tail {
		if !unicode.IsLower(r) {
			return false
		}
	}
	if isTitle(tail) {
		return false
	}
	p := i - 1
	if p >= 0 && c.adjacent(p) && c.isWord(p) && c.d.Tokens[p].Is(segment.Cap) && !lexicon.IsStop(c.h.Lang, c.low(p)) && !strings.Contains(c.tok(p), "-") {
		return true
	}
	// A given name before the family name: "Hyun-woo Park"; not a
	// compound of a place's or a common word ("Paris-based Marée").
	if _, place := lexicon.Place(strings.ToLower(head)); place || lexicon.InCorpus("en", tail) || lexicon.InCorpus("da", tail) {
		return false
	}
	n := i + 1
	return c.adjacent(i) && c.isWord(n) && c.d.Tokens[n].Is(segment.Cap) && !c.d.Tokens[n].Is(segment.AllCaps) && !strings.Contains(c.tok(n), "-") && !lexicon.IsStop(c.h.Lang, c.low(n))
}

// acronym reports a short word in capitals among words that are not:
// an acronym even when it spells a function word ("the WHO said", "US
// forces", "DE"), not a word of a headline written in capitals.
func (c *collector) acronym(i int) bool {
	t := c.d.Tokens[i]
	if !t.Is(segment.AllCaps) || len(c.tok(i)) < 2 || len(c.tok(i)) > 5 {
		return false
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if c.isWord(k) && c.d.Tokens[k].Is(segment.AllCaps) && len(c.tok(k)) > 1 {
			return false
		}
	}
	return true
}

// beforeOrgHead reports a word right before an organisation's head
// that is capitalised as a name's: machine translation writes "DANSKE
// Bank", whose first word is the name's too.
func (c *collector) beforeOrgHead(i int) bool {
	k := i + 1
	return c.adjacent(i) && c.isWord(k) && c.d.Tokens[k].Is(segment.Cap) && !c.d.Tokens[k].Is(segment.AllCaps) && lexicon.IsOrgHead(c.low(k))
}

// longCaps reports a word in capitals that is too long to be an acronym:
// in badly translated text such words are mostly ordinary words. Two
// acronyms joined by a hyphen are one ("AFL-CIO"), and so are capitals
// that spell the initials of a name the text writes ("NHTSA").
func (c *collector) longCaps(i int) bool {
	t := c.d.Tokens[i]
	if !t.Is(segment.AllCaps) || t.Is(segment.Abbrev) {
		return false
	}
	if c.spellsRun(c.tok(i)) {
		return false
	}
	for part := range strings.SplitSeq(c.tok(i), "-") {
		if n := utf8.RuneCountInString(part); n > 4 && !(n <= 7 && c.unknownCaps(part)) {
			return true
		}
	}
	return false
}

// capsWord reports a short Danish word in capitals that the annotated
// Danish text writes in small letters ("NYE", "KLAR"), as machine
// translation leaves them, and no name follows. Danish acronyms are
// letters no word spells ("DSB", "AGF"); English ones often do ("WHO",
// "NATO"), so this holds only for Danish.
func (c *collector) capsWord(i int) bool {
	w := c.tok(i)
	return c.h.Lang == "da" && c.d.Tokens[i].Is(segment.AllCaps) && !strings.Contains(w, "-") && utf8.RuneCountInString(w) >= 3 &&
		lexicon.InCorpus("da", c.low(i)) && !lexicon.IsOrganisation(w) && !(c.adjacent(i) && c.nameWord(i+1))
}

// unknownCaps reports a word in capitals that neither language's
// training text writes in small letters: an acronym spoken as a word
// ("UNICEF", "FRONTEX", "NASDAQ"), not a word machine translation
// capitalised ("DIREKTØR").
func (c *collector) unknownCaps(w string) bool {
	low := strings.ToLower(w)
	return !lexicon.InCorpus("da", low) && !lexicon.InCorpus("en", low) && !lang.IsDemonym(low)
}

// spellsRun reports whether w spells the initials of a run of
// capitalised words the text writes ("NHTSA" beside "National Highway
// Traffic Safety Administration"): an acronym, however long.
func (c *collector) spellsRun(w string) bool {
	if c.initials == nil {
		c.initials = map[string]bool{}
		var b strings.Builder
		flush := func() {
			// Every tail, as the run may open with a word of the
			// sentence's ("The National Highway …").
			for s := b.String(); utf8.RuneCountInString(s) >= 3; {
				c.initials[s] = true
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			b.Reset()
		}
		for k, t := range c.d.Tokens {
			switch {
			case t.Kind == segment.Word && t.Is(segment.Cap) && !t.Is(segment.AllCaps):
				r, _ := utf8.DecodeRuneInString(c.tok(k))
				b.WriteRune(r)
			case t.Kind == segment.Word && c.particle(k):
				// "Bank of England": the particle has no initial
			default:
				flush()
			}
		}
		flush()
	}
	return c.initials[w]
}

// commonPair reports Danish "og" at j between two words that the
// annotated text writes in small letters, each capitalised where no
// sentence begins and the second ending the run: one name of two common
// nouns ("Natur og Ungdom", "Børn og Unge"), which only a name
// capitalises in Danish; not two names ("Danske Bank og Nordea"), nor
// nationalities. English capitalises the words of titles and fields
// ("Linguistics and Philosophy"), which tell nothing.
func (c *collector) commonPair(j int) bool {
	if c.h.Lang != "da" || c.tok(j) != "og" || j < 1 || !c.adjacent(j-1) || !c.adjacent(j) {
		return false
	}
	a, b := j-1, j+1
	if c.d.Tokens[a].Is(segment.Initial) || !c.nameWord(b) || c.nameWord(b+1) && c.adjacent(b) || c.d.Tokens[a].Is(segment.AllCaps) || c.d.Tokens[b].Is(segment.AllCaps) {
		return false
	}
	common := func(k int) bool {
		w := c.low(k)
		return lexicon.InCorpus(c.h.Lang, w) && !lexicon.IsFirstName(w) && !c.known(w) && !lexicon.IsStop(c.h.Lang, w) && !c.demonym(k)
	}
	return common(a) && common(b)
}

// particlePair reports two particles of a person's name at i, the
// second an article ("van der", "de la", "von den"), each joined to the
// next word: "of" and "&" join a body's words, not a family's.
func (c *collector) particlePair(i int) bool {
	if !c.particle(i) || !c.particle(i+1) || !c.adjacent(i) || !c.adjacent(i+1) {
		return false
	}
	switch c.tok(i) {
	case "of", "&", "for", "on":
		return false
	}
	return true
}

func (c *collector) particle(i int) bool {
	w := c.tok(i)
	if w == "" || len(w) > 5 || (w[0] < 'a' || w[0] > 'z') && w[0] != '&' {
		return false // particles are short words in small letters: a quick no for the rest
	}
	if nameIs(w, lang.Particle) {
		return true
	}
	switch w {
	case "for":
		return c.h.Lang == "en" // "Office for National Statistics"
	case "da":
		return c.h.Lang == "en" // "Lula da Silva"; Danish "da" is "when"
	case "on":
		// "Commission on Human Rights", not "Trump on Monday"
		return c.h.Lang == "en" && c.bodyHead(i-1)
	}
	return false
}

// familyParticle reports a particle at i that only a family name holds
// ("van", "de", "bin"), not a word that joins an organisation's words
// too ("of", "for", "&").
func (c *collector) familyParticle(i int) bool {
	switch c.tok(i) {
	case "of", "for", "&":
		return false
	}
	return c.particle(i)
}

// complementOf reports a small word at i that carries an organisation's
// name on after a body word: "Council for the Welfare", "Rådet for
// Socialt Udsatte", "Bevægelsen mod Mafiaen" (not "Mary Smith for
// Harbour Trust", nor "Danske Bank for nylig").
func (c *collector) complementOf(i int) bool {
	switch c.tok(i) {
	case "for", "mod", "on", "of", "against":
		return c.bodyHead(i - 1)
	case "i":
		// "Retten i Glostrup": a Danish district court is named so.
		switch c.low(i - 1) {
		case "retten", "byretten", "boligretten", "skifteretten", "fogedretten":
			// a district court's parts too: "Boligretten i Odense" (not
			// the national "Sø- og Handelsretten")
			return c.nameWord(i + 1)
		}
		return false
	}
	return false
}

// complementIn reports a body's complement ("for", "of" after a body's
// head, or an English name's "for") among tokens [a, b).
func (c *collector) complementIn(a, b int) bool {
	for k := a; k < b; k++ {
		if c.complementOf(k) || c.tok(k) == "for" && c.particle(k) {
			return true
		}
	}
	return false
}

// innerGenitive returns how many tokens an English genitive inside an
// institution's or a place's name takes at token i (the apostrophe), or
// 0: "People's Army", "Children's Hospital", "Queen's Park" (a listed
// noun or a plural in -men, then a body or a place's end: "Scottish
// Fishermen's Federation"); a plural's bare apostrophe before
// a body: "Nurses' Association", "Officials' Union". Not "Apple's Tim
// Cook", nor "the Smiths' house".
func (c *collector) innerGenitive(i int) int {
	t := c.d.Tokens
	if c.h.Lang != "en" || i == 0 || i+1 >= len(t) || t[i].Is(segment.SpaceBefore) {
		return 0
	}
	// A plural's apostrophe, with a space after it, reads as a closing
	// quotation mark too.
	if w := c.tok(i); w != "'" && w != "’" {
		return 0
	}
	// A saint's name is a genitive's too: "St Paul’s Cathedral", "St.
	// Aidan's Hospital".
	saint := i >= 2 && nameIs(c.low(i-2), lang.Genitive) && c.nameWord(i-1) && c.adjacent(i-2)
	if i+2 < len(t) && t[i].Is(segment.Apostrophe) && (nameIs(c.low(i-1), lang.Genitive) || saint || strings.HasSuffix(c.low(i-1), "men")) && !t[i+1].Is(segment.SpaceBefore) && c.tok(i+1) == "s" &&
		c.adjacent(i+1) && c.nameWord(i+2) && (c.bodyHead(i+2) || nameIs(c.low(i+2), lang.PlaceEnd)) {
		return 3
	}
	if strings.HasSuffix(c.tok(i-1), "s") && t[i+1].Is(segment.SpaceBefore) && c.adjacent(i) && c.nameWord(i+1) && c.bodyHead(i+1) {
		return 2
	}
	return 0
}

// genitiveBody reports a genitive inside a body's name at token k
// (innerGenitive) that a place's end does not close: "People's Army",
// not "Queen's Park".
func (c *collector) genitiveBody(k int) bool {
	n := c.innerGenitive(k)
	return n > 0 && !nameIs(c.low(k+n-1), lang.PlaceEnd)
}

// suspendedHyphen reports a hyphen at token j that ends a word, then
// "og", "eller", "and" or "or" and an institution's name word: a
// compound whose end the next word gives ("Børne- og
// Undervisningsudvalget", "Skole- og Kulturforvaltningen", "Nord- og
// Midtjyllands Politi"); not a common noun ("Danmarks- og Norgeskortet").
func (c *collector) suspendedHyphen(j int) bool {
	t := c.d.Tokens
	if j+2 >= len(t) || c.tok(j) != "-" || t[j].Is(segment.SpaceBefore) || !t[j+1].Is(segment.SpaceBefore) || !c.adjacent(j) || !c.adjacent(j+1) {
		return false
	}
	switch c.tok(j + 1) {
	case "og", "eller", "and", "or":
		head := func(k int) bool {
			w := c.low(k)
			return c.nameWord(k) && (hasOrgEnding(w) || bodyWord(w) || lexicon.IsOrgHead(w))
		}
		// The head may be the word after the compound: "Syd- og
		// Sønderjyllands Politi".
		return head(j+2) || c.nameWord(j+2) && c.adjacent(j+2) && head(j+3)
	}
	return false
}

// suspendedList returns the end of compounds whose end the last word
// gives, from the hyphen at token j: "Børne- og Undervisningsudvalget",
// "Klima-, Energi- og Forsyningsministeriet"; 0 when none starts there.
func (c *collector) suspendedList(j int) int {
	t := c.d.Tokens
	for n := 0; n < 4 && j+3 < len(t); n++ {
		if c.suspendedHyphen(j) {
			return j + 3
		}
		// A hyphen, a comma, and the next compound's first word with its
		// own hyphen.
		if c.tok(j) != "-" || t[j].Is(segment.SpaceBefore) || c.tok(j+1) != "," || !c.nameWord(j+2) || c.tok(j+3) != "-" || t[j+3].Is(segment.SpaceBefore) {
			return 0
		}
		j += 3
	}
	return 0
}

// listInComplement returns the end of a list of name words after a
// comma at token j inside a body's complement ("Department for
// Environment, Food and Rural Affairs"): items of one to three name
// words, parted by commas, the last after "and" or "og"; 0 when the
// comma ends the name.
func (c *collector) listInComplement(i, j int) int {
	if c.tok(j) != "," || !c.complementIn(i, j) {
		return 0
	}
	k := j + 1
	for items := 0; items < 5; items++ {
		n := 0
		for n < 3 && c.nameWord(k) {
			k++
			n++
		}
		if n == 0 {
			return 0
		}
		switch c.tok(k) {
		case ",":
			k++
			continue
		case "and", "og":
			e := k + 1
			for e < k+4 && c.nameWord(e) {
				e++
			}
			if e == k+1 {
				return 0
			}
			return e
		}
		return 0
	}
	return 0
}

// bodyAfterAnd returns the end of one to three name words after the
// "and" at token j that end in a body word ("and Energy Directorate"),
// where the word before "and" is none; else 0.
func (c *collector) bodyAfterAnd(j int) int {
	if j == 0 || bodyWord(c.low(j-1)) || lexicon.IsOrgHead(c.low(j-1)) {
		return 0
	}
	for k := j + 1; k <= j+4 && c.nameWord(k); k++ {
		if bodyWord(c.low(k)) && !c.nameWord(k+1) {
			return k + 1
		}
		if g := c.innerGenitive(k + 1); g > 0 {
			// "Transport and Dock Workers’ Union": a body's head after a
			// genitive plural.
			return k + 1 + g
		}
		if !c.adjacent(k) {
			break
		}
	}
	return 0
}

// articleThenName reports "the Welfare", "de Forenede": an article and a
// name word, adjacent, from token i.
func (c *collector) articleThenName(i int) bool {
	switch c.tok(i) {
	case "the", "de", "den", "det":
		return c.adjacent(i-1) && c.adjacent(i) && c.nameWord(i+1)
	}
	return false
}

// bodyHead reports whether token i ends the name of a body or an
// institution: a body word of the language packs or an organisation head.
func (c *collector) bodyHead(i int) bool {
	return i >= 0 && c.isWord(i) && (lexicon.IsOrgHead(c.low(i)) || nameIs(c.low(i), lang.Body))
}

// adjacent reports whether tokens i and i+1 are on the same line with
// nothing but space between them.
func (c *collector) adjacent(i int) bool {
	return i+1 < len(c.d.Tokens) && !c.d.Tokens[i+1].Is(segment.NewlineBefore)
}

// dateline returns the end of a dateline's town at token i, written in
// capitals at a line's start and followed by its country and the date or
// the agency in parentheses, or a dash ("IMMINGHAM, England (Dec 7) –",
// "KØBENHAVN (Ritzau) –"); 0 when none is there.
func (c *collector) dateline(i int) int {
	if i > 0 && !c.d.Tokens[i].Is(segment.NewlineBefore) {
		return 0
	}
	j := i
	for j < i+3 && c.isWord(j) && c.d.Tokens[j].Is(segment.AllCaps) && utf8.RuneCountInString(c.tok(j)) > 2 && c.adjacent(j) {
		j++
	}
	if j == i || !c.longCaps(j-1) && j-i == 1 && utf8.RuneCountInString(c.tok(i)) < 4 {
		return 0
	}
	k := j
	country := c.tok(k) == "," && c.nameWord(k+1)
	if country {
		for k++; k < j+5 && c.nameWord(k); k++ {
		}
	}
	switch c.tok(k) {
	case "(", "-", "–", "—":
		// Without its country, only a listed town: not "BREAKING NEWS –".
		if _, place := placeOf(c.lowWords(i, j)); country || place {
			return j
		}
	}
	return 0
}

// matchReport reports whether the text gives a match's result: two
// whole numbers of one or two digits joined by a hyphen or a dash, the
// second not above the first ("3-1", "34–27"; a range rises: "10-15").
func (c *collector) matchReport() bool {
	if c.scored == 0 {
		c.scored = 1
		for i, t := range c.d.Tokens {
			if t.Kind != segment.Word || !t.Is(segment.Digit) {
				continue
			}
			a, b, ok := strings.Cut(c.tok(i), "-")
			if !ok && i+2 < len(c.d.Tokens) && (c.tok(i+1) == "–" || c.tok(i+1) == "-") && !c.d.Tokens[i+1].Is(segment.SpaceBefore) && !c.d.Tokens[i+2].Is(segment.SpaceBefore) {
				a, b, ok = c.tok(i), c.tok(i+2), true
			}
			if ok && isScore(a, b) {
				c.scored = 2
				break
			}
		}
	}
	return c.scored == 2
}

// isScore reports two sides of a result: "3" and "1", "34" and "27".
func isScore(a, b string) bool {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	return errA == nil && errB == nil && len(a) <= 2 && len(b) <= 2 && y <= x
}

// fixture reports a name beside a match's verb with the other side past
// it: "Dunmore travel to Ashby Town", "Everton lost 1-2 to Fulham",
// "Brøndby slog Randers", in a text that gives a match's result.
func (c *collector) fixture(cd *cand) bool {
	if !c.matchReport() {
		return false
	}
	// between: the words a verb and a side may have between them ("to",
	// "uafgjort mod", a result).
	between := func(k int) bool {
		return c.isWord(k) && !c.d.Tokens[k].Is(segment.Cap) || c.tok(k) == "-" || c.tok(k) == "–"
	}
	if k := cd.tok.End; c.smallWord(k) && c.pack.Is(c.low(k), lang.Fixture) {
		for j := k + 1; j <= k+4 && j < len(c.d.Tokens); j++ {
			if c.nameWord(j) {
				return true
			}
			if !between(j) {
				break
			}
		}
	}
	for k := cd.tok.Start - 1; k >= 1 && k >= cd.tok.Start-4; k-- {
		if c.smallWord(k) && c.pack.Is(c.low(k), lang.Fixture) {
			return c.nameWord(k - 1)
		}
		if !between(k) {
			break
		}
	}
	return false
}

// sourceWord reports a word that names a source on its own: "ifølge",
// "according" (cues.txt's source phrases of one word).
func (c *collector) sourceWord(w string) bool {
	for _, ph := range c.pack.PhrasesFrom(lang.Source, w) {
		if len(ph) == 1 {
			return true
		}
	}
	return false
}

// candidates collects the runs of name words, paragraph by paragraph.
func (c *collector) candidates() {
	c.tagged = -1
	for p, para := range c.d.Paras {
		if c.h.Skip != nil && c.h.Skip(p) {
			continue
		}
		for i := para.Start; i < para.End; {
			if m := c.capsPlaceAt(i, para.End); m > i {
				// "GRAND RAPIDS, Mich. —", "THE HAGUE, Netherlands —": a
				// listed place of several words in capitals, a dateline's,
				// whatever its first word would be alone ("THE" is the
				// place's own: not trimmed as a sentence's article).
				c.push(cand{}, i, m)
				i = m
				continue
			}
			if m := c.dateline(i); m > 0 {
				// "IMMINGHAM, England (Dec 7) –": the town the story was
				// filed from, in capitals.
				c.add(i, m)
				i = m
				continue
			}
			if c.basedPlace(i) {
				i++
				continue
			}
			if c.nameWord(i) && c.adjacent(i) && !strings.ContainsRune(c.tok(i), '-') {
				if h := c.basedHead(i + 1); h != "" {
					if _, ok := lexicon.Place(c.low(i) + " " + h); ok && c.basedPlace(i+1) {
						i += 2 // "New Zealand-born": the place opens the run
						continue
					}
				}
			}
			if c.isWord(i) && c.d.Tokens[i].Is(segment.Digit) && lexicon.IsOrganisation(c.tok(i)) {
				// A listed name with a digit, which no run of name
				// words holds: "3F", and a channel's region or
				// programme after it: "TV2 Nord".
				m := i + 1
				for channel(c.tok(i)) && m < para.End && m-i < 3 && c.channelWord(m) {
					m++
				}
				c.addListed(i, m)
				i = m
				continue
			}
			if c.isWord(i) && !c.d.Tokens[i].Is(segment.Cap) && camelCase(c.tok(i)) {
				// "easyJet", "eBay": a brand's name in small letters, a
				// word of its own that needs support (weak).
				c.add(i, i+1)
				if n := len(c.cands); n > 0 && c.cands[n-1].tok.Start == i {
					c.cands[n-1].weak = true
				}
				i++
				continue
			}
			if !c.nameWord(i) || (c.longCaps(i) && !lexicon.IsFirstName(c.tok(i)) && !c.known(c.low(i)) && !c.beforeOrgHead(i)) || c.capsWord(i) || c.currencyPrefix(i) || partyTag(c.tok(i)) {
				i++
				continue
			}
			if m := c.listedAt(i, para.End); m > i {
				// A listed organisation's name is one name, however
				// its words would be run or trimmed ("Procter &
				// Gamble", "S&P Global").
				c.addListed(i, m)
				i = m
				continue
			}
			if c.tok(i) == "The" && c.adjacent(i) {
				if m := c.listedAt(i+1, para.End); m > i+1 {
					// "The European Commission said it …": English "The"
					// is no part of the listed name, where Danish "Den"
					// may be ("Den Danske Bank").
					c.addListed(i+1, m)
					i = m
					continue
				}
			}
			if m := c.coupleNamed(i, para.End); m > i {
				n := len(c.cands)
				c.add(i, m)
				if len(c.cands) > n {
					c.cands[n].body = true // no person's name ends in "Fond"
				}
				i = m
				continue
			}
			j := c.taggedEnd(i, c.run(i, para.End), para.End)
			c.addTagged(i, j)
			i = j
		}
	}
	c.spellOut()
	c.dropCommonWords()
}

// coupleNamed returns the end of a body named after a couple, which
// opens at token i: a given name, "og" or "and", and a run from another
// given name to a foundation's word ("Aage og Thyra Brinchs Fond",
// "the Bill and Melinda Gates Foundation"); else i.
func (c *collector) coupleNamed(i, end int) int {
	if i+3 >= end || !lexicon.IsFirstName(c.low(i)) || !c.adjacent(i) || !c.adjacent(i+1) {
		return i
	}
	if w := c.tok(i + 1); w != "og" && w != "and" || !c.nameWord(i+2) || !lexicon.IsFirstName(c.low(i+2)) {
		return i
	}
	j := c.run(i+2, end)
	if j-(i+2) < 3 || !nameIs(c.low(j-1), lang.Endowment) {
		return i
	}
	return j
}

// spellOut gives a name that its initials follow in parentheses the
// words before it that the initials begin with: "National enhed for
// Særlig Kriminalitet (NSK)", "Scottish and Southern Electricity
// Networks (SSEN)", where the run or the tagger began the name later.
func (c *collector) spellOut() {
	for x := 0; x < len(c.cands); x++ {
		cd := &c.cands[x]
		e := cd.tok.End
		if e+2 >= len(c.d.Tokens) || c.tok(e) != "(" || c.tok(e+2) != ")" || !c.d.Tokens[e+1].Is(segment.AllCaps) {
			continue
		}
		acr := c.tok(e + 1)
		own := c.capitals(cd.tok.Start, e)
		if len(acr) > 6 || len(own) == 0 || len(acr) <= len(own) || !strings.HasSuffix(acr, own) {
			continue
		}
		p := c.initialsBefore(cd.tok.Start, acr[:len(acr)-len(own)])
		if p < 0 {
			continue
		}
		// The earlier candidates inside the longer name give way to it.
		first := x
		for first > 0 && c.cands[first-1].tok.Start >= p {
			first--
		}
		old := *cd
		n := len(c.cands)
		c.add(p, e)
		if len(c.cands) != n+1 {
			c.cands = c.cands[:n]
			continue
		}
		nc := c.cands[n]
		nc.scores, nc.tagged, nc.decoded = old.scores, old.tagged, old.decoded
		// Small words inside a name its initials spell out make it a
		// body's: "National enhed for Særlig Kriminalitet".
		nc.body = nc.body || len(c.capitals(p, e)) < e-p
		c.cands = slices.Replace(c.cands[:n], first, x+1, nc)
		x = first
	}
}

// capitals returns the first letters of the capitalised words of tokens
// [i, j): "SK" of "Særlig Kriminalitet".
func (c *collector) capitals(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if c.isWord(k) && c.d.Tokens[k].Is(segment.Cap) {
			r, _ := utf8.DecodeRuneInString(c.tok(k))
			b.WriteRune(r)
		}
	}
	return b.String()
}

// initialsBefore returns where the capitalised words before token s
// begin whose first letters spell want, with at most two small words
// between them ("National enhed for", "Scottish and"); -1 when they do
// not.
func (c *collector) initialsBefore(s int, want string) int {
	got := []rune(want)
	small := 0
	for k := s - 1; k >= 0 && len(got) > 0; k-- {
		if !c.adjacent(k) || !c.isWord(k) {
			return -1
		}
		if !c.d.Tokens[k].Is(segment.Cap) {
			if small++; small > 2 {
				return -1
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(c.tok(k))
		if r != got[len(got)-1] {
			return -1
		}
		got, small = got[:len(got)-1], 0
		if len(got) == 0 {
			return k
		}
	}
	return -1
}

// taggedEnd returns where the run [i, j) ends when a name the tagger
// found in it goes on past j: through the "and", "&" or title word of
// one organisation's name ("Food and Drug Administration", "Johnson &
// Johnson", "Society for General Systems Research"), which the rules
// of run end at.
func (c *collector) taggedEnd(i, j, end int) int {
	if c.openingStop(i, j) {
		return j // nothing to tag
	}
	c.tagAt(i)
	for grown := true; grown; {
		grown = false
		for _, nm := range c.names {
			if i <= nm.Start && nm.Start < j && j < nm.End && nm.End <= end && c.joins(nm.Start, j, nm.End) {
				j, grown = nm.End, true
			}
		}
	}
	return j
}

// joins reports whether tokens [a, b) can go on a name: capitalised
// words with short lower-case words, "&" or a hyphen between them, and
// a number at the end ("Figure 1.5"); not a code ("London E17"), a
// clause or a second name after "and". The name starts at start.
func (c *collector) joins(start, a, b int) bool {
	for k := a; k < b; k++ {
		w := c.tok(k)
		inner := k+1 < b
		switch {
		case (w == "and" || w == "og") && k > start && lexicon.IsOrgHead(c.low(k-1)):
			// Two names, the first ended by its head: "British Airways and
			// Wizz Air", "Danske Bank og Nordea".
			return false
		case (w == "and" || w == "og") && b-k-1 < 2 && !c.complementIn(start, k):
			// Two names: "Hamas and Hezbollah"; one body has more
			// words after its "and" ("Food and Drug Administration"),
			// or a complement before it ("Centres for Disease Control
			// and Prevention").
			return false
		case c.nameWord(k), w == "&", inner && w == "-":
		case inner && c.isWord(k) && segment.LowerASCII(w) && len(w) <= 3:
		case !inner && isNumber(w):
		default:
			return false
		}
	}
	return true
}

// isNumber reports digits with points or commas between them: "1.5", "261".
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if b := w[i]; (b < '0' || b > '9') && b != '.' && b != ',' {
			return false
		}
	}
	return true
}

// inTaggedOrg reports whether token k stands inside, after the first
// word of, a name the tagger decoded as an organisation.
func (c *collector) inTaggedOrg(k int) bool {
	for n, nm := range c.names {
		if nm.Start < k && k < nm.End && c.types[n] == orgType {
			return true
		}
	}
	return false
}

// inTaggedName reports whether a name the tagger found runs from token
// a or before it on to token k.
func (c *collector) inTaggedName(a, k int) bool {
	for _, nm := range c.names {
		if nm.Start <= a && k < nm.End {
			return true
		}
	}
	return false
}

// officeWords reports words [i, j) that the tagger took, with the title
// after them, for a name, and that name nothing themselves: "Home" of
// "Home Secretary". A first name, a listed place, an organisation's
// head or a genitive among them is a name ("Lars Holm Direktør",
// "Danske Bank Chairman", "Folketingets Formand").
func (c *collector) officeWords(i, j int) bool {
	if lexicon.IsFirstName(c.low(i)) || strings.HasSuffix(c.low(j-1), "s") {
		return false
	}
	if _, ok := placeOf(c.lowWords(i, j)); ok {
		return false
	}
	for k := i; k < j; k++ {
		if w := c.low(k); lexicon.IsOrgHead(w) || orgHeadCompound(w) || c.acronym(k) {
			return false
		}
	}
	return true
}

// genitiveWord reports a capitalised word in the Danish genitive that
// is not a first name itself ("Venstres", "Berlingskes"; not "Hans",
// "Jens" or "Lars", which open names of several first names).
func (c *collector) genitiveWord(i int) bool {
	w := c.low(i)
	return utf8.RuneCountInString(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		c.d.Tokens[i].Is(segment.Cap) && !lexicon.IsFirstName(w)
}

// demonymSurname reports a name of a known first name and a surname
// that is a nationality word too: "Rupert Dane", "Sarah English".
func (c *collector) demonymSurname(i, j int) bool {
	return j-i == 2 && lexicon.IsFirstName(c.low(i)) && !c.d.Tokens[j-1].Is(segment.AllCaps) && c.adjacent(i)
}

// base returns word i in lower case, without the ending of a Danish
// genitive ("psykologforening" of "Psykologforenings"): a name's head
// word is known by its bare form.
func (c *collector) base(i int) string {
	if c.h.Lang == "da" && c.genitiveWord(i) {
		return strings.TrimSuffix(c.low(i), "s")
	}
	return c.low(i)
}

// initialsAfter reports whether the name [i, j) is followed by its
// initials in parentheses, "Dansk Industri (DI)", "Socialistisk
// Folkeparti (SF)", or the text writes its initials elsewhere as a word
// in capitals ("Dansk Industri hilser aftalen velkommen. Ifølge DI …"):
// the nationality word that opens it is its own.
func (c *collector) initialsAfter(i, j int) bool {
	if j-i < 2 {
		return false
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if c.isWord(k) && c.d.Tokens[k].Is(segment.Cap) {
			r, _ := utf8.DecodeRuneInString(c.tok(k))
			b.WriteRune(r)
		}
	}
	if c.tok(j) == "(" && c.tok(j+2) == ")" && c.d.Tokens[j+1].Is(segment.AllCaps) {
		return b.String() == c.tok(j+1)
	}
	return b.Len() >= 2 && c.capsWords()[b.String()]
}

// capsWords returns the words of two to five capitals the text writes,
// found once per document.
func (c *collector) capsWords() map[string]bool {
	if c.caps == nil {
		c.caps = map[string]bool{}
		for k, t := range c.d.Tokens {
			if t.Kind == segment.Word && t.Is(segment.AllCaps) && t.End-t.Start >= 2 && t.End-t.Start <= 5 {
				c.caps[c.tok(k)] = true
			}
		}
	}
	return c.caps
}

// ownedNames returns, lower case, the names the text joins by a hyphen
// to what only an organisation has ("Vestas-aktien", "Novo
// Nordisk-aktien"), found once per document.
func (c *collector) ownedNames() map[string]bool {
	if c.owned != nil {
		return c.owned
	}
	c.owned = map[string]bool{}
	for k, t := range c.d.Tokens {
		if t.Kind != segment.Word || !t.Is(segment.Cap) || strings.IndexByte(c.tok(k), '-') < 0 {
			continue
		}
		w := c.low(k)
		i := strings.LastIndexByte(w, '-')
		if i <= 0 || !nameIs(w[i+1:], lang.OrgOwned) {
			continue
		}
		c.owned[w[:i]] = true
		if k > 0 && c.isWord(k-1) && c.d.Tokens[k-1].Is(segment.Cap) {
			c.owned[c.low(k-1)+" "+w[:i]] = true
		}
	}
	return c.owned
}

// lowWords returns the lower-case words of tokens [i, j).
func (c *collector) lowWords(i, j int) []string {
	out := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		out = append(out, c.low(k))
	}
	return out
}

// dropCommonWords drops one-word candidates that the text also writes
// in lower case, unless it capitalises them where no sentence or
// headline asks for a capital more often (commonWord): a capitalised
// common word is not a name ("into the North" beside "north of"), but a
// name the text once writes in small letters ("google") stays one.
func (c *collector) dropCommonWords() {
	// Every one-word candidate has an entry, counting the mentions
	// capitalised where only a name takes a capital (0 when none is).
	mid := map[string]int{}
	// inside holds the one-word names mentioned somewhere other than a
	// sentence's first word ("(Alliancen)"): no definite common noun.
	inside := map[string]bool{}
	for _, cd := range c.cands {
		if len(cd.words) == 1 {
			n := mid[cd.words[0]]
			if !cd.weak {
				n++
			}
			mid[cd.words[0]] = n
			if k := cd.tok.Start; !c.d.Tokens[k].Is(segment.Initial) || k > 0 && c.tok(k-1) == "(" {
				inside[cd.words[0]] = true
			}
		}
	}
	// Most words share no first letter and length with any candidate:
	// those need no look-up.
	var maybe [256]uint64 // by first byte, the lengths (up to 63) of candidates
	for w := range mid {
		if w != "" {
			maybe[w[0]] |= 1 << min(len(w), 63)
		}
	}
	// A Danish noun in the definite form opens sentences ("Budgettet
	// har …", "Psykiatrien er …") where the text writes the noun in
	// small letters too ("budget", "psykiatri"): its stem, for a word
	// that is never capitalised where only a name takes a capital.
	var stems map[string]string // stem: the definite word
	if c.h.Lang == "da" {
		for w, n := range mid {
			if st := definiteStem(w); n == 0 && st != "" {
				if stems == nil {
					stems = map[string]string{}
				}
				stems[st] = w
				maybe[st[0]] |= 1 << min(len(st), 63)
			}
		}
	}
	lower := map[string]int{}
	for i, t := range c.d.Tokens {
		if t.Kind == segment.Word && !t.Is(segment.Cap) {
			w := c.d.Tok(i)
			if maybe[w[0]]&(1<<min(len(w), 63)) == 0 {
				continue
			}
			if _, ok := mid[w]; ok {
				lower[w]++
			}
			if def, ok := stems[w]; ok {
				lower[def]++
			}
		}
	}
	// The last words of longer names: a surname that opens a sentence
	// ("Virtanen siger", "Viljoen mener") is no definite noun, nor a
	// name's last word in the definite form ("Håndboldunionen" of Dansk
	// Håndboldunion).
	var lasts map[string]bool
	if c.h.Lang == "da" {
		lasts = map[string]bool{}
		for _, cd := range c.cands {
			if n := len(cd.words); n > 1 {
				lasts[cd.words[n-1]] = true
			}
		}
	}
	kept := c.cands[:0]
	for _, cd := range c.cands {
		if w := cd.words[0]; len(cd.words) != 1 || !c.commonWord(w, lower[w], mid[w]) && !(c.definiteOnly(w, mid[w]) && !inside[w] && !lasts[w] && !lasts[definiteStem(w)]) {
			kept = append(kept, cd)
		}
	}
	c.cands = kept
}

// definiteOnly reports a Danish noun in the definite form that only
// opens sentences (mid is 0) and that no list holds as a name, nor ends
// as an institution's ("Handlen er den største …", "Borgmesteren
// siger"; not "Nationalbanken", "Folketinget"): a common noun.
func (c *collector) definiteOnly(w string, mid int) bool {
	return c.h.Lang == "da" && mid == 0 && definiteStem(w) != "" && !hasOrgEnding(w) && !lexicon.IsOrganisation(w) && !lang.For("").IsParty(w)
}

// definiteStem returns the noun that a Danish word in the definite form
// ends in the article of ("budgettet": "budget", "psykiatrien":
// "psykiatri", "aftalerne": "aftale"), or "" for a word that is too
// short, a family name ("Hansen" is no "hans") or a known first name or
// place.
func definiteStem(w string) string {
	if familyName(w) || lexicon.IsFirstName(w) {
		return ""
	}
	if _, place := lexicon.Place(w); place {
		return ""
	}
	for _, end := range [...]string{"erne", "ene", "en", "et"} {
		st, ok := strings.CutSuffix(w, end)
		if !ok || utf8.RuneCountInString(st) < 5 {
			continue
		}
		// "budgettet", "bussen": the noun's last consonant doubled
		// before the article.
		if n := len(st); n > 1 && st[n-1] == st[n-2] && !strings.ContainsRune("aeiouy", rune(st[n-1])) {
			st = st[:n-1]
		}
		if lexicon.IsStop("da", st) || lexicon.IsFirstName(st) {
			return ""
		}
		return st
	}
	return ""
}

// commonWord judges a word the text writes lower times in small letters
// and mid times capitalised where only a name takes a capital. A listed
// place needs only as many capitals as small letters: informal text
// writes "delaware" and "auckland", and a place that is also a common
// word ("Reading", "Nice") is capitalised mid-sentence only as a place.
func (c *collector) commonWord(w string, lower, mid int) bool {
	if lower == 0 {
		return false
	}
	if _, ok := lexicon.Place(w); ok {
		return lower > mid
	}
	return 2*lower >= mid
}

// run returns the end of the name that starts at token i.
func (c *collector) run(i, end int) int {
	caps := c.d.Tokens[i].Is(segment.AllCaps)
	j := i + 1
	for j < end && j-i < 8 && c.adjacent(j-1) {
		switch {
		case c.nameWord(j) && (!c.longCaps(j) || caps):
			j++
		case c.particle(j) && c.nameWord(j+1) && c.adjacent(j) && !nameIs(c.low(j+1), lang.NotName):
			j += 2 // not "the Commission on Wednesday"
		case c.particlePair(j) && c.nameWord(j+2) && !nameIs(c.low(j+2), lang.NotName):
			j += 3 // "Femke van der Veen", "Tomás de la Fuente"
		case c.commonPair(j):
			j += 2 // "Natur og Ungdom", "Børn og Unge"
		case c.innerGenitive(j) > 0:
			j += c.innerGenitive(j) // "Korean People's Army", "Ontario Nurses' Association"
		case c.complementOf(j) && c.adjacent(j) && c.nameWord(j+1) && !nameIs(c.low(j+1), lang.NotName):
			j += 2 // "Rådet for Socialt Udsatte"
		case c.complementOf(j) && c.articleThenName(j+1):
			j += 3 // "Council for the Welfare of Immigrants"
		case (c.tok(j) == "og" || c.tok(j) == "and") && c.complementIn(i, j) && c.adjacent(j) && c.nameWord(j+1) && !c.nameWord(j+2) && !c.institutionName(j+1):
			// "Ministeriet for Børn og Undervisning": one more word after
			// a body's complement; two would be a second name ("Rådet
			// for Socialt Udsatte og Dansk Industri"), and so is one
			// institution's one-word name ("Institut for
			// Menneskerettigheder og Advokatrådet").
			return j + 2
		case c.suspendedList(j) > 0:
			// "Børne- og Undervisningsudvalget", "Klima-, Energi- og
			// Forsyningsministeriet": the first words' end is the last's
			j = c.suspendedList(j)
		case c.listInComplement(i, j) > 0:
			// "Department for Environment, Food and Rural Affairs",
			// "Ministeriet for Børn, Undervisning og Ligestilling"
			return c.listInComplement(i, j)
		case c.tok(j) == "and" && c.adjacent(j) && c.bodyAfterAnd(j) > 0:
			// "Norwegian Water Resources and Energy Directorate": the
			// words after "and" end in a body word, which the words
			// before it do not: one body's name. Danish joins a body's
			// words in a compound instead ("Børne- og
			// Undervisningsudvalget"), and "og" before a body word
			// there mostly joins two names (DDT dev 0.769 -> 0.762).
			return c.bodyAfterAnd(j)
		case c.d.IsMark(j) && c.nameWord(j+1) && c.d.IsMark(j+2) && c.tok(j+2) == c.tok(j) && c.nameWord(j+3):
			j += 4 // Sylvester "Rambo" Stallone
		case c.isWord(j) && !c.d.Tokens[j].Is(segment.Cap) && companyForm(c.tok(j)):
			return j + 1 // "Halden Digital plc": a legal form in small letters ends the name
		case j-i == 1 && c.d.Tokens[i].Is(segment.AllCaps) && len(c.tok(i)) <= 3 && c.isWord(j) && isSmallNumber(c.tok(j)):
			return j + 1 // "TV 2", "P 1": a channel's number is its name
		case c.clubNumber(i, j):
			return j + 1 // "Schalke 04", "SV Rheinfeld 04": a club's founding year is its name's
		case c.d.Tokens[j].Is(segment.Apostrophe) && c.isWord(j+1) && c.d.Tokens[j+1].Is(segment.Digit) && len(c.tok(j+1)) == 2:
			return j + 2 // "Gateway ’17": an event and its year
		default:
			return j
		}
	}
	return j
}

// postNominal reports letters in capitals after a person's name at k,
// of an honour, a degree or an office: "Adaeze Oyelaran KC".
func (c *collector) postNominal(k int) bool {
	return c.d.Tokens[k].Is(segment.AllCaps) && nameIs(c.low(k), lang.PostNominal) && lexicon.IsFirstName(c.low(k-2))
}

// partyMember reports run [i, j) of a party's name and the letters of a
// seat in capitals after it: "the Labour MP for Coventry", "a Green
// MEP"; the party is the name.
func (c *collector) partyMember(i, j int) bool {
	return j-i >= 2 && c.d.Tokens[j-1].Is(segment.AllCaps) && nameIs(c.low(j-1), lang.PostNominal) &&
		lang.For("").IsParty(strings.ToLower(c.d.Text[c.d.Tokens[i].Start:c.d.Tokens[j-2].End]))
}

// basedPlace adds the listed place that opens a compound with a word
// such as "based" or "born" at token i ("Chicago-based",
// "Aarhus-baserede", "Salford-born"), or that the capitalised word
// before and such a compound name ("New Zealand-born", "New
// York-baserede"), as a mention of the place that part of the tokens
// is; it reports whether it did. The gazetteer says what it is: no
// tagger reads inside a token.
func (c *collector) basedPlace(i int) bool {
	head := c.basedHead(i)
	if head == "" {
		return false
	}
	start := i
	if i > 0 && c.nameWord(i-1) && c.adjacent(i-1) && !strings.ContainsRune(c.tok(i-1), '-') {
		if _, ok := lexicon.Place(c.low(i-1) + " " + head); ok {
			// The word before is the place's first: it leaves the
			// candidate it ended, if any.
			start = i - 1
			head = c.low(i-1) + " " + head
			if n := len(c.cands); n > 0 && c.cands[n-1].tok.End == i {
				if cd := &c.cands[n-1]; cd.tok.End-cd.tok.Start > 1 {
					cd.tok.End--
					cd.words = cd.words[:len(cd.words)-1]
					cd.key = ""
				} else {
					c.cands = c.cands[:n-1]
				}
			}
		}
	}
	id, ok := lexicon.Place(head)
	if !ok {
		return false
	}
	a := len(c.arena)
	c.arena = append(c.arena, strings.Fields(head)...)
	cd := cand{tok: segment.Range{Start: start, End: i + 1}, words: c.arena[a:len(c.arena):len(c.arena)], place: id, part: true}
	cd.scores[placeType] = 1 // the gazetteer's kind, as a score the tagger would give
	c.cands = append(c.cands, cd)
	return true
}

// basedHead returns, in lower case, the capitalised part before
// "based" or "born" of a compound at token i ("Chicago" of
// "Chicago-based"), or "".
func (c *collector) basedHead(i int) string {
	if !c.isWord(i) || !c.d.Tokens[i].Is(segment.Cap) {
		return "" // most words: no look inside
	}
	w := c.tok(i)
	k := strings.LastIndexByte(w, '-')
	if k < 2 || !nameIs(strings.ToLower(w[k+1:]), lang.BasedIn|lang.BornIn) {
		return ""
	}
	if head := strings.ToLower(w[:k]); !strings.ContainsRune(head, '-') {
		return head
	}
	return ""
}

// channel reports a listed name that ends in a digit, as broadcasters'
// do ("TV 2", "TV2", "DR P1"): the words after it name its region or
// programme, part of the name.
func channel(name string) bool {
	return name != "" && '0' <= name[len(name)-1] && name[len(name)-1] <= '9'
}

// channelWord reports a name word at token k, right after the word
// before it, that can name a channel's region or programme: no first
// name ("TV 2 Lene Holm"), weekday or month ("TV 2 Mandag").
func (c *collector) channelWord(k int) bool {
	return c.adjacent(k-1) && c.nameWord(k) && !lexicon.IsFirstName(c.low(k)) && !nameIs(c.low(k), lang.NotName)
}

// add trims run [i, j) of stop words, titles and nationality words and
// keeps what is left as a candidate.
func (c *collector) add(i, j int) { c.addFrom(i, j, i, j) }

// addFrom is add for a name that starts at start or later; named is
// the first word the tagger put in a name (see trimLeft).
func (c *collector) addFrom(i, j, start, named int) {
	cd := cand{}
	i = max(c.trimLeft(&cd, i, j, named), start)
	office := false
	for j > i && (c.demonym(j-1) && !c.demonymSurname(i, j) || c.titleAt(j-1) && !c.placeEndsAt(j) || c.particle(j-1) || j-i > 1 && utf8.RuneCountInString(c.tok(j-1)) == 1 && !isSmallNumber(c.tok(j-1)) && !nameIs(c.low(j-1), lang.PlaceEnd) || j-i > 2 && c.postNominal(j-1) || c.partyMember(i, j)) {
		office = office || c.titleAt(j-1) && c.inTaggedName(i, j-1)
		j--
	}
	if i >= j || office && c.officeWords(i, j) {
		return
	}
	for k := i + 1; k < j; k++ {
		// "Novo Nordisks Wegovy": a listed organisation in the
		// genitive, then what it owns (a person it employs is the
		// owner rule's below: "Mærsks Ane Holm").
		if c.genitiveWord(k-1) && c.listedGenitive(i, k) && !lexicon.IsFirstName(c.low(k)) && !(j-k == 1 && bodyCompound(c.low(k))) {
			// (But its committee is named with it: "Folketingets
			// Erhvervsudvalg".)
			n := len(c.cands)
			c.add(i, k)
			if len(c.cands) > n {
				c.cands[n].owner = true
			}
			c.add(k, j)
			return
		}
	}
	for k := i + 1; k < j-1; k++ {
		// "Venstres Jakob Ellemann", "Berlingskes Anne Holm": a Danish
		// genitive, then a first name and more: whose person it is,
		// then the person, whatever the tagger made of the run.
		owner := c.h.Lang == "da" && c.genitiveWord(k-1) && lexicon.IsFirstName(c.low(k))
		employer := (c.bodyHead(k-1) || orgHeadCompound(c.low(k-1)) || hasOrgEnding(c.low(k-1))) && (!nameIs(c.low(k-1), lang.LegalForm) || lexicon.IsFirstName(c.low(k))) && j-k >= 2
		// An organisation's head, then a first name and more, is an
		// employer and a person even where the tagger ran them together
		// into one organisation's name ("Danske Bank Las Olsen").
		if !owner && !(employer && lexicon.IsFirstName(c.low(k))) && c.inTaggedOrg(k) {
			continue // one organisation's words: "Society for General Systems Research"
		}
		if owner || employer && (lexicon.IsFirstName(c.low(k)) || strings.HasSuffix(c.low(j-1), "sen") || j-k <= 3 && c.personAt(k, j)) {
			// "Danske Bank Las Olsen", "the Harbour Council Amara
			// Diallo": an employer, then a person.
			n := len(c.cands)
			c.add(i, k)
			if len(c.cands) > n {
				c.cands[n].owner = owner
			}
			c.add(k, j)
			if n := len(c.cands); n > 0 && c.cands[n-1].tok.Start == k {
				c.cands[n-1].titleLeft = true
			}
			return
		}
		if c.officeWordAt(k) && (!c.d.Tokens[k].Is(segment.AllCaps) || len(c.tok(k)) <= 4) && !c.placeEndsAt(k+1) {
			// "Treasury Secretary Janet Yellen", "Labour MP Lucy Powell":
			// an office, then a person; an office in capitals is short
			// ("CEO", "MP"), not a word of machine translation's
			// ("DIREKTØR").
			// The words before the office are a name where the tagger
			// put one ("Labour", "US"); else they are the office's own
			// ("Prime Minister", "Vice President", "Emeritus Professor"),
			// as they are where the word before it is a common word
			// ("Senate Majority Leader", "House Minority Whip") that names
			// no party, place or acronym.
			if named < k && !c.officeWord(k-1) {
				c.add(i, k)
			}
			c.add(k, j)
			return
		}
	}
	// "Sen. Elizabeth Warren", "Paris Hilton": a person, not two places.
	if k := c.placePrefix(i, j); k > i && !cd.titleLeft && !lexicon.IsFirstName(c.low(i)) {
		c.add(i, k) // "Rancho Cucamonga Californien" is two places
		c.add(k, j)
		return
	}
	if j-i == 1 && nameIs(c.low(i), lang.Common|lang.NotName) && !(c.acronym(i) && lang.For("").Month(c.low(i)) > 0) {
		return // (but a month's letters in capitals are an acronym: "Orwell Container Terminals (OCT)")
	}
	c.push(cd, i, j)
}

// push files tokens [i, j) as a candidate, with what cd already holds.
func (c *collector) push(cd cand, i, j int) {
	d := c.d
	cd.tok = segment.Range{Start: i, End: j}
	for k := i + 1; k < j-1; k++ {
		// "&" joins the names of a firm's founders or partners
		// ("Procter & Gamble", "Marks & Spencer"), not two names.
		if c.complementOf(k) || c.genitiveBody(k) || c.tok(k) == "&" || c.suspendedHyphen(k) || k == j-2 && c.commonPair(k) {
			// (So does "og" between common nouns: "Natur og Ungdom".)
			cd.body = true
			break
		}
	}
	first := d.Tokens[i]
	cd.weak = j-i == 1 && first.Is(segment.Initial) || c.titleCase[i]
	cd.allCaps = c.capsRun(i, j)
	a := len(c.arena)
	for k := i; k < j; k++ {
		if c.d.IsMark(k) && k+2 < j && c.tok(k+2) == c.tok(k) {
			k += 2 // skip a nickname and its closing mark
			continue
		}
		c.arena = append(c.arena, c.low(k))
	}
	cd.words = c.arena[a:len(c.arena):len(c.arena)]
	c.cands = append(c.cands, cd)
}

// placeEndsAt reports a listed place of two words ending before token
// j: "Hong Kong", whose "Kong" is also the Danish title "kong".
func (c *collector) placeEndsAt(j int) bool {
	if j < 2 || !c.isWord(j-2) {
		return false
	}
	_, ok := placeOf([]string{c.low(j - 2), c.low(j - 1)})
	return ok
}

// personAt reports whether the tagger scores tokens [a, b) of the
// window tagged last as a person's name more than as another kind (not
// against no name: the words are capitalised inside a name's run, where
// the tagger scores them as the inside of one).
func (c *collector) personAt(a, b int) bool {
	if c.tg == nil || a < c.window.Start || b > c.window.End {
		return false
	}
	sc, _ := c.tg.SpanScores(a-c.window.Start, b-c.window.Start)
	return sc[0] > sc[1] && sc[0] > sc[2] && sc[0] > sc[3]
}

// placePrefix returns the end of the longest place name that opens run
// [i, j) when the rest is a name of its own, or i.
func (c *collector) placePrefix(i, j int) int {
	if j-i < 2 {
		return i
	}
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		w := c.low(k)
		if lexicon.IsOrgHead(w) || orgHeadCompound(w) || nameIs(w, lang.Body|lang.LegalForm) || c.particle(k) || c.d.IsMark(k) {
			return i // "Greater Manchester Police", "Nykøbing Falster Roklub", "Mekong Pearl Seafood": a body or a firm where a place is
		}
		words = append(words, w)
	}
	if _, ok := placeOf(words); ok {
		return i
	}
	for k := j - 1; k > i; k-- {
		if _, ok := placeOf(words[:k-i]); ok {
			_, restPlace := placeOf(words[k-i:])
			if k-i > 1 || restPlace || j-k == 1 && hasPlaceEnding(words[k-i]) {
				return k
			}
		}
	}
	return i
}

// trimLeft skips the titles, sentence-initial stop words and nationality
// words that open run [i, j) and returns where the name starts. A
// nationality word from named on is part of the name, as the tagger
// reads it: "the European Environment Agency", not "Chinese President
// Xi"; at a sentence's start the tagger cannot tell ("Later Acme Inc.").
func (c *collector) trimLeft(cd *cand, i, j, named int) int {
	// "Commissioner for Crisis Management Lukas van der Meulen",
	// "Secretary of State Antony Blinken": an office's complement, then
	// its holder from the first name on, whether the office stands in
	// the run or before it.
	if m := c.holderAfter(i-1, j); m > 0 {
		if m > i && c.listedBody(i, m) {
			// A complement that is a party's or a listed body's name is
			// one of its own: "gruppeformand for Socialdemokratiet
			// Zainab Haddad".
			c.add(i, m)
		}
		cd.titleLeft = true
		i = m
	}
	for ; i < j; i++ {
		if m := c.holderAfter(i, j); m > 0 {
			cd.titleLeft = true
			return m
		}
		w := c.low(i)
		switch {
		case c.givenAtStart(i, j):
			return i // "Hans Nielsen sagde", "Will Smith said"
		case c.d.Tokens[i].Is(segment.Initial) && c.pack.Is(w, lang.Adverb):
			// "Earlier Acme Inc. posted a profit": a sentence adverb, no name's
		case c.sourceWord(w) && j-i > 1:
			// "Ifølge Kovalenko var der tale om svindel": a source's
			// word, no name's, where an abbreviation before it hides the
			// sentence's start too ("1,1 mio. kr. Ifølge Kovalenko")
		case c.articleOfName(i, j):
			return i // "Den Europæiske Centralbank", "Det Hvide Hus"
		case c.innerGenitive(i+1) > 0:
			return i // "King's College", "St. Mary's Hospital"
		case w == "general" && !lexicon.IsFirstName(c.low(i+1)) && j-i == 2:
			return i // "General Motors", "General Electric": the name itself
		case w == "justice" && i > 0 && c.titleAt(i-1) && j-i > 1:
			// "Mr Justice Anthony Kerr-Maddison", "Chief Justice John
			// Roberts": a judge's title after another.
			cd.titleLeft = true
		case j-i > 1 && (c.pack.IsWeekday(w) || c.pack.Month(w) > 0 && !lexicon.IsFirstName(w)):
			// "On Tuesday Krogh-Ibsen signed", "Last March Jensen said": a
			// day or a month before a name, no part of it (but "May
			// Jensen", "June Holm": a month that is a first name too)
		case c.titleAt(i):
			// "CEO of Export Now" names an employer, not a person's title.
			cd.titleLeft = !c.particle(i+1) && c.low(i+1) != "for"
		case c.particle(i):
		case j-i > 1 && c.personRole(w) && (!lexicon.IsFirstName(w) || j-i > 2 && lexicon.IsFirstName(c.low(i+1))):
			// "Ambassador Mohib", "Oberst Ole Brink": a role the language
			// pack knows, before the name of whoever holds it (also a
			// role that is a first name too, before a first name and a
			// surname: "Skipper Magnus Halcrow").
			cd.titleLeft = true
		case orgNoun(w) && j-i > 1 && c.d.Tokens[i].Is(segment.Initial) && !lexicon.IsOrgHead(w):
			// "Firmaet Tidløs", "Medicinalkoncernen Novo Nordisk"
		case c.h.Lang == "da" && j-i > 1 && c.d.Tokens[i].Is(segment.Initial) && definiteNoun(w) && !c.known(w) && !c.complementOf(i+1) && !c.namedBefore(i):
			// "Landsholdsspilleren Christian Eriksen", "Partiet Venstre": a
			// common noun in its definite form opens the sentence.
			cd.titleLeft = cd.titleLeft || agentNoun(w) && !orgNoun(w) && !lexicon.IsOrgHead(w)
		case c.d.Tokens[i].Is(segment.Initial) && c.particle(i+1) && !lexicon.IsOrgHead(w) && !c.known(w) && !c.familyParticle(i+1):
			// "Shares of Apple Inc.": a sentence's first word, not a name
			// (but "Marloes van Duijvenbode": a family's particle follows
			// a given name)
		case lexicon.IsStop(c.h.Lang, w) && (c.d.Tokens[i].Is(segment.Initial) || j-i == 1 || c.afterDash(i)) && !c.acronym(i):
			// (A dateline's dash opens the story as a sentence's start
			// does: "PRAGUE, Dec 3 (Nordwire) - The Czech National Bank".)
		case c.h.Lang == "da" && c.demonym(i) && i+2 < j && i > 0 && c.smallWord(i-1) && c.pack.Is(c.low(i-1), lang.Article) && c.nameShapedRun(i+1, j) && !c.initialsAfter(i, j):
			// "den Filippinske Rodel Macaraeg": an article, a nationality
			// Danish writes in small letters (machine translation
			// capitalises it), then a name of a person's shape; not "den
			// Europæiske Centralbank", whose last word names a body.
			// English capitalises every nationality: "the Italian Red
			// Cross" may be one name.
		case c.demonym(i) && i+2 < j && lexicon.IsFirstName(c.low(i+1)) && !lexicon.InCorpus(c.h.Lang, c.low(i+1)) && !lexicon.IsFirstName(w) && !c.initialsAfter(i, j):
			// "the Danish Lars Holm": a nationality, then a person; not
			// "Italian Red Cross", whose "Red" is a first name too
		case c.demonym(i) && (i < named || c.d.Tokens[i].Is(segment.Initial)) && !(i+1 < j && (lexicon.IsOrgHead(c.base(i+1)) || hasOrgEnding(c.base(i+1)) || lexicon.IsFirstName(w) || orgEnd(c.base(j-1)) && (!c.d.Tokens[i].Is(segment.Initial) || nameIs(w, lang.Demonym)))) && !c.initialsAfter(i, j) &&
			!(i > 0 && c.tok(i-1) == "(" && c.tok(j) == ")" && j-i > 2):
			// "Danske Bank", "Kristen Stewart", "Dansk Psykologforenings"
			// and "Scottish Fishermen's Federation" keep their first word;
			// so does a name of three words or more in brackets ("(Western
			// Counties News Service)")
		default:
			return i
		}
	}
	return i
}

// namedBefore reports whether one of the last candidates opens with the
// words at i and i+1: a name given in full before ("rederiet Nordsøen
// Bulk A/S") keeps its first word when it opens a sentence, though that
// word has a common noun's definite form. A few hundred back bound the
// look.
func (c *collector) namedBefore(i int) bool {
	a, b := c.low(i), c.low(i+1)
	for k, n := len(c.cands)-1, 0; k >= 0 && n < 256; k, n = k-1, n+1 {
		if ws := c.cands[k].words; len(ws) > 1 && ws[0] == a && ws[1] == b {
			return true
		}
	}
	return false
}

// givenAtStart reports a known first name that opens the sentence,
// which the tagger read as a person's name's first word, before a
// capitalised word that can only be a name: a first name, or the name's
// last word that no corpus writes in small letters and no list holds
// ("Hans Nielsen sagde", "Will Smith said"). Such a first name is a
// common word too ("hans", "will"), which the rules for a sentence's
// first word would drop; a function word of the language pack ("De",
// "Den") never opens a name so, and without the tagger's word a common
// word that some name lists hold stays out ("Even Lindqvist admits").
func (c *collector) givenAtStart(i, j int) bool {
	w := c.low(i)
	if i+1 >= j || c.typeAt(i) != perType || !c.d.Tokens[i].Is(segment.Initial) || !c.adjacent(i) || utf8.RuneCountInString(w) < 3 || !lexicon.IsFirstName(w) ||
		c.pack.Is(w, lang.Article|lang.Clause|lang.Preposition|lang.Self|lang.Reflexive|lang.Lead|lang.Conjunction) {
		return false
	}
	t := c.d.Tokens[i+1]
	n := c.low(i + 1)
	if !t.Is(segment.Cap) || t.Is(segment.AllCaps) || strings.Contains(n, "-") || isTitle(n) {
		return false
	}
	if lexicon.IsFirstName(n) {
		return !(c.personRole(w) && i+2 < j) // "Skipper Magnus Halcrow": a role, a first name and a surname
	}
	_, place := placeOf([]string{n})
	return i+2 == j && !place && !lexicon.IsStop(c.h.Lang, n) && !lexicon.InCorpus(c.h.Lang, n) && !lexicon.IsOrgHead(n) &&
		!nameIs(n, lang.NotName|lang.Common|lang.Demonym|lang.OrgNoun|lang.PlaceStart) && !c.demonym(i+1)
}

// nameShaped reports a sentence's first word that is a name all the
// same: the tagger takes it for one ("Mwangi said"), or it is written
// like one ("MoneyGram", "TED"), or it is an institution's compound
// name ("Sundhedsministeriet"). A subject of a speech verb is not
// enough by itself ("Analysts said", "Ingen siger").
func (c *collector) nameShaped(cd *cand) bool {
	if len(cd.words) != 1 || !c.d.Tokens[cd.tok.Start].Is(segment.Initial) {
		return false
	}
	if hasOrgEnding(c.low(cd.tok.Start)) {
		return true // "Sundhedsministeriet oplyser"
	}
	if cd.tagged {
		// Not a word the training text writes in small letters, unless
		// it speaks: "Ash from the volcano forced airlines …" is none,
		// "Rose said" is someone.
		return !lexicon.InCorpus(c.h.Lang, c.low(cd.tok.Start)) || cd.speaks
	}
	w := c.tok(cd.tok.Start)
	if c.d.Tokens[cd.tok.Start].Is(segment.AllCaps) {
		return utf8.RuneCountInString(w) <= 5
	}
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// uncommon reports a one-word candidate spelt as a name ("Tesla": a
// capital, then three or more small letters) that annotated text never
// uses: opening two sentences, it is a name ("Tesla delivered fewer cars.
// Tesla's shares fell"), where a common word ("Meanwhile") opens
// sentences too.
func (c *collector) uncommon(cd *cand) bool {
	if len(cd.words) != 1 || cd.place != "" {
		return false
	}
	w := c.tok(cd.tok.Start)
	if camelCase(w) {
		return !lexicon.InCorpus(c.h.Lang, cd.words[0]) // "easyJet": written only as a name
	}
	n := 0
	for _, r := range w {
		if n > 0 && !unicode.IsLower(r) || n == 0 && !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	// An adjective's ending tells a word capitalised in a title: "Der
	// er Hemmeligt".
	return n > 3 && !lexicon.InCorpus(c.h.Lang, cd.words[0]) && !c.demonym(cd.tok.Start) && !endsIn(cd.words[0], lang.CommonEnd, 2)
}

// articleOfName reports a Danish article that opens run [i, j) before
// a capitalised adjective and a noun: "Den Europæiske Centralbank", "De
// Forenede Nationer". It names the body, at a sentence's start as in
// its middle, where the article would otherwise be written small.
func (c *collector) articleOfName(i, j int) bool {
	if j-i < 3 || c.h.Lang != "da" || !c.pack.Is(c.low(i), lang.Article) {
		return false
	}
	adj := c.low(i + 1)
	return strings.HasSuffix(adj, "e") && !lexicon.IsFirstName(adj) && !isTitle(c.low(i+2))
}

// known reports a word the gazetteers know as a first name or place.
func (c *collector) known(w string) bool {
	_, place := lexicon.Place(w)
	return place || lexicon.IsFirstName(w)
}

// demonym reports a nationality word: "Kinesiske", "AMERIKANSKE",
// "Americans", "Danish".
func (c *collector) demonym(i int) bool {
	if v, ok := c.demonyms[c.tok(i)]; ok {
		return v
	}
	v := lang.IsDemonym(c.low(i))
	c.demonyms[c.tok(i)] = v
	return v
}

// key joins words into an interned grouping key.
func (c *collector) key(words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	k := strings.Join(words, " ")
	if s, ok := c.keys[k]; ok {
		return s
	}
	c.keys[k] = k
	return k
}

// currencyPrefix reports the letters of a currency sign such as "US$",
// "HK$" or "A$": part of an amount, not a name.
func (c *collector) currencyPrefix(i int) bool {
	return c.tok(i+1) == "$" && !c.d.Tokens[i].Is(segment.SpaceAfter)
}

// capsRun reports a name written wholly in capitals that is not only an
// acronym: "FRANCIS FORD COPPOLAS", "LONDON", but not "H.L. Hansen".
func (c *collector) capsRun(i, j int) bool {
	long := false
	for k := i; k < j; k++ {
		t := c.d.Tokens[k]
		if t.Kind != segment.Word {
			continue
		}
		if !t.Is(segment.AllCaps) || isInitials(c.tok(k)) {
			return false
		}
		long = long || c.longCaps(k)
	}
	return long || j-i > 1
}

// isInitials reports a word of initials: "H.", "H.C.", "J.R.R.".
func isInitials(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] < 'A' || w[k] > 'Z' || w[k+1] != '.' {
			return false
		}
	}
	return true
}

// partyTag reports an American party-and-state tag after a politician's
// name: "D-Mass.", "R-Texas", "I-Vt.".
func partyTag(w string) bool {
	return len(w) > 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && 'A' <= w[2] && w[2] <= 'Z'
}

// definiteNoun reports a Danish noun in its definite form ("spilleren",
// "partiet", "spillerne"); surnames in -sen are not such nouns.
func definiteNoun(w string) bool {
	if utf8.RuneCountInString(w) < 5 || strings.HasSuffix(w, "sen") {
		return false
	}
	return strings.HasSuffix(w, "en") || strings.HasSuffix(w, "et") || strings.HasSuffix(w, "erne")
}

func isSmallNumber(w string) bool {
	return len(w) == 1 && '0' <= w[0] && w[0] <= '9'
}

// officeWord reports a capitalised common word at token k, which the
// tagger's training text writes outside names, that is no party, place,
// acronym or body: before an office it is part of the office
// ("Majority" of "Senate Majority Leader"), where a body's word names
// the body ("Commission" of "Commission President Ursula von der
// Leyen").
func (c *collector) officeWord(k int) bool {
	w := c.low(k)
	return lexicon.InCorpus(c.h.Lang, w) && !lang.For("").IsParty(w) && !c.known(w) && !c.acronym(k) && !bodyWord(w)
}

// surnameShaped reports a mention of two or three words: a known first
// name that is no common word, and a surname of a family name's shape
// (familyName), where no word is a place's, an organisation's end or a
// nationality.
func (c *collector) surnameShaped(cd *cand) bool {
	n := len(cd.words)
	if n < 2 || n > 4 || cd.tok.End-cd.tok.Start != n {
		return false
	}
	first, last := cd.words[0], cd.words[n-1]
	if n > 2 && c.familyParticles(cd) {
		// A family's particles in small letters between a known first
		// name and a capitalised word: "Femke van der Veen", "Tomás de
		// la Fuente"; a body's "of" is no family's ("Bank of England").
		return lexicon.IsFirstName(first) && nameShape(c.tok(cd.tok.End-1)) && personWord(first) && personWord(last) && !lexicon.IsOrgHead(last)
	}
	if n > 3 {
		return false
	}
	if n == 2 && (patronymic(last) || familyName(last) && utf8.RuneCountInString(last) >= 8) && !lexicon.IsFirstName(first) && c.givenShape(cd) && nameShape(c.tok(cd.tok.End-1)) {
		// A given name no list holds and a patronymic or, on a long
		// name, a family name's ending: "Hallgrimur Thorsson", "Sigrún
		// Magnúsdóttir", "Dinara Sultanbekova"; not a short word that
		// ends so by chance.
		return true
	}
	if n == 2 && gaelicSurname(c.tok(cd.tok.End-1)) && (lexicon.IsFirstName(first) && nameShape(c.tok(cd.tok.Start)) && personWord(first) || c.givenShape(cd)) {
		return true // "Declan O’Shaughnessy", "Aileen McGrath", a given name known or not
	}
	if !lexicon.IsFirstName(first) || lexicon.InCorpus(c.h.Lang, first) || !nameShape(c.tok(cd.tok.End-1)) {
		return false
	}
	// A family name's ending, or a surname no training text writes in
	// small letters and no list holds ("Herdis Mølgaard", "Solveig
	// Achterberg"), where the tagger never saw the first name.
	if !familyName(last) && (n != 2 || lexicon.InCorpus("da", last) || lexicon.InCorpus("en", last) || lexicon.IsFirstName(last) || lexicon.IsOrganisation(cd.words[0]+" "+cd.words[1])) {
		return false
	}
	for k, w := range cd.words {
		if !personWord(w) && !(k == n-1 && townSurname(w)) {
			return false
		}
	}
	return true
}

// townSurname reports a surname that is a small town's name too, as
// many Nordic family names are ("Torbjørn Eide"): a listed town, no
// country or region, that ends no place's or organisation's name.
func townSurname(w string) bool {
	id, ok := lexicon.Place(w)
	return ok && strings.HasPrefix(id, "C:") && !orgEnd(w) && !nameIs(w, lang.PlaceEnd|lang.LegalForm) && !lang.IsDemonym(w)
}

// givenShape reports whether the first word of cd can be a given name
// no list holds: a capitalised word of letters that no training text
// writes in small letters, no place's, no listed organisation's and no
// nationality.
func (c *collector) givenShape(cd *cand) bool {
	w := cd.words[0]
	return nameShape(c.tok(cd.tok.Start)) && !lexicon.InCorpus("da", w) && !lexicon.InCorpus("en", w) && personWord(w) &&
		!lexicon.IsOrganisation(c.tok(cd.tok.Start)) && !cd.listed
}

// familyParticles reports whether every word of cd between its first
// and its last is a particle of a family name written in small letters
// ("van", "der", "de", "la"), not a body's ("of", "for", "&").
func (c *collector) familyParticles(cd *cand) bool {
	for k := cd.tok.Start + 1; k < cd.tok.End-1; k++ {
		switch w := c.tok(k); w {
		case "of", "&", "for", "on", "and", "og":
			return false
		default:
			if !c.particle(k) {
				return false
			}
		}
	}
	return true
}

// personWord reports whether w (lower case) can stand in a person's
// name: no listed place, no word that ends organisations' or places'
// names, no legal form, no nationality.
func personWord(w string) bool {
	_, place := lexicon.Place(w)
	return !place && !orgEnd(w) && !nameIs(w, lang.PlaceEnd|lang.LegalForm) && !lang.IsDemonym(w)
}

// shapedPerson reports a first name with a surname's shape: a
// double-barrelled one (doubleSurnamed) or a family name's
// (surnameShaped). Such a name is a person's, tagged or not.
func (c *collector) shapedPerson(cd *cand) bool { return c.doubleSurnamed(cd) || c.surnameShaped(cd) }

// givenAndSurname reports a mention of a known first name that is no
// common word and a surname of letters that ends no place's name: not
// "Georgia Tech", nor a first name that is a common word too ("North
// Side", "Royal Caribbean", "Bay View").
func (c *collector) givenAndSurname(cd *cand) bool {
	if len(cd.words) != 2 || !lexicon.IsFirstName(cd.words[0]) || cd.place != "" || !isLetters(cd.words[1]) {
		return false
	}
	_, place := placeOf(cd.words[:1])
	// "Tuba City", "Kailua Town": a place's word ends a place's name.
	return !place && !lexicon.InCorpus(c.h.Lang, cd.words[0]) && !nameIs(cd.words[1], lang.PlaceEnd|lang.PlaceStart|lang.PlaceNoun)
}

// doubleSurnamed reports a name of two words, a given name and a
// surname of two capitalised parts joined by a hyphen ("Kwame
// Asante-Boateng"), where no part is initials, a listed place or a
// word that ends organisations' or places' names ("A.P. Møller-Mærsk",
// "Dansk Boldspil-Union" are no people).
func (c *collector) doubleSurnamed(cd *cand) bool {
	n := cd.tok.End - cd.tok.Start
	if len(cd.words) != 2 || n != 2 && !(n == 4 && c.genitiveMark(cd.tok.Start+2)) || cd.place != "" {
		return false // (a genitive after it may be the mention's: "Shirin Jafari-Lund’s")
	}
	given := c.tok(cd.tok.Start)
	a, _, _ := strings.Cut(c.tok(cd.tok.Start+1), "-")
	// The surname's parts may be towns' names too ("Jafari-Lund").
	return nameShape(given) && personWord(strings.ToLower(given)) && personWord(strings.ToLower(a)) && c.doubleBarrel(cd.tok.Start+1)
}

// gaelicSurname reports an Irish or Scottish family name: "O’" or "Mc"
// and a name's shape ("O’Shaughnessy", "McGrath", "MacInnes").
func gaelicSurname(w string) bool {
	for _, p := range [...]string{"O’", "O'", "Mc", "Mac"} {
		if rest, ok := strings.CutPrefix(w, p); ok && nameShape(rest) {
			return true
		}
	}
	return false
}

// nameShape reports a word of three letters or more, a capital and then
// small letters only: "Kwame", "Boateng".
func nameShape(w string) bool {
	n := 0
	for _, r := range w {
		if n == 0 && !unicode.IsUpper(r) || n > 0 && !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// officeWordAt reports a title or a role at token k, in capitals or not:
// "Secretary", "Commissioner", "minister".
func (c *collector) officeWordAt(k int) bool {
	return c.isWord(k) && (c.titleAt(k) || c.personRole(c.low(k)))
}

// holderAfter returns where the holder's name starts in tokens up to j
// when token k is "for" or "of" after an office (holderIn), or 0.
func (c *collector) holderAfter(k, j int) int {
	if w := c.low(k); (w == "for" || w == "of") && k > 0 && c.officeWordAt(k-1) {
		return c.holderIn(k+2, j)
	}
	return 0
}

// holderIn returns the first first name among tokens [m, j), when one
// more word follows it: the holder of an office whose complement runs
// before it ("… for Crisis Management Lukas van der Meulen"); 0 when
// there is none.
func (c *collector) holderIn(m, j int) int {
	for ; m < j-1; m++ {
		if lexicon.IsFirstName(c.low(m)) {
			if c.bodyHead(m - 1) {
				return 0 // "Direktør for Hav Fonden Amara Diallo": an employer, then its director
			}
			return m
		}
	}
	return 0
}

// titleAt reports a title at token i; "DR" and "HR" in capitals are
// names, not "Dr." and "hr.".
func (c *collector) titleAt(i int) bool {
	w := c.low(i)
	if c.d.Tokens[i].Is(segment.AllCaps) && len(w) <= 2 {
		return false
	}
	if isTitle(w) || isTitle(strings.TrimSuffix(w, ".")) || lexicon.IsTitleAbbrev(w) {
		return true
	}
	// "Director-General", "Secretary-General", "Vice-President".
	first, rest, hyphen := strings.Cut(w, "-")
	return hyphen && (isTitle(first) || isTitle(rest)) && !lexicon.IsFirstName(first)
}

// personRole reports a role a person holds in the text's language
// ("ambassador", "oberst"), not a noun for an organisation.
func (c *collector) personRole(w string) bool {
	r, ok := c.pack.Role(w)
	return ok && r.Kind == lang.PersonRole
}

// personAfterName returns where a first name and a surname start inside
// name r after an organisation's name, with nothing between ("Landbrug &
// Fødevarer Poul Erik Bæk"), or 0. The words before must read as an
// organisation's: a listed name, or one that holds "&" or ends in an
// organisation's head word; not a place's or a person's ("New York
// Times", "Vikash Chand Abdul Shakur").
func (c *collector) personAfterName(r segment.Range) int {
	for m := r.Start; m+1 < r.End; m++ {
		// A given name no list holds counts too after an acronym, where
		// a family name's ending or a double surname ends the run: "KAF
		// Sigrun Ellefsen", "OUH Bertil Nakamura-Friis".
		unlisted := m == r.Start+1 && m+2 == r.End && c.d.Tokens[r.Start].Is(segment.AllCaps) && (patronymic(c.low(m+1)) || c.doubleBarrel(m+1)) && nameShape(c.tok(m)) && !c.known(c.low(m)) && !lexicon.InCorpus("da", c.low(m)) && !lexicon.InCorpus("en", c.low(m))
		if !c.isWord(m) || !lexicon.IsFirstName(c.low(m)) && !unlisted {
			continue
		}
		if !c.nameWord(m+1) || c.d.Tokens[m].Is(segment.AllCaps) {
			return 0
		}
		if m-r.Start < 2 {
			// One word before: an acronym of two letters or more, or a
			// listed organisation's name ("COWI Aurelia Nakamura-Holm",
			// "Vestas Anne Holm"), not a first or a middle name.
			w := c.tok(r.Start)
			if m-r.Start == 1 && (c.d.Tokens[r.Start].Is(segment.AllCaps) && len(w) >= 2 || lexicon.IsOrganisation(w)) && !lexicon.IsFirstName(w) {
				return m
			}
			return 0
		}
		for k := m + 1; k < r.End; k++ {
			if lexicon.IsOrgHead(c.low(k)) {
				return 0 // "Mount St. Vincent University"
			}
		}
		org := lexicon.IsOrganisation(c.d.Text[c.d.Tokens[r.Start].Start:c.d.Tokens[m-1].End]) || lexicon.IsOrgHead(c.low(m-1))
		for k := r.Start; k < m && !org; k++ {
			org = c.tok(k) == "&"
		}
		if org {
			return m
		}
		return 0
	}
	return 0
}

// clubNumber reports the two digits of a founding year, from a zero,
// that end a sports club's name run [i, j): "Schalke 04", "SV Rheinfeld
// 04"; not a count ("FC Midtjylland 38 point").
func (c *collector) clubNumber(i, j int) bool {
	return j > i && c.isWord(j) && foundingYear(c.tok(j))
}

// institutionName reports a one-word name of an institution at token k:
// a compound with an institution's head ("Advokatrådet",
// "Sundhedsministeriet").
func (c *collector) institutionName(k int) bool {
	w := c.low(k)
	return orgHeadCompound(w) || endsIn(w, lang.InstitutionEnd, 3)
}
