package engine

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"kilde/engine/entities"
	"kilde/engine/lang"
	"kilde/engine/lexicon"
	"kilde/engine/quotes"
	"kilde/engine/segment"
)

// resolver is a sieve from the words that name a quote's speaker to the
// entity they stand for. Which one applies follows from the kind of
// words; resolvers lists them in that order of precedence.
type resolver uint8

const (
	noResolver    resolver = iota
	byName                 // "Pedersen" -> Veronica Pedersen, through the entity's mentions
	byRole                 // "direktøren" -> the person last introduced as direktør
	byOrgRole              // "the ministry" -> the organisation the text names
	byPronoun              // "han" -> the person the pronoun can refer to
	byChain                // the next part of a quotation that runs over paragraphs
	byPrevSpeaker          // a quote with no cue of its own -> the previous quote's speaker
	byIntroduced           // a first-person quote paragraph with no cue -> the one person the paragraph before names
	byAnswer               // a quote paragraph with no cue after a question paragraph -> who answered the interview's questions
	byRepeat               // words another quote repeats, said by someone: a headline's or a lead's -> that quote's speaker
)

var resolvers = []resolver{byName, byRole, byOrgRole, byPronoun, byChain, byPrevSpeaker, byIntroduced, byAnswer}

// (byRepeat runs after them all, over the quotes they left: see repeats.)

var resolverNames = [...]string{
	noResolver:    "",
	byName:        "name",
	byRole:        "role",
	byOrgRole:     "org-role",
	byPronoun:     "pronoun",
	byChain:       "chain",
	byPrevSpeaker: "previous-speaker",
	byIntroduced:  "introduced",
	byAnswer:      "answer",
	byRepeat:      "repeat",
}

func (r resolver) String() string { return resolverNames[r] }

// speaker is who said a quote: a name, the index of its entity or -1,
// and the resolver that decided.
type speaker struct {
	name   string
	entity int
	by     resolver
}

type mention struct {
	tok    segment.Range
	entity int
}

// speakerIndex holds what the resolvers look up: the mentions in token
// order, the people and organisations among them, each person's gender,
// and the people who hold each role. Every look-up is a binary search
// and a bounded walk, so attribution stays linear in the text.
type speakerIndex struct {
	d      *segment.Doc
	pack   *lang.Pack
	ents   []entities.Entity
	all    []mention
	people []mention
	orgs   []mention
	gender []lang.Gender
	roles  map[string][]mention // role key -> the people introduced with it, in text order
	// orgRoles maps an organisation's role key to the mentions introduced
	// with it ("Irish airline Skellig Air"), in text order.
	orgRoles map[string][]mention
	// surnames maps the last word of each person's full name to that
	// person, or to -1 when several share it (see surname).
	surnames map[string]int
}

// roleAhead is how far after a quote, in tokens, the holder of a role
// it names may be introduced.
const roleAhead = 60

// maxWalk bounds how many mentions a resolver looks back over.
const maxWalk = 40

// attribute names the speaker of every quote.
func attribute(d *segment.Doc, pack *lang.Pack, qs []quotes.Quote, ents []entities.Entity) []speaker {
	x := newSpeakerIndex(d, pack, ents)
	out := make([]speaker, len(qs))
	for i := range qs {
		sp := speaker{entity: -1}
		for _, r := range resolvers {
			if sp = x.resolve(r, qs, out, i); sp.name != "" {
				sp.by = r
				break
			}
		}
		out[i] = sp
	}
	// A quotation over paragraphs whose cue comes in a later part ("“…
	// hammer.\n\n“We know … forward,” she added."): its earlier parts
	// are the same speaker's.
	for j := range qs {
		if c := qs[j].Chain; c < j && out[c].name == "" && out[j].name != "" {
			out[c] = out[j]
			out[c].by = byChain
		}
	}
	for j := range qs {
		if c := qs[j].Chain; c < j && out[j].name == "" && out[c].name != "" {
			out[j] = out[c]
			out[j].by = byChain
		}
	}
	repeats(d, qs, out)
	return out
}

// minRepeat is the fewest words a quote must have for another quote
// that holds the same words to say who said it: fewer are a stock phrase.
const minRepeat = 4

// repeats gives a quote no one was found for, or only the speaker of
// the quote before, the speaker of another quote that holds its words: a
// headline or a lead quotes words the body attributes ("Landmænd raser:
// »Vi bliver straffet«" … "»Vi bliver straffet …,« siger Hans
// Bredahl"), and a subheading may stand after another speaker's words.
// One pass over the attributed quotes' words, through an index of the
// other quotes' first words.
func repeats(d *segment.Doc, qs []quotes.Quote, out []speaker) {
	weak := func(j int) bool { return out[j].name == "" || out[j].by == byPrevSpeaker }
	words := func(q quotes.Quote) []string {
		var ws []string
		for k := q.FirstTok; k <= q.LastTok && k < len(d.Tokens); k++ {
			if d.Tokens[k].Kind == segment.Word {
				ws = append(ws, strings.ToLower(d.Tok(k)))
			}
		}
		return ws
	}
	open := map[[2]string][]int{}
	said := map[int][]string{}
	for j, q := range qs {
		if !weak(j) {
			continue
		}
		if ws := words(q); len(ws) >= minRepeat {
			said[j] = ws
			k := [2]string{ws[0], ws[1]}
			open[k] = append(open[k], j)
		}
	}
	if len(open) == 0 {
		return
	}
	for i, q := range qs {
		if weak(i) || out[i].by == byRepeat {
			continue
		}
		ws := words(q)
		for a := 0; a+minRepeat <= len(ws); a++ {
			for _, j := range open[[2]string{ws[a], ws[a+1]}] {
				if weak(j) && j != i && hasPrefix(ws[a:], said[j]) {
					out[j] = out[i]
					out[j].by = byRepeat
				}
			}
		}
	}
}

// hasPrefix reports whether ws opens with p.
func hasPrefix(ws, p []string) bool {
	return len(ws) >= len(p) && slices.Equal(ws[:len(p)], p)
}

// resolve runs resolver r on quote i; an empty name when it does not apply.
func (x *speakerIndex) resolve(r resolver, qs []quotes.Quote, out []speaker, i int) speaker {
	q := qs[i]
	none := speaker{entity: -1}
	switch r {
	case byName:
		if q.Mention == quotes.NameMention {
			if q.Role.Key != "" {
				// "said Acme's chief executive": whoever holds the role.
				if sp := x.roleHolder(q.Role.Key, q.FirstTok); sp.entity >= 0 {
					return sp
				}
			}
			return x.named(q.Subj)
		}
	case byRole:
		if q.Mention == quotes.RoleMention && q.Role.Kind == lang.PersonRole {
			if sp := x.roleHolder(q.Role.Key, q.FirstTok); sp.entity >= 0 {
				return sp
			}
			return x.complementOrg(q.Subj)
		}
	case byOrgRole:
		if q.Mention == quotes.RoleMention && q.Role.Kind == lang.OrgRole {
			// A name that holds the role's noun names the organisation
			// itself: "Justitsministeriet skriver, at ministeriet »…«".
			k := sort.Search(len(x.all), func(k int) bool { return x.all[k].tok.Start >= q.Subj.Start })
			if k < len(x.all) && x.all[k].tok == q.Subj && x.ents[x.all[k].entity].Kind != entities.Person {
				return x.as(x.all[k].entity)
			}
			// Where the role stands, when it comes before the quote:
			// "skriver festivalen på Instagram: »…«" is not Instagram.
			return x.orgFor(q.Role, min(q.FirstTok, q.Subj.Start))
		}
	case byPronoun:
		if q.Mention == quotes.PronounMention {
			return x.pronoun(q, qs, out, i)
		}
	case byChain:
		if q.Chain >= 0 && q.Chain < i && q.Mention == quotes.NoMention {
			return out[q.Chain]
		}
	case byPrevSpeaker:
		if q.Prev >= 0 && q.Prev < i && (q.Sieve != quotes.Continues || !x.otherPersonBetween(out[q.Prev].entity, x.attributionEnd(qs[q.Prev]), q.FirstTok)) {
			return out[q.Prev]
		}
	case byIntroduced:
		if q.Mention == quotes.NoMention && q.Cue == "" && q.Chain == i {
			return x.introduced(q)
		}
	case byAnswer:
		if q.Mention == quotes.NoMention && q.Cue == "" && q.Chain == i {
			return x.answer(qs, out, i)
		}
	}
	return none
}

// answer finds who answers an interview's question: a quote that opens
// its paragraph right after a paragraph that asks a question and quotes
// no one ("What did you get wrong?" / "“Almost everything …”") is the
// answer of the one who answered the question before, or of the last
// person the paragraph before the first question names ("We sat down
// with Boateng-Mackay …").
func (x *speakerIndex) answer(qs []quotes.Quote, out []speaker, i int) speaker {
	d, q := x.d, qs[i]
	none := speaker{entity: -1}
	// The quote opens its paragraph, or follows a short sentence there
	// ("She pauses for a long time. “…”").
	lead := q.FirstTok - d.Paras[q.Para].Start
	if lead > 0 && (lead > 12 || !x.sentenceEnd(q.FirstTok-1)) || q.Para < 2 || !x.question(q.Para-1) {
		return none
	}
	before := q.Para - 2
	if i > 0 && qs[i-1].Para == before && out[i-1].entity >= 0 {
		return out[i-1]
	}
	p := d.Paras[before]
	j := sort.Search(len(x.people), func(j int) bool { return x.people[j].tok.Start >= p.End })
	if j > 0 && x.people[j-1].tok.Start >= p.Start {
		return x.as(x.people[j-1].entity)
	}
	return none
}

// roleOpens returns the holder of a person's role that opens sentence
// s, with or without an article ("Direktøren er enig", "The minister
// rejected the idea"), where one who fits holds it.
func (x *speakerIndex) roleOpens(s segment.Range, fits func(int) bool) (speaker, bool) {
	r, k, ok := x.openingRole(s)
	if !ok || r.Kind != lang.PersonRole {
		return speaker{}, false
	}
	// A title before a name names that person ("Professor Callum
	// Fraser, …"), whoever held it before.
	j := sort.Search(len(x.people), func(j int) bool { return x.people[j].tok.End > k })
	if j < len(x.people) && x.people[j].tok.Start <= k+1 {
		if e := x.people[j].entity; fits(e) {
			return x.as(e), true
		}
		return speaker{}, false
	}
	if sp := x.roleHolder(r.Key, k); sp.entity >= 0 && fits(sp.entity) {
		return sp, true
	}
	return speaker{}, false
}

// openingRole returns the role that opens sentence s, after an article
// or none ("The coach insisted …", "Selskabet oplyser …"), and its
// token.
func (x *speakerIndex) openingRole(s segment.Range) (lang.Role, int, bool) {
	k := s.Start
	if k+1 < s.End && x.pack.Is(strings.ToLower(x.d.Tok(k)), lang.Article) {
		k++
	}
	if k >= s.End {
		return lang.Role{}, k, false
	}
	r, ok := x.pack.Role(strings.ToLower(x.d.Tok(k)))
	return r, k, ok
}

// complementOrg returns the organisation named right after role r, past
// "for", "of" and the like and an article: "a spokesperson for Acme Corp
// told Reuters" speaks for Acme, whose words they are when the text
// names no one who holds the role.
func (x *speakerIndex) complementOrg(r segment.Range) speaker {
	k := r.End
	if k >= len(x.d.Tokens) {
		return speaker{entity: -1}
	}
	if w := strings.ToLower(x.d.Tok(k)); !x.pack.Is(w, lang.Complement) && w != "for" {
		return speaker{entity: -1}
	}
	k++
	if k < len(x.d.Tokens) && x.pack.Is(strings.ToLower(x.d.Tok(k)), lang.Article) {
		k++
	}
	j := sort.Search(len(x.orgs), func(j int) bool { return x.orgs[j].tok.Start >= k })
	if j < len(x.orgs) && x.orgs[j].tok.Start == k {
		return x.as(x.orgs[j].entity)
	}
	return speaker{entity: -1}
}

// subjectRole returns the role that opens sentence s (openingRole) or,
// after a clause a comma sets before it, opens the rest: "Asked whether
// the prize would help, the director laughed".
func (x *speakerIndex) subjectRole(s segment.Range) (lang.Role, int, bool) {
	if r, k, ok := x.openingRole(s); ok {
		return r, k, ok
	}
	for k := s.Start + 1; k < s.End-2; k++ {
		if x.d.Tok(k) == "," {
			if r, j, ok := x.openingRole(segment.Range{Start: k + 1, End: s.End}); ok && !x.d.Tokens[j].Is(segment.Cap) {
				return r, j, ok
			}
			if x.pack.VerbSecond {
				// "Adspurgt, om …, griner instruktøren": the verb first.
				if r, j, ok := x.openingRole(segment.Range{Start: k + 2, End: s.End}); ok && !x.d.Tokens[j].Is(segment.Cap) {
					return r, j, ok
				}
			}
		}
	}
	return lang.Role{}, 0, false
}

// heldOtherRole reports a person the text introduced with a role, none
// of them key: "the striker Kasper Holm" is not "the coach".
func (x *speakerIndex) heldOtherRole(e int, key string) bool {
	other := false
	for k, ms := range x.roles {
		for _, m := range ms {
			if m.entity == e {
				if k == key {
					return false
				}
				other = true
			}
		}
	}
	return other
}

// otherRoleBetween reports a sentence between tokens a and b that a
// role held by someone other than e opens: "Borgmesteren afviser
// kritikken." after Aisha Rahimi's quote speaks of another.
func (x *speakerIndex) otherRoleBetween(e, a, b int, fits func(int) bool) bool {
	ss := x.d.Sentences
	for k := sort.Search(len(ss), func(k int) bool { return ss[k].Start >= a }); k < len(ss) && ss[k].Start < b; k++ {
		if sp, ok := x.roleOpens(ss[k], fits); ok && sp.entity != e {
			return true
		}
	}
	return false
}

// samePronoun reports a word that is a pronoun of p's person, number
// and gender: the same one the text speaks of.
func (x *speakerIndex) samePronoun(w string, p lang.Pronoun) bool {
	q, ok := x.pack.Pronoun(w)
	return ok && q.Person == p.Person && q.Plural == p.Plural && q.Gender == p.Gender
}

// question reports a paragraph of one sentence or two that ends in a
// question mark and holds no quotation mark: an interviewer's question.
func (x *speakerIndex) question(p int) bool {
	d := x.d
	r := d.Paras[p]
	if r.End <= r.Start || d.Tok(r.End-1) != "?" || r.End-r.Start > 40 {
		return false
	}
	for k := r.Start; k < r.End; k++ {
		if d.IsMark(k) {
			return false
		}
	}
	return true
}

// attributionEnd is where the words that attribute quote q end, for the
// search of someone else named before the next quote: past the
// apposition that follows its speaker's name ("“…,” Ellen Tobin, policy
// director of the Downeast Lobstermen's Cooperative, told The Associated
// Press. “…”"), whose names describe the speaker; else the quote's last
// token.
func (x *speakerIndex) attributionEnd(q quotes.Quote) int {
	d := x.d
	k := q.Subj.End
	if q.Mention != quotes.NameMention || k <= q.LastTok || k >= len(d.Tokens) || d.Tok(k) != "," {
		return q.LastTok
	}
	for j := k + 1; j < len(d.Tokens) && j < k+16; j++ {
		switch d.Tok(j) {
		case ",":
			return j
		case ".", "!", "?", ";", ":":
			return q.LastTok
		}
	}
	return q.LastTok
}

// introduced finds who speaks a quote that opens its paragraph with no
// cue and speaks in the first person ("Jeg …", "We …"): the one person
// the paragraph before names, as features introduce a speaker and then
// let them talk ("Palle Johansen er 51 år. … \n\n »Misbruget kom
// snigende …«"). None when that paragraph names no one or several.
func (x *speakerIndex) introduced(q quotes.Quote) speaker {
	d := x.d
	if !x.firstPerson(q) {
		return speaker{entity: -1}
	}
	var p segment.Range
	switch {
	case q.FirstTok != d.Paras[q.Para].Start:
		// "Callaghan shrugged off the criticism. ‘… tell me if I’ve got
		// it wrong.’": the sentences of its own paragraph before it, when
		// the quote is a sentence of its own (not after "mod Li Wei:").
		if k := q.FirstTok - 1; k < 0 || !x.sentenceEnd(k) {
			return speaker{entity: -1}
		}
		p = segment.Range{Start: d.Paras[q.Para].Start, End: q.FirstTok}
	case q.Para > 0:
		p = d.Paras[q.Para-1]
	default:
		return speaker{entity: -1}
	}
	j := sort.Search(len(x.people), func(j int) bool { return x.people[j].tok.Start >= p.Start })
	if j == len(x.people) || x.people[j].tok.Start >= p.End {
		if q.FirstTok != d.Paras[q.Para].Start {
			// "Asked whether …, the director laughed. “Ask me again
			// on Monday.”": a role is the sentence's subject.
			if r, _, ok := x.subjectRole(x.sentenceAt(q.FirstTok - 1)); ok && r.Kind == lang.PersonRole {
				return x.roleHolder(r.Key, q.FirstTok)
			}
		}
		return speaker{entity: -1}
	}
	who := x.people[j].entity
	if x.otherPersonBetween(who, x.people[j].tok.Start, p.End) {
		return speaker{entity: -1}
	}
	return x.as(who)
}

// sentenceEnd reports a full stop, a question or an exclamation mark at
// token k.
func (x *speakerIndex) sentenceEnd(k int) bool {
	switch x.d.Tok(k) {
	case ".", "!", "?":
		return true
	}
	return false
}

// firstPerson reports whether quote q holds a first-person word.
func (x *speakerIndex) firstPerson(q quotes.Quote) bool {
	for i := q.FirstTok; i <= q.LastTok && i < len(x.d.Tokens); i++ {
		if x.d.Tokens[i].Kind != segment.Word {
			continue
		}
		if x.pack.Is(strings.ToLower(x.d.Tok(i)), lang.Self) {
			return true
		}
	}
	return false
}

func newSpeakerIndex(d *segment.Doc, pack *lang.Pack, ents []entities.Entity) *speakerIndex {
	n, np, no := 0, 0, 0
	for _, e := range ents {
		n += len(e.Mentions)
		switch e.Kind {
		case entities.Person:
			np += len(e.Mentions)
		case entities.Org:
			no += len(e.Mentions)
		}
	}
	x := &speakerIndex{d: d, pack: pack, ents: ents, all: make([]mention, 0, n), people: make([]mention, 0, np), orgs: make([]mention, 0, no),
		gender: make([]lang.Gender, len(ents)), roles: map[string][]mention{}, orgRoles: map[string][]mention{}}
	same := personSuffixes(ents)
	for e, ent := range ents {
		ms := ent.Mentions
		if p, ok := same[e]; ok {
			e, ent = p, ents[p]
		}
		for _, m := range ms {
			x.all = append(x.all, mention{m.Tok, e})
			switch ent.Kind {
			case entities.Person:
				x.people = append(x.people, mention{m.Tok, e})
			case entities.Org:
				x.orgs = append(x.orgs, mention{m.Tok, e})
			}
		}
		switch {
		case ent.Kind == entities.Org:
			x.gender[e] = 'n'
		case ent.Kind == entities.Person:
			// A one-word name is a first name as often as a surname
			// ("Valter", "Sonja"); a surname has no gender in the lists.
			first, _, _ := strings.Cut(ent.Name, " ")
			x.gender[e] = lang.Gender(lexicon.FirstNameGender(first))
			if x.gender[e] == 0 {
				x.gender[e] = x.genderBefore(ms)
			}
		}
	}
	for _, ms := range [][]mention{x.all, x.people, x.orgs} {
		slices.SortFunc(ms, func(a, b mention) int { return a.tok.Start - b.tok.Start })
	}
	for _, m := range x.people {
		x.rolesOf(m)
	}
	for _, m := range x.orgs {
		x.orgRolesOf(m)
	}
	x.rolesIntroduced()
	return x
}

// rolesIntroduced gives a role that opens a sentence to the person
// whose full name opens the next one: "Borgmesteren lagde ikke skjul
// på, at … . Mette Birk Sørensen fra Socialdemokratiet mødte pressen".
func (x *speakerIndex) rolesIntroduced() {
	d := x.d
	for si := 0; si+1 < len(d.Sentences); si++ {
		s, next := d.Sentences[si], d.Sentences[si+1]
		r, ok := x.pack.Role(strings.ToLower(d.Tok(s.Start)))
		if !ok || r.Kind != lang.PersonRole || !d.Tokens[s.Start].Is(segment.Initial) {
			continue
		}
		// The full name that opens the next sentence, or the one person
		// a quote that follows names ("Hospitalsdirektøren har meldt
		// beslutningen ud. »…,« sagde Karin Østergaard").
		j := sort.Search(len(x.people), func(j int) bool { return x.people[j].tok.Start >= s.End })
		if j == len(x.people) || x.people[j].tok.Start >= next.End || x.people[j].tok.End-x.people[j].tok.Start < 2 {
			continue
		}
		if x.people[j].tok.Start != s.End && (!x.d.IsMark(s.End) || j+1 < len(x.people) && x.people[j+1].tok.Start < next.End && x.people[j+1].entity != x.people[j].entity) {
			continue
		}
		hs := x.roles[r.Key]
		at := sort.Search(len(hs), func(i int) bool { return hs[i].tok.Start >= x.people[j].tok.Start })
		x.roles[r.Key] = slices.Insert(hs, at, x.people[j])
	}
}

// personSuffixes maps each entity that is not a person but whose name
// ends in a person's full name ("Amtsborgmester Per Kaalund" beside "Per
// Kaalund") to that person: a title taken into the name.
func personSuffixes(ents []entities.Entity) map[int]int {
	var people map[string]int
	out := map[int]int{}
	for e, ent := range ents {
		if ent.Kind == entities.Person || !strings.Contains(ent.Name, " ") {
			continue
		}
		if people == nil {
			people = map[string]int{}
			for p, x := range ents {
				if x.Kind == entities.Person && strings.Contains(x.Name, " ") {
					people[x.Name] = p
				}
			}
		}
		for i := strings.IndexByte(ent.Name, ' '); i >= 0; {
			if p, ok := people[ent.Name[i+1:]]; ok {
				out[e] = p
				break
			}
			j := strings.IndexByte(ent.Name[i+1:], ' ')
			if j < 0 {
				break
			}
			i += j + 1
		}
	}
	return out
}

// rolesOf records the roles person mention m is introduced with: a title
// before the name ("direktør Hans Holm", "bankdirektør Peter Straarup",
// "the company's spokesman, Ann Lee", "Home Secretary Suella Braverman")
// or an apposition after it ("Ann Lee, a spokeswoman for Acme").
func (x *speakerIndex) rolesOf(m mention) {
	d := x.d
	add := func(k int) {
		if r, ok := x.roleWord(k); ok && r.Kind == lang.PersonRole {
			x.roles[r.Key] = append(x.roles[r.Key], m)
		}
	}
	if m.tok.End-m.tok.Start > 2 {
		add(m.tok.Start) // a title the name took in: "Amtsborgmester Per Kaalund"
	}
	titles := true // only lower-case words so far: a title before the name
	for k, n := m.tok.Start-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		t := d.Tokens[k]
		if t.Kind == segment.Punct && !(d.Tok(k) == "," && titles) && d.Tok(k) != "'" && d.Tok(k) != "’" {
			break
		}
		if t.Kind == segment.Word && x.pack.IsSpeechVerb(d.Tok(k)) {
			break // "Judge Ann Lee said Drumm lied": the judge's title, not Drumm's
		}
		// "the company's spokesman, Ann Lee", "Formanden for TV 2,
		// professor Jens Holm": a comma with only titles after it.
		// An honorific keeps to the title: "the museum's director, Dr.
		// Amara Okafor".
		titles = titles && (t.Kind == segment.Word && (!t.Is(segment.Cap) || t.Is(segment.Abbrev)) || k == m.tok.Start-1 && d.Tok(k) == ",")
		add(k)
	}
	// "Ann Lee, a spokeswoman for Acme", "Søren Lind er formand for
	// foreningen", "Tom Reed is the mayor".
	if k := m.tok.End; k < len(d.Tokens) && (d.Tok(k) == "," || x.pack.Is(strings.ToLower(d.Tok(k)), lang.Copula)) {
		for j := k + 1; j < len(d.Tokens) && j < k+5 && d.Tokens[j].Kind == segment.Word; j++ {
			add(j)
			if x.pack.Is(strings.ToLower(d.Tok(j)), lang.Complement) {
				break
			}
		}
	}
}

// roleWord returns the role that the word at token k names, if it is a
// word and names one.
func (x *speakerIndex) roleWord(k int) (lang.Role, bool) {
	if k < 0 || k >= len(x.d.Tokens) || x.d.Tokens[k].Kind != segment.Word {
		return lang.Role{}, false
	}
	return x.pack.Role(strings.ToLower(x.d.Tok(k)))
}

// orgRolesOf records the noun for an organisation that mention m is
// introduced with: right before the name, after an article or an
// adjective ("Irish airline Skellig Air", "flyselskabet Norse"), or in
// an apposition after it ("Skellig Air, the airline, …").
func (x *speakerIndex) orgRolesOf(m mention) {
	d := x.d
	add := func(k int) bool {
		r, ok := x.roleWord(k)
		if ok && r.Kind == lang.OrgRole {
			x.orgRoles[r.Key] = append(x.orgRoles[r.Key], m)
		}
		return ok
	}
	if add(m.tok.Start - 1) {
		return
	}
	// "Skellig Air, the airline," or "Skellig Air, Ireland's biggest
	// carrier": the first role noun of the next few words.
	if k := m.tok.End; k < len(d.Tokens) && d.Tok(k) == "," {
		for j := k + 1; j < len(d.Tokens) && j < k+5 && (d.Tokens[j].Kind == segment.Word || d.Tok(j) == "'" || d.Tok(j) == "’"); j++ {
			if add(j) {
				return
			}
		}
	}
}

// named finds the entity that subject tokens r mention: a person before
// anything else, and of several the last ("Refugee Council chief Enver
// Solomon"); without one it is the words themselves.
func (x *speakerIndex) named(r segment.Range) speaker {
	if r.End <= r.Start || r.End > len(x.d.Tokens) {
		return speaker{entity: -1} // no words: no one named
	}
	best := -1
	k := sort.Search(len(x.all), func(k int) bool { return x.all[k].tok.Start >= r.Start-8 })
	for ; k < len(x.all) && x.all[k].tok.Start < r.End; k++ {
		m := x.all[k]
		if m.tok.End <= r.Start {
			continue
		}
		// The first person named ("said Pradeep Venkataraman of Harcourt
		// Legal": the second name is where he works), else the last name.
		if best < 0 || !x.isPerson(best) {
			best = m.entity
		}
	}
	if best >= 0 {
		return speaker{name: x.ents[best].Name, entity: best}
	}
	d := x.d
	if r.End == r.Start+1 {
		// A surname alone that the entity finder left out, as it may a
		// sentence's first word: the person the text names with it.
		if e, ok := x.surname(d.Tok(r.Start)); ok {
			return x.as(e)
		}
	}
	if d.Tokens[r.Start].Is(segment.Initial) && !lexicon.IsFirstName(d.Tok(r.Start)) {
		// Capitalised words opening a sentence, which the entity finder
		// did not take for a name: common words ("Dagsordenen: »…«",
		// "According to …", "One poster wrote", "Critics of the plan say").
		return speaker{entity: -1}
	}
	return speaker{name: strings.TrimSpace(d.Text[d.Tokens[r.Start].Start:d.Tokens[r.End-1].End]), entity: -1}
}

func (x *speakerIndex) isPerson(e int) bool { return x.ents[e].Kind == entities.Person }

// surname returns the one person whose full name ends in w; none when
// no one or several do. The index is built once, on first use.
func (x *speakerIndex) surname(w string) (int, bool) {
	if x.surnames == nil {
		x.surnames = map[string]int{}
		for e, ent := range x.ents {
			if k := strings.LastIndexByte(ent.Name, ' '); ent.Kind == entities.Person && k > 0 {
				last := ent.Name[k+1:]
				if _, seen := x.surnames[last]; seen {
					x.surnames[last] = -1 // two people share it
				} else {
					x.surnames[last] = e
				}
			}
		}
	}
	e, ok := x.surnames[w]
	return e, ok && e >= 0
}

// roleHolder is the person last introduced with role key before token
// at, or else just after it; no one when no one in the text holds it.
func (x *speakerIndex) roleHolder(key string, at int) speaker {
	hs := x.roles[key]
	k := sort.Search(len(hs), func(k int) bool { return hs[k].tok.Start >= at })
	if k > 0 {
		return x.as(hs[k-1].entity)
	}
	if k < len(hs) && hs[k].tok.Start < at+roleAhead {
		return x.as(hs[k].entity) // introduced just after: "…,” the professor said. Lopez is a professor"
	}
	return speaker{entity: -1}
}

// orgFor is the organisation a role noun such as "ministeriet" or "the
// company" stands for: the last one before token at whose name holds the
// same noun ("Indenrigsministeriet", "Ministry of Defence"), or for a
// noun any company can go by, the last organisation named.
func (x *speakerIndex) orgFor(role lang.Role, at int) speaker {
	// A name that holds the noun, whatever kind the tagger gave it:
	// "Østersøfestivalen … skriver festivalen", "Roskilde Festival …
	// the festival said".
	k := sort.Search(len(x.all), func(k int) bool { return x.all[k].tok.Start >= at })
	for j, n := k-1, 0; j >= 0 && n < maxWalk; j, n = j-1, n+1 {
		m := x.all[j]
		if x.ents[m.entity].Kind != entities.Person && x.nameHoldsRole(m.entity, role.Key) {
			x.makeOrg(m)
			return x.as(m.entity)
		}
	}
	// The organisation the text introduced with the noun: "Irish airline
	// Skellig Air … the airline said", though another was named since.
	if hs := x.orgRoles[role.Key]; len(hs) > 0 {
		if j := sort.Search(len(hs), func(j int) bool { return hs[j].tok.Start >= at }); j > 0 {
			return x.as(hs[j-1].entity)
		}
	}
	if role.Any {
		if sp, ok := x.companyFor(at); ok {
			return sp
		}
	}
	k = sort.Search(len(x.orgs), func(k int) bool { return x.orgs[k].tok.Start >= at })
	near, governed := -1, -1
	for j, n := k-1, 0; j >= 0 && n < maxWalk; j, n = j-1, n+1 {
		if x.spokenTo(x.orgs[j]) {
			continue // "told Reuters": who was spoken to is not what the text reports on
		}
		e := x.orgs[j].entity
		if role.Any && (x.governed(x.orgs[j]) || x.inApposition(x.orgs[j])) && !x.nameHoldsRole(e, role.Key) && !x.roleOf(x.orgs[j], role) {
			// "Aurelia said it would appeal to the Court of Justice. …
			// the company said": a name after a preposition is what the
			// sentence is about less often than its subject.
			if governed < 0 {
				governed = e
			}
			continue
		}
		if role.Any || x.nameHoldsRole(e, role.Key) {
			if o, ok := x.subjectOrg(j, role); ok {
				e = o
			}
			return speaker{name: x.ents[e].Name, entity: e}
		}
		if near < 0 && at-x.orgs[j].tok.Start <= companyReach {
			near = e
		}
	}
	if near >= 0 {
		// "Norges Fiskarlag er imod … skrev organisationen": no name
		// holds the noun, and the text has just named an organisation.
		return x.as(near)
	}
	if governed >= 0 {
		return x.as(governed)
	}
	return speaker{entity: -1}
}

// subjectOrg returns the organisation that opens the sentence of
// x.orgs[j], where another is named later in it: the subject is what the
// sentence reports on, and what "the company" after it stands for
// ("Kanemaru, som ejer 14 bryggerier, sagde, at det ville beholde
// Fyrtårns navn. Selskabet kaldte …").
func (x *speakerIndex) subjectOrg(j int, role lang.Role) (int, bool) {
	s := x.sentenceAt(x.orgs[j].tok.Start)
	first := s.Start
	if first < s.End && x.pack.Is(strings.ToLower(x.d.Tok(first)), lang.Article) {
		first++ // "The company …", "Det danske …" is no name; "The" before one is its article
	}
	for i := j - 1; i >= 0 && x.orgs[i].tok.Start >= s.Start; i-- {
		m := x.orgs[i]
		if m.tok.Start == first && m.entity != x.orgs[j].entity && (!role.Any || !x.nameHoldsRole(x.orgs[j].entity, role.Key)) {
			return m.entity, true
		}
	}
	return 0, false
}

// roleOf reports a mention governed by a preposition right after the
// role noun itself: "Administrators at Quilter & Rowe" is what "the
// administrators" are later.
func (x *speakerIndex) roleOf(m mention, role lang.Role) bool {
	k := x.governor(m)
	if k < 1 {
		return false
	}
	r, ok := x.pack.Role(strings.ToLower(x.d.Tok(k - 1)))
	return ok && r.Key == role.Key
}

// opensWithOrgRole reports a sentence that opens with a noun for an
// organisation, after an article or none: "The company said …",
// "Selskabet oplyser …".
func (x *speakerIndex) opensWithOrgRole(s segment.Range) bool {
	r, _, ok := x.openingRole(s)
	return ok && r.Kind == lang.OrgRole
}

// inApposition reports a mention inside an apposition to an
// organisation's name, which the sentence is about: "Brightwater
// Offshore LLC, a joint venture between … and Norway's Fjellvind ASA,
// had spent …" is about Brightwater.
func (x *speakerIndex) inApposition(m mention) bool {
	s := x.sentenceAt(m.tok.Start)
	for k := m.tok.Start - 1; k > s.Start && k > m.tok.Start-lookAppos; k-- {
		if x.d.Tok(k) != "," {
			continue
		}
		j := sort.Search(len(x.orgs), func(j int) bool { return x.orgs[j].tok.End >= k })
		return j < len(x.orgs) && x.orgs[j].tok.End == k && x.orgs[j].entity != m.entity
	}
	return false
}

// lookAppos bounds how far back inApposition looks for the comma that
// opens an apposition.
const lookAppos = 16

// governed reports a mention after a preposition, with or without an
// article between: "to the Court of Justice", "i Novo Nordisk".
func (x *speakerIndex) governed(m mention) bool { return x.governor(m) >= 0 }

// governor returns the token of the preposition that governs mention m,
// with or without an article between, or -1.
func (x *speakerIndex) governor(m mention) int {
	k := m.tok.Start - 1
	if k >= 0 && x.d.Tokens[k].Kind == segment.Word && x.pack.Is(strings.ToLower(x.d.Tok(k)), lang.Article) {
		k--
	}
	if k >= 0 && x.d.Tokens[k].Kind == segment.Word && !x.d.Tokens[k].Is(segment.Cap) && x.pack.Is(x.d.Tok(k), lang.Preposition) {
		return k
	}
	// A noun that describes the name, with its adjectives, between the
	// article and the name: "fra det sydkoreanske værft Geoje Haeyang",
	// "from the South Korean shipyard Geoje Haeyang".
	demonym := func(k int) bool { return lang.IsDemonym(strings.ToLower(x.d.Tok(k))) }
	j, n := m.tok.Start-1, 0
	for ; j > 0 && n < 4 && x.d.Tokens[j].Kind == segment.Word && !x.pack.Is(strings.ToLower(x.d.Tok(j)), lang.Article); j, n = j-1, n+1 {
		if x.d.Tokens[j].Is(segment.Cap) && !demonym(j) && !(j+1 < m.tok.Start && demonym(j+1)) {
			break // "South Korean": a compass word before a nationality
		}
	}
	if n > 0 && j >= 1 && x.d.Tokens[j].Kind == segment.Word && x.pack.Is(strings.ToLower(x.d.Tok(j)), lang.Article) &&
		!x.d.Tokens[j-1].Is(segment.Cap) && x.pack.Is(x.d.Tok(j-1), lang.Preposition) {
		return j - 1
	}
	// The second of two names joined by "and" after a preposition:
	// "approval from the US Food and Drug Administration and the
	// European Medicines Agency".
	if k >= 1 && x.pack.Is(strings.ToLower(x.d.Tok(k)), lang.Conjunction) {
		j := sort.Search(len(x.all), func(j int) bool { return x.all[j].tok.Start >= k })
		if j > 0 && x.all[j-1].tok.End == k {
			return x.governor(x.all[j-1])
		}
	}
	return -1
}

// mistypedPerson finds the last organisation named in tokens [lo, at),
// outside the quote, whose name reads as a person's: two or three words
// written as names are ("Katrin Hoffmeister"), no listed organisation's
// name, no place's, and no word that ends organisations' names. It becomes a person, as the
// pronoun that refers to it says. -1 when there is none.
func (x *speakerIndex) mistypedPerson(lo, at int, inQuote func(mention) bool) int {
	k := sort.Search(len(x.orgs), func(k int) bool { return x.orgs[k].tok.Start >= at })
	for j := k - 1; j >= 0 && x.orgs[j].tok.Start >= lo; j-- {
		m := x.orgs[j]
		if inQuote(m) {
			continue
		}
		ent := &x.ents[m.entity]
		words := strings.Fields(ent.Name)
		if len(words) < 2 || len(words) > 3 || lexicon.IsOrganisation(ent.Name) || lexicon.IsOrgHead(strings.ToLower(words[len(words)-1])) || !personShaped(words) {
			continue
		}
		ent.Kind = entities.Person
		ent.Rule += "+" + entities.PronounRule
		x.gender[m.entity] = lang.Gender(lexicon.FirstNameGender(words[0]))
		p := sort.Search(len(x.people), func(p int) bool { return x.people[p].tok.Start >= m.tok.Start })
		x.people = slices.Insert(x.people, p, m)
		return m.entity
	}
	return -1
}

// genderBefore returns the gender a noun or a title right before one of
// the mentions ms tells, a comma between or not: "his daughter Morag
// Hale", "hans datter, Sofie", "Mrs Hale"; 0 when none does, or two
// disagree.
func (x *speakerIndex) genderBefore(ms []entities.Mention) lang.Gender {
	var g lang.Gender
	for _, m := range ms {
		k := m.Tok.Start - 1
		if k >= 0 && x.d.Tok(k) == "," {
			k--
		}
		if k < 0 {
			continue
		}
		switch h := x.pack.GenderOf(strings.ToLower(x.d.Tok(k))); {
		case h == 0:
		case g != 0 && g != h:
			return 0
		default:
			g = h
		}
	}
	return g
}

// personShaped reports words that are each a capital and small letters
// (a hyphen may join two such), none a listed place.
func personShaped(words []string) bool {
	for _, w := range words {
		if _, place := lexicon.Place(strings.ToLower(w)); place {
			return false
		}
		for part := range strings.SplitSeq(w, "-") {
			n := 0
			for _, r := range part {
				if n == 0 && !unicode.IsUpper(r) || n > 0 && !unicode.IsLower(r) {
					return false
				}
				n++
			}
			if n < 2 {
				return false
			}
		}
	}
	return true
}

// spokenTo reports a mention right after a word that names who words
// were said to: "told Reuters", "siger hun til DR".
func (x *speakerIndex) spokenTo(m mention) bool {
	k := m.tok.Start - 1
	return k >= 0 && x.d.Tokens[k].Kind == segment.Word && x.pack.Is(strings.ToLower(x.d.Tok(k)), lang.Addressee)
}

// companyFor is what "the company" or "selskabet" before token at
// stands for when no organisation is named in the sentences before it:
// the nearest name that is no person and no listed place, which the
// tagger took for a place or a thing ("A bad day for Vestas. … the
// company said"). The text has just called it a company: it becomes an
// organisation.
func (x *speakerIndex) companyFor(at int) (speaker, bool) {
	k := sort.Search(len(x.all), func(k int) bool { return x.all[k].tok.Start >= at })
	near := -1
	for j, n := k-1, 0; j >= 0 && n < maxWalk && at-x.all[j].tok.Start <= companyReach; j, n = j-1, n+1 {
		ent := &x.ents[x.all[j].entity]
		if ent.Kind == entities.Org {
			return speaker{}, false // orgFor's
		}
		if _, listed := lexicon.Place(ent.Name); near < 0 && ent.Kind != entities.Person && !listed {
			near = j
		}
	}
	if near < 0 {
		return speaker{}, false
	}
	m := x.all[near]
	x.makeOrg(m)
	return x.as(m.entity), true
}

// makeOrg makes the entity of mention m an organisation, as the role
// noun that refers to it says, and indexes the mention among the
// organisations. An organisation stays as it is.
func (x *speakerIndex) makeOrg(m mention) {
	ent := &x.ents[m.entity]
	if ent.Kind == entities.Org {
		return
	}
	ent.Kind = entities.Org
	ent.Rule += "+" + entities.CompanyRule
	o := sort.Search(len(x.orgs), func(o int) bool { return x.orgs[o].tok.Start >= m.tok.Start })
	x.orgs = slices.Insert(x.orgs, o, m)
}

// companyReach bounds, in tokens, how far back "the company" looks for a
// name that is not yet an organisation: about two sentences.
const companyReach = 60

func (x *speakerIndex) nameHoldsRole(e int, key string) bool {
	for _, w := range strings.Fields(x.ents[e].Name) {
		if r, ok := x.pack.Role(strings.ToLower(w)); ok && r.Key == key {
			return true
		}
	}
	return false
}

// pronoun resolves a pronoun that stands for a speaker. "it" and "they"
// stand for an organisation named in the sentence or the one before, or
// for no one: they are never a speaker's name. A personal pronoun
// takes, of the people its gender fits: someone named earlier in the
// same sentence; else the previous quote's speaker, when no one else
// who fits was named since; else the subject of the previous sentence;
// else the one named last.
func (x *speakerIndex) pronoun(q quotes.Quote, qs []quotes.Quote, out []speaker, i int) speaker {
	d := x.d
	p := q.Pronoun
	at := q.Subj.Start
	start := min(at, q.FirstTok)
	sent := x.sentenceAt(start)
	none := speaker{entity: -1}
	if p.Person != 3 {
		// "jeg sagde", "we said" outside a quotation: the writer, whom
		// the text does not name.
		return none
	}
	if p.Gender == 'n' || p.Plural {
		lo := sent.Start
		if ps := x.sentenceAt(sent.Start - 1); sent.Start > 0 {
			lo = ps.Start
			if x.opensWithOrgRole(ps) && ps.Start > 0 {
				// "Cerrado Verde rejected … The company said … It added
				// that": the sentence before names the organisation by
				// its noun; the one before that names it.
				lo = x.sentenceAt(ps.Start - 1).Start
			}
		}
		k := sort.Search(len(x.orgs), func(k int) bool { return x.orgs[k].tok.Start >= start })
		if k > 0 && x.orgs[k-1].tok.Start >= lo {
			return x.as(x.orgs[k-1].entity)
		}
		if i > 0 && !p.Plural && qs[i-1].LastTok >= lo {
			// "“…,” the company said in a statement. It added that …
			// “…”": the organisation that spoke just before, whatever
			// noun named it.
			if e := out[i-1].entity; e >= 0 && x.ents[e].Kind == entities.Org {
				return out[i-1]
			}
		}
		return none
	}
	fits := func(e int) bool {
		g := x.gender[e]
		return x.isPerson(e) && (p.Gender == 0 || g == 0 || g == p.Gender)
	}
	inQuote := func(m mention) bool { return m.tok.Start >= q.FirstTok && m.tok.Start <= q.LastTok }
	k := sort.Search(len(x.people), func(k int) bool { return x.people[k].tok.Start >= at })
	// Someone named earlier in the same sentence, outside the quote.
	for j, n := k-1, 0; j >= 0 && n < maxWalk && x.people[j].tok.Start >= sent.Start; j, n = j-1, n+1 {
		if m := x.people[j]; !inQuote(m) && fits(m.entity) {
			return x.as(m.entity)
		}
	}
	// The previous speaker, with no one else who fits named since.
	if i > 0 && qs[i-1].Para >= q.Para-3 {
		if e := out[i-1].entity; e >= 0 && fits(e) && !x.fittingPersonBetween(e, qs[i-1].LastTok, q.FirstTok, fits) && !x.otherRoleBetween(e, qs[i-1].LastTok, q.FirstTok, fits) {
			return out[i-1]
		}
	}
	// The subject of the previous sentence: the first who fits in it,
	// and not in the genitive ("Acme's head, Ann Lee, said …"); or the
	// one a role that opens it names ("Borgmesteren afviser kritikken.
	// … siger hun"), past sentences the same pronoun opens ("Hun peger
	// på, at …").
	for s, n := sent, 0; s.Start > 0 && n < 3; n++ {
		s = x.sentenceAt(s.Start - 1)
		// (Past a sentence the same pronoun opens, the one before it:
		// "Dagny Mikkelsen, 34, driver 180 hektar. Hun var kørt
		// hjemmefra. Hun forklarer det sådan: »…«".)
		if e := x.subjectIn(s, fits); e >= 0 {
			return x.as(e)
		}
		if sp, ok := x.roleOpens(s, fits); ok {
			return sp
		}
		if w := strings.ToLower(d.Tok(s.Start)); !x.samePronoun(w, p) {
			break
		}
	}
	// The one named last; but where the sentence before opens with a
	// role, not one introduced with another role ("… the striker Kasper
	// Holm. The coach insisted he was not worried. “…,” he said").
	opening := ""
	if sent.Start > 0 {
		if r, _, ok := x.openingRole(x.sentenceAt(sent.Start - 1)); ok && r.Kind == lang.PersonRole {
			opening = r.Key
		}
	}
	for j, n := k-1, 0; j >= 0 && n < maxWalk; j, n = j-1, n+1 {
		if m := x.people[j]; !inQuote(m) && fits(m.entity) && !(opening != "" && x.heldOtherRole(m.entity, opening)) {
			return x.as(m.entity)
		}
	}
	// A person's name the tagger took for an organisation's, in this
	// sentence or the one before: "Katrin Hoffmeister called the walkout
	// …. “…,” she said." He or she is someone.
	lo := sent.Start
	if sent.Start > 0 {
		lo = x.sentenceAt(sent.Start - 1).Start
	}
	if e := x.mistypedPerson(lo, at, inQuote); e >= 0 {
		return x.as(e)
	}
	// No one before: a story may open on a quote and name its speaker
	// in the next sentence ("“…,” she said. Ann Lee, 54, has led …").
	if sent.End < len(d.Tokens) {
		if e := x.subjectIn(x.sentenceAt(sent.End), fits); e >= 0 {
			return x.as(e)
		}
	}
	return none
}

// subjectIn is the first person named in sentence s whom fits accepts,
// not in the genitive ("Acme's head, Ann Lee, said …"), or -1.
func (x *speakerIndex) subjectIn(s segment.Range, fits func(int) bool) int {
	j := sort.Search(len(x.people), func(j int) bool { return x.people[j].tok.Start >= s.Start })
	for n := 0; j < len(x.people) && n < maxWalk && x.people[j].tok.Start < s.End; j, n = j+1, n+1 {
		if fits(x.people[j].entity) && !x.genitive(x.people[j]) {
			return x.people[j].entity
		}
	}
	return -1
}

// genitive reports a mention written in the genitive, which names whose
// something is, not who acts: "Ann Lee's husband", "Jens Holms kone".
func (x *speakerIndex) genitive(m mention) bool {
	d := x.d
	if k := m.tok.End; k < len(d.Tokens) && d.Tokens[k].Is(segment.Apostrophe) {
		return true
	}
	last := d.Tok(m.tok.End - 1)
	name := x.ents[m.entity].Name
	return len(last) > 1 && last[len(last)-1] == 's' && !strings.HasSuffix(name, last) && strings.HasSuffix(name, last[:len(last)-1])
}

func (x *speakerIndex) as(e int) speaker { return speaker{name: x.ents[e].Name, entity: e} }

// fittingPersonBetween reports whether a person other than e whom fits
// accepts is named in tokens (a, b).
func (x *speakerIndex) fittingPersonBetween(e, a, b int, fits func(int) bool) bool {
	j := sort.Search(len(x.people), func(j int) bool { return x.people[j].tok.Start > a })
	for n := 0; j < len(x.people) && n < maxWalk && x.people[j].tok.Start < b; j, n = j+1, n+1 {
		if o := x.people[j].entity; o != e && fits(o) {
			return true
		}
	}
	return false
}

// otherPersonBetween reports whether a person other than e is named in
// tokens (a, b): then a quote with no cue does not continue e.
func (x *speakerIndex) otherPersonBetween(e, a, b int) bool {
	return x.fittingPersonBetween(e, a, b, func(int) bool { return true })
}

// sentenceAt returns the sentence holding token tok.
func (x *speakerIndex) sentenceAt(tok int) segment.Range {
	ss := x.d.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > tok })
	if k < len(ss) {
		return ss[k]
	}
	return segment.Range{Start: tok, End: tok + 1}
}
