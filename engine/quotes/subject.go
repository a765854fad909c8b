package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kilde/engine/lang"
	"kilde/engine/lexicon"
	"kilde/engine/segment"
)

const (
	sourcePhrases = lang.Source
	verbPhrases   = lang.Verb
	asidePhrases  = lang.Aside
	beliefPhrases = lang.Belief
)

// span returns the text of tokens [a, b).
func (f finder) span(a, b int) string {
	return f.d.Text[f.d.Tokens[a].Start:f.d.Tokens[b-1].End]
}

// verbAt returns the number of tokens of the speech verb or verb phrase
// at i ("siger", "issued a statement"), or 0.
func (f finder) verbAt(i int) int { return int(f.cues(i) & 7) }

// sourceAt returns the number of tokens of the source phrase at i
// ("ifølge", "according to"), or 0.
func (f finder) sourceAt(i int) int { return int(f.cues(i) >> 3 & 7) }

// cues looks up the cue phrases at token i once: the sieves of nearby
// quotes look at the same tokens again, and a text of nothing but quotes
// must not pay for that in proportion to the number of quotes.
func (f finder) cues(i int) uint8 {
	if i < 0 || i >= len(f.d.Tokens) || f.d.Tokens[i].Kind != segment.Word {
		return 0
	}
	if i < len(f.memo) && f.memo[i]&memoSet != 0 {
		return f.memo[i]
	}
	c := uint8(memoSet)
	if t := f.d.Tokens[i]; !t.Is(segment.Cap) || t.Is(segment.Initial) {
		// Cue words are lower case but for the first word of a sentence:
		// a name is looked at without lowering it.
		v := f.phraseAt(i, verbPhrases)
		if v == 0 && f.pack.IsSpeechVerb(word(f.d, i)) && !f.pack.IsPassive(word(f.d, i-1)) && f.phraseAt(i, lang.Idiom) == 0 {
			v = 1 // not "prisen svarer til 18 gange resultatet"
		}
		if v == 0 && f.namesObject(i) {
			v = 1
		}
		c |= uint8(min(v, 7)) | uint8(min(f.phraseAt(i, sourcePhrases), 7))<<3
	}
	if i < len(f.memo) {
		f.memo[i] = c
	}
	return c
}

const memoSet = 1 << 7

// namesObject reports a verb that names rather than says, with an object
// after it and a quotation opening soon after that: it quotes then
// ("called the move “a betrayal”", "kalder beslutningen for »et
// slag«"), but not when the quotation follows it at once ("a charity
// called “Friends of the Forest”"), when it names its own subject
// ("calls itself", "kalder sig"), when it is passive ("was called") or
// when the quotation stands before it ("»Grøn vækst« kalder Hans Holm
// planen", where the quotation is the name given).
func (f finder) namesObject(i int) bool {
	d := f.d
	if !f.pack.Is(word(d, i), lang.Naming) || f.pack.IsPassive(word(d, i-1)) || i+1 >= len(d.Tokens) {
		return false
	}
	if d.Tokens[i+1].Is(segment.QuoteOpen) {
		// "i hvad skoleminister Annika Strandberg kaldte »…«", "what the
		// minister called “…”": the quotation is what the subject said.
		return f.whatBefore(i)
	}
	if d.Tokens[i+1].Kind != segment.Word || f.pack.Is(word(d, i+1), lang.Reflexive) {
		return false
	}
	end := i + objectWords + 1
	for k := i + 2; k < len(d.Tokens) && k <= end; k++ {
		switch t := d.Tokens[k]; {
		case t.Is(segment.QuoteOpen):
			return true
		case d.Tok(k) == "(" && k+2 < len(d.Tokens) && d.Tok(k+2) == ")":
			// "kalder Anders Thyregod (Borgerlisten) planen for »…«": a
			// subject's party after a verb-second verb.
			k, end = k+2, end+3
		case t.Kind == segment.Punct && !t.Is(segment.Apostrophe):
			return false // the clause or the sentence ends first
		}
	}
	return false
}

// whatBefore reports "hvad" or "what" before the naming verb at i with
// only a speaker's name, a role or a pronoun between: "hvad ministeren
// kaldte", "what Ann Lee called".
func (f finder) whatBefore(i int) bool {
	d := f.d
	k := i - 1
	if k < 0 {
		return false
	}
	if _, ok := f.pronounAt(k); ok {
		k--
	} else if a := nameBefore(d, k, max(k-6, 0)); a >= 0 {
		k = a - 1
		for k >= 0 && d.Tokens[k].Kind == segment.Word && !d.Tokens[k].Is(segment.Cap) && f.isRole(k) {
			k-- // "skoleminister Annika Strandberg"
		}
	} else if r, _, ok := f.roleBefore(k, max(k-6, 0)); ok {
		k = r.Start - 1
	} else {
		return false
	}
	return k >= 0 && f.pack.Is(word(d, k), lang.What)
}

// nationalNoun reports a Danish nationality noun for one person in the
// definite form: "tyskeren", "svenskeren", "nordmanden", "briten".
func nationalNoun(w string) bool {
	// The indefinite ("tysker", "franskmand", "brit") or the bare stem
	// ("tysk", "fransk") is a nationality word.
	for _, end := range [...]string{"eren", "manden", "en"} {
		if stem, ok := strings.CutSuffix(w, end); ok && len(stem) >= 3 {
			if lang.IsDemonym(stem) || end != "en" && lang.IsDemonym(stem+strings.TrimSuffix(end, "en")) {
				return true
			}
		}
	}
	return false
}

// objectWords is the most words an object between a naming verb and
// its quotation has: "the government's latest budget proposal for".
const objectWords = 6

// phraseAt returns the length of the longest cue phrase of kind k that
// starts at token i, or 0.
func (f finder) phraseAt(i int, k lang.CueKind) int {
	best := 0
	for _, ph := range f.pack.PhrasesFrom(k, word(f.d, i)) {
		if len(ph) > best && i+len(ph) <= len(f.d.Tokens) && f.matchWords(i, ph) {
			best = len(ph)
		}
	}
	return best
}

// maxGap is how many words in small letters a source phrase may have
// before its last word: "lød det fredag morgen fra".
const maxGap = 3

// sourceWithGap matches a source phrase of three words or more at i
// whose last word, a preposition, comes after up to maxGap words in
// small letters that say when or how ("Sådan lød det fredag morgen fra
// X"); it returns how many tokens the phrase and the gap take, or 0.
func (f finder) sourceWithGap(i, limit int) int {
	d := f.d
	for _, ph := range f.pack.PhrasesFrom(sourcePhrases, word(d, i)) {
		n := len(ph)
		if n < 3 || i+n-1 > limit || !f.matchWords(i, ph[:n-1]) {
			continue
		}
		for k := i + n - 1; k < limit && k < i+n-1+maxGap+1; k++ {
			if word(d, k) == ph[n-1] && isLower(d, k) {
				return k + 1 - i
			}
			if !isLower(d, k) || f.pack.Is(word(d, k), lang.Preposition) {
				break
			}
		}
	}
	return 0
}

func (f finder) matchWords(k int, ws []string) bool {
	d := f.d
	for i, w := range ws {
		if word(d, k+i) != w && !(d.Tokens[k+i].Kind == segment.Word && d.Tok(k+i) == w) {
			return false
		}
	}
	return true
}

// pronounAt returns the pronoun at token i when it can stand for a
// speaker: not when a name follows a capitalised one ("Han Solo").
func (f finder) pronounAt(i int) (lang.Pronoun, bool) {
	d := f.d
	if i < 0 || i >= len(d.Tokens) || d.Tokens[i].Kind != segment.Word || d.Tokens[i].End-d.Tokens[i].Start > 4 {
		return lang.Pronoun{}, false // pronouns are short: a name is not lowered to look
	}
	p, ok := f.pack.Pronoun(word(d, i))
	if ok && d.Tokens[i].Is(segment.Cap) && (isNameWord(d, i+1) || i+2 < len(d.Tokens) && isParticle(d, i+1) && isNameWord(d, i+2)) {
		return p, false // "Han Solo", "siger De la Cour"
	}
	return p, ok
}

// roleAt finds a role noun phrase starting at i and ending before limit:
// lower-case words ("the company's chief executive", "direktøren",
// "ministeriet") whose last role noun is its head.
func (f finder) roleAt(i, limit int) (segment.Range, lang.Role, bool) {
	d := f.d
	var role lang.Role
	end := -1
	for k := i; k < limit && k < i+6; k++ {
		t := d.Tokens[k]
		if t.Kind == segment.Punct {
			if s := d.Tok(k); (s == "’" || s == "'") && !t.Is(segment.SpaceBefore) {
				continue // "the company's"
			}
			break
		}
		w := word(d, k)
		if k > i && f.pack.Is(w, endsName) {
			break
		}
		if r, ok := f.pack.Role(w); ok && (!t.Is(segment.Cap) || t.Is(segment.AllCaps) || k == i) {
			role, end = r, k+1
		} else if t.Is(segment.Cap) && !t.Is(segment.AllCaps) && k > i {
			break
		}
	}
	if end < 0 {
		return segment.Range{}, role, false
	}
	return segment.Range{Start: i, End: end}, role, true
}

// articleOfRole reports a pronoun's word at i that is the article of a
// role's phrase after it: "siger de konservatives gruppeformand, …"
// (Danish "de" is "they" and "the").
func (f finder) articleOfRole(i, limit int) bool {
	r, _, ok := f.roleAt(i, limit)
	return ok && r.End > i+1
}

// roleBefore finds a role noun phrase that ends at k (inclusive):
// "direktøren siger", "the spokesman said".
func (f finder) roleBefore(k, limit int) (segment.Range, lang.Role, bool) {
	d := f.d
	if t := d.Tokens[max(k, 0)]; k < limit || t.Kind != segment.Word || t.Is(segment.Cap) && !t.Is(segment.Initial) && !t.Is(segment.AllCaps) {
		return segment.Range{}, lang.Role{}, false // a role before its verb is lower case: "direktøren siger"
	}
	r, ok := f.pack.Role(word(d, k))
	if !ok {
		return segment.Range{}, r, false
	}
	a := k
	for a-1 >= limit && a > k-5 && d.Tokens[a-1].Kind == segment.Word && !d.Tokens[a-1].Is(segment.Cap) && !f.pack.Is(word(d, a-1), endsName) {
		a--
	}
	return segment.Range{Start: a, End: k + 1}, r, true
}

// mentionBefore finds the words naming a speaker that end at k: a name,
// a pronoun or a role.
func (f finder) mentionBefore(k, limit int) (segment.Range, Mention, bool) {
	if k < limit {
		return segment.Range{}, NoMention, false
	}
	if _, ok := f.pronounAt(k); ok {
		return segment.Range{Start: k, End: k + 1}, PronounMention, true
	}
	// A role noun that opens the sentence is capitalised only for that:
	// "Statsministeren sagde:" names a role (roleBefore below); so is
	// one in capitals after an article ("the CEO told").
	role := f.isRole(k) && f.d.Tokens[k].Is(segment.Initial) || f.roleInCaps(k)
	if a := nameBefore(f.d, k, limit); a >= 0 && !f.commonWord(a, k+1) && !(a == k && role) && !f.capsRole(a, k) {
		for a < k && f.commonWord(a, a+1) {
			a++ // "Til DR", "The Guardian": a capitalised function word opens the sentence
		}
		return segment.Range{Start: a, End: k + 1}, NameMention, true
	}
	if r, _, ok := f.roleBefore(k, limit); ok {
		return r, RoleMention, true
	}
	if r, ok := f.ageAt(k - 1); ok && k-1 >= limit {
		return r, PronounMention, true
	}
	return segment.Range{}, NoMention, false
}

// namesIn reports a capitalised word among tokens [a, b) that opens no
// sentence: a name, which would name the role's holder ("Direktøren for
// Dansk Erhverv, Lise Holt, siger:").
func (f finder) namesIn(a, b int) bool {
	for k := a; k < b; k++ {
		if isNameWord(f.d, k) && !f.d.Tokens[k].Is(segment.Initial) {
			return true
		}
	}
	return false
}

// holderOfRole finds the person after a role in small letters at i,
// past where the role is held: "gruppeformand for Socialdemokratiet
// Zainab Haddad", "formand for Foreningen af Vestjyske Fiskere (FVF)
// Sigvald Kjær"; the person's name is the words after the initials in
// brackets or commas, else from the last known first name after the
// run's first word. An empty range when the role names no one there.
func (f finder) holderOfRole(i, limit int) segment.Range {
	d := f.d
	r, _, ok := f.roleAt(i, limit)
	if !ok || !isLower(d, i) && !d.Tokens[i].Is(segment.AllCaps) && !d.Tokens[i].Is(segment.Initial) {
		// (Machine translation writes roles in capitals: "sagde DIREKTØR
		// for …"; a sentence opens with a capital: "Gruppeformand for …".)
		return segment.Range{}
	}
	k := r.End
	if k >= limit || !f.pack.Is(word(d, k), lang.Complement|lang.Employer) {
		return segment.Range{}
	}
	k++
	if k < limit && f.pack.Is(word(d, k), lang.Article) && isNameWord(d, k+1) {
		k++ // "the chair of the Union for Nurses, UN, Ann Lee"
	}
	start, end, first := -1, -1, -1
	for n := 0; k < limit && n < 12; n++ {
		switch {
		case isNameWord(d, k):
			if start < 0 {
				start, first = k, k
			}
			k++
			end = k
			continue
		case d.Tok(k) == "(" && k+2 < limit && d.Tokens[k+1].Is(segment.AllCaps) && d.Tok(k+2) == ")",
			start >= 0 && d.Tok(k) == "," && k+2 < limit && d.Tokens[k+1].Is(segment.AllCaps) && d.Tok(k+2) == ",":
			k += 3
			start = k // the name after the initials is the holder's: "(FVF) Sigvald Kjær", ", FMI, Henrik Holm"
			continue
		case start >= 0 && d.Tok(k) == "-" && (word(d, k+1) == "og" || word(d, k+1) == "and") && isNameWord(d, k+2):
			k += 2 // "Materiel- og Indkøbsstyrelse"
			continue
		case start >= 0 && (word(d, k) == "af" || word(d, k) == "of" || word(d, k) == "og" || word(d, k) == "and" || word(d, k) == "for") && isNameWord(d, k+1):
			k++ // "Foreningen af …", "Fagforbundet for Sygeplejersker"
			continue
		}
		break
	}
	if end-start < 2 {
		return segment.Range{}
	}
	if start > first {
		return segment.Range{Start: start, End: end} // after the initials
	}
	// Where the workplace's name ends and the person's begins: at the
	// last known first name after its first word. A run with none is
	// the workplace alone ("formanden for Danske Vognmænd, Niels Holm").
	for p := end - 2; p > start; p-- {
		if lexicon.IsFirstName(d.Tok(p)) {
			return segment.Range{Start: p, End: end}
		}
	}
	return segment.Range{}
}

// roleInCaps reports a role noun in capitals after an article: "the CEO".
func (f finder) roleInCaps(k int) bool {
	return k > 0 && f.d.Tokens[k].Is(segment.AllCaps) && f.isRole(k) && f.pack.Is(word(f.d, k-1), lang.Article)
}

// capsRole reports a role that machine translation wrote in capitals
// with the words before it, tokens [a, k]: "Lindgren Retail ‘ s
// ADMINISTRERENDE DIREKTØR, Malin Åkerlund, sagde" names a role, not a
// person called so.
func (f finder) capsRole(a, k int) bool {
	if !f.isRole(k) {
		return false
	}
	for i := a; i <= k; i++ {
		if !f.d.Tokens[i].Is(segment.AllCaps) || utf8.RuneCountInString(f.d.Tok(i)) < 4 {
			return false // "CEO", "MP": initials, a name's as often
		}
	}
	return true
}

// isRole reports a role noun at token k.
func (f finder) isRole(k int) bool {
	_, ok := f.pack.Role(word(f.d, k))
	return ok
}

// commonWord reports whether tokens [a, b) are one capitalised stop
// word that opens its sentence ("The", "During"), not a name.
func (f finder) commonWord(a, b int) bool {
	return b == a+1 && f.d.Tokens[a].Is(segment.Initial) && lexicon.IsStop(f.pack.Code, f.d.Tok(a))
}

// set records r as the words naming q's speaker, of kind m, with the
// speech verb at v (none when v < 0).
func (f finder) set(q *Quote, v int, r segment.Range, m Mention) {
	d := f.d
	q.Subj, q.Mention = r, m
	if v >= 0 {
		q.Cue = d.Tok(v)
	}
	switch m {
	case PronounMention:
		q.Pronoun = lang.Pronoun{Person: 3} // "the 34-year-old"
		if p, ok := f.pronounAt(r.Start); ok {
			q.Pronoun = p
		}
	case RoleMention:
		for k := r.End - 1; k >= r.Start; k-- {
			if role, ok := f.pack.Role(word(d, k)); ok {
				q.Role = role
				break
			}
		}
	}
}

// subjectAfterVerb handles "siger X", "sagde han", "siger Alibaba Group
// vice president Jet Jing", "siger ansvarlig lærling, Bjarne Hansen",
// "siger direktøren", "siger han i en pressemeddelelse": among the names
// before the first comma or preposition that follows a name, the last
// one speaks; not one after "til" or "to", who was spoken to.
func (f finder) subjectAfterVerb(q *Quote, v, n, limit int) bool {
	d := f.d
	i := v + n
	if i < limit {
		a := f.phraseAt(i, asidePhrases)
		i += a
		if a > 0 && f.pack.Is(word(d, i-1), lang.Addressee) {
			// "siger til DR, at …", "siger til DR Lars Holm": who it was
			// said to does not speak; a name after it may.
			if e := nameAfter(d, i, limit); e > 0 {
				i = e
			}
		}
	}
	if i >= limit {
		return false
	}
	c := i
	if c < limit && (word(d, c) == "om" || word(d, c) == "about") {
		c++ // "advarede om, at …", "warned about how"
	}
	if c < limit && d.Tok(c) == "," {
		c++
	}
	if c < limit && complementizer(word(d, c)) {
		return false // "sagde, at virksomheden …": what was said follows, not who said it
	}
	if _, ok := f.pronounAt(i); ok && !f.articleOfRole(i, limit) {
		f.set(q, -1, segment.Range{Start: i, End: i + 1}, PronounMention)
		q.Cue = f.span(v, v+n)
		return true
	}
	if r := f.holderOfRole(i, limit); r.End > 0 {
		// "siger formand for Foreningen af Vestjyske Fiskere (FVF)
		// Sigvald Kjær"
		f.set(q, -1, r, NameMention)
		q.Cue = f.span(v, v+n)
		return true
	}
	best, role := segment.Range{}, segment.Range{}
	for k := 0; i < limit && k < 12; k++ {
		t := d.Tokens[i]
		if t.Kind == segment.Punct {
			s := d.Tok(i)
			if s == "(" && best.End == i && i+2 < limit && d.Tok(i+2) == ")" {
				i += 3 // "kalder Anders Thyregod (Borgerlisten) planen for »…«": a party or an age
				continue
			}
			if s == "," && best.End > 0 && !(role.End > 0 && role.End != best.Start && f.titledName(i+1, limit) > 0) || t.Is(segment.SentEnd) || s == "." || s == ":" || s == "(" || d.IsMark(i) && (t.Is(segment.SpaceBefore) || t.Is(segment.SpaceAfter)) && !f.genitiveAfterS(i) {
				break
			}
			i++
			continue
		}
		if best.End == 0 && k == 0 && f.prefixedRole(i) {
			role = segment.Range{Start: i, End: i + 1} // "siger S-ordføreren"
			i++
			continue
		}
		if e := nameAfter(d, i, limit); e > 0 && !(e == i+1 && t.Is(segment.AllCaps) && f.isRole(i)) {
			// Not a role in capitals, as machine translation writes
			// them: "sagde DIREKTØR for FMI, Henrik Holm".
			if f.capsRole(i, e-1) {
				// Several words of it: "siger ON ‘ s ADMINISTRERENDE
				// DIREKTØR, Tove Lind" names the role; its holder follows.
				role, i = segment.Range{Start: i, End: e}, e
				continue
			}
			best = segment.Range{Start: i, End: e}
			i = e
			continue
		}
		if best.End > 0 && f.pack.Is(word(d, i), endsName) {
			if r := f.complementThenName(role, i, limit); r.End > 0 {
				best, i = r, r.End
				continue
			}
			break
		}
		if w := word(d, i); f.pack.Is(w, lang.Addressee) && !f.pack.IsSpeechVerb(w) {
			break // "siger en beboer til Politiken": who it was said to does not speak
		}
		if best.End == 0 && k == 0 {
			// "siger direktøren", "said the spokesman" — unless a name
			// follows the title ("siger borgmester i Aarhus Birgitte Moe",
			// "siger formanden for Danske Vognmænd, Niels Holm").
			// An age first: "the 34-year-old nurse" is the person the
			// text is about, whatever the noun.
			if r, ok := f.ageAt(i); ok && !f.nameFollows(r.End, limit) {
				f.set(q, -1, r, PronounMention)
				q.Pronoun, q.Cue = lang.Pronoun{Person: 3}, f.span(v, v+n)
				return true
			} else if r, _, ok := f.roleAt(i, limit); ok {
				role = r
			}
		} else if _, _, ok := f.roleAt(i, i+1); ok && role.End == 0 {
			role = segment.Range{Start: i, End: i + 1} // "Danske Vognmænds formand, Niels Holm"
		}
		i++
	}
	if role.End > 0 && best.End > 0 && role.End < best.Start && f.definiteRole(role) && f.pack.Is(word(d, best.Start-1), lang.Preposition) {
		// "sagde ministeren på et pressemøde i Beskæftigelsesministeriet",
		// "said the minister at a briefing in Washington": a definite role
		// names the speaker, and a name in a phrase after it is where.
		best = segment.Range{}
	}
	if best.End == 0 && role.End > 0 {
		f.set(q, -1, role, RoleMention)
		q.Cue = f.span(v, v+n)
		return true
	}
	if best.End == 0 {
		return false
	}
	f.set(q, -1, best, NameMention)
	q.Cue = f.span(v, v+n)
	if role.End > 0 && role.Start >= best.End {
		// "said Acme's chief executive": the role's holder speaks where
		// one was named; the name whose role it is, where none was.
		for k := role.End - 1; k >= role.Start; k-- {
			if r, ok := f.pack.Role(word(d, k)); ok && r.Kind == lang.PersonRole {
				q.Role = r
				break
			}
		}
	}
	return true
}

// complementThenName finds the holder's name after a role that ends at
// i and its complement in small letters: "Energinets direktør for
// systemudvikling, Anne-Sofie Lindqvist", "Acme's head of research, Ann
// Lee". The name after the comma holds the role; the one before the role
// is where it is held.
func (f finder) complementThenName(role segment.Range, i, limit int) segment.Range {
	d := f.d
	if role.End != i || !f.pack.Is(word(d, i), lang.Complement) {
		return segment.Range{}
	}
	for k := i + 1; k < limit && k <= i+4; k++ {
		t := d.Tokens[k]
		if d.Tok(k) == "," {
			if k == i+1 {
				return segment.Range{}
			}
			if e := nameAfter(d, k+1, limit); e > 0 {
				return segment.Range{Start: k + 1, End: e}
			}
			return segment.Range{}
		}
		if t.Kind != segment.Word || t.Is(segment.Cap) {
			return segment.Range{}
		}
	}
	return segment.Range{}
}

// genitiveAfterS reports a single mark at token i that makes the name
// before it, ending in s, a genitive: "Vestas' koncerndirektør",
// "Reuters’ reporter"; with a space after it, it reads as a closing
// quotation mark too.
func (f finder) genitiveAfterS(i int) bool {
	d := f.d
	if i == 0 || i+1 >= len(d.Tokens) || d.Tokens[i].Is(segment.SpaceBefore) || d.Tokens[i-1].Kind != segment.Word || d.Tokens[i+1].Kind != segment.Word {
		return false
	}
	if s := d.Tok(i); s != "'" && s != "’" {
		return false
	}
	prev, next := d.Tok(i-1), d.Tok(i+1)
	return (strings.HasSuffix(prev, "s") || strings.HasSuffix(prev, "S")) && next == strings.ToLower(next) // "Vestas'", "ARoS'"
}

// definiteRole reports a role phrase that names one known holder: it
// opens with an article ("the minister") or ends in a Danish definite
// noun ("ministeren", "direktøren"); not a bare title before a name
// ("borgmester i Aarhus Birgitte Moe").
func (f finder) definiteRole(r segment.Range) bool {
	if f.pack.Is(word(f.d, r.Start), lang.Article) {
		return true
	}
	w := word(f.d, r.End-1)
	return f.pack.Code == "da" && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "et"))
}

// prefixedRole reports a role noun after a party's or body's letters and
// a hyphen, capitalised for the letters: "S-ordføreren", "EU-kommissæren".
func (f finder) prefixedRole(i int) bool {
	t := f.d.Tok(i)
	k := strings.LastIndexByte(t, '-')
	if k <= 0 || k+1 >= len(t) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t[k+1:]); !unicode.IsLower(r) {
		return false
	}
	_, ok := f.pack.Role(word(f.d, i))
	return ok
}

// ageAt finds "the 34-year-old" or "den 42-årige" at i, or a nationality
// noun in the definite ("tyskeren", "nordmanden", "the Spaniard"): a person
// named by age or nationality, who is the one the text is about, as a
// pronoun would be.
func (f finder) ageAt(i int) (segment.Range, bool) {
	d := f.d
	if i >= 0 && i < len(d.Tokens) && d.Tokens[i].Kind == segment.Word && nationalNoun(word(d, i)) {
		return segment.Range{Start: i, End: i + 1}, true
	}
	switch word(d, i) {
	case "the", "den", "det":
	default:
		return segment.Range{}, false
	}
	if i+2 < len(d.Tokens) && word(d, i) == "the" && d.Tokens[i+1].Is(segment.Cap) && (lang.IsDemonym(word(d, i+1)) || lang.IsDemonym(word(d, i+1)+"ish")) &&
		(d.Tokens[i+2].Kind == segment.Punct || f.verbAt(i+2) > 0) {
		// "the Spaniard said", "…,” said the Dane.": English names a
		// person by nationality with the article and the noun alone,
		// also a noun whose adjective ends in "-ish" ("the Pole", "the
		// Finn", "the Turk").
		return segment.Range{Start: i, End: i + 2}, true
	}
	if i+1 >= len(d.Tokens) || !d.Tokens[i+1].Is(segment.Digit) {
		return segment.Range{}, false
	}
	w := word(d, i+1)
	if strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-årige") {
		if k := i + 2; k < len(d.Tokens) && d.Tokens[k].Kind == segment.Word && !d.Tokens[k].Is(segment.Cap) &&
			!f.pack.IsSpeechVerb(word(d, k)) && !lexicon.IsStop(f.pack.Code, word(d, k)) {
			// "den 74-årige pensionist", "the 34-year-old nurse"
			return segment.Range{Start: i, End: k + 1}, true
		}
		return segment.Range{Start: i, End: i + 2}, true
	}
	return segment.Range{}, false
}

// titledName returns the end of a name at i, or after up to two lower-case
// role words before it ("oberst Ole Brink", "overlæge dr.med. Eva Bang"),
// or -1.
func (f finder) titledName(i, limit int) int {
	for k := 0; k < 2 && i < limit && isLower(f.d, i) && (f.isRole(i) || f.d.Tokens[i].Is(segment.Abbrev)); k++ {
		i++
	}
	return nameAfter(f.d, i, limit)
}

// nameFollows reports whether a name follows a role at i, after an
// optional comma: "siger direktør Hans Holm", "said the spokesman, Ann Lee".
func (f finder) nameFollows(i, limit int) bool {
	if i < limit && f.d.Tok(i) == "," {
		i++
	}
	return i < limit && nameAfter(f.d, i, limit) > 0
}

// subjectBeforeVerb handles "Pedersen siger", "han sagde",
// "direktøren siger" and "John McPheters, CEO og medstifter af
// virksomheden, siger".
func (f finder) subjectBeforeVerb(q *Quote, v, limit int) bool {
	d := f.d
	k := v - 1
	if k-2 >= limit && d.Tok(k) == ")" && d.Tok(k-2) == "(" {
		k -= 3 // "Mette Frederiksen (S) siger", "Lars Holm (38) siger"
	}
	if k > limit && f.pack.Is(word(d, k), lang.Intensifier) {
		k-- // "Lee herself told the BBC", "Lee selv siger"
	}
	if k < limit {
		return false
	}
	switch word(d, k) {
	case "der", "som", "who", "that":
		// "X, der siger, at": the relative clause's antecedent speaks.
		if k-1 >= limit && d.Tok(k-1) == "," {
			if r, m, ok := f.mentionBefore(k-2, limit); ok {
				if m == RoleMention {
					// "Martin Lowe, the union's general secretary, who
					// told the BBC": the name the role is set beside.
					for c := r.Start - 1; c-1 >= limit && c > r.Start-6; c-- {
						if d.Tok(c) == "," {
							if a := nameBefore(d, c-1, limit); a >= 0 {
								r, m = segment.Range{Start: a, End: c}, NameMention
							}
							break
						}
						if d.Tokens[c].Is(segment.Cap) && !d.Tokens[c+1].Is(segment.Apostrophe) {
							break // but "BALPA’s general secretary" is one role
						}
					}
				}
				f.set(q, v, r, m)
				return true
			}
		}
		return false
	}
	if r, m, ok := f.mentionBefore(k, limit); ok {
		if m == NameMention {
			if a := f.employeeBefore(r.Start, limit); a.End > 0 {
				// "Hyun-woo Park of the research firm ArtMetric told":
				// the name where someone works is not who spoke.
				r = a
			}
		}
		if f.pack.VerbSecond && m == NameMention && r.Start > 0 && f.pack.Is(word(d, r.Start-1), lang.Preposition) {
			if h := f.holderOfRole(limit, v); h.End > h.Start && h.End == r.End {
				// "Gruppeformand for Borgerlisten Frederik Lund kalder":
				// the phrase is the role's complement, not fronted; its
				// holder is the subject.
				f.set(q, v, h, NameMention)
				return true
			}
			// "Til DR siger Birgitte Moe": after a fronted phrase the
			// subject follows the verb; the name before it is the phrase's.
			return false
		}
		f.set(q, v, r, m)
		return true
	}
	if d.Tok(k) == "," {
		lo := max(limit, sentenceOf(d, k).Start)
		if f.pack.Is(word(d, lo), lang.Article) {
			lo++ // "The chair of …"
		}
		if h := f.holderOfRole(lo, v); h.End > h.Start && h.End == k {
			// "Formanden for Fagforbundet for Sygeplejersker, FFS, Dagny
			// Ravnsborg, kalder": the role that opens the sentence, where
			// it is held with its initials, and its holder.
			f.set(q, v, h, NameMention)
			return true
		}
		// An apposition: find the comma that opens it. A name after a
		// preposition is the apposition's own ("Ann Lee, curator at the
		// University of Leeds, Bradford, said"): look past its comma.
		var held segment.Range
		for c := k - 1; c >= limit && c > k-20; c-- {
			if d.Tok(c) == "," {
				if f.pack.Is(word(d, c+1), lang.Subordinator) {
					break // "Adspurgt, om han går af, svarer X": a fronted clause
				}
				b := c - 1
				if b < 0 {
					break
				}
				if d.Tok(b) == ")" && b-2 >= limit && d.Tok(b-2) == "(" {
					b -= 3 // "The Norwegian Environment Agency (Miljødirektoratet), which …, said"
				}
				r, m, ok := f.mentionBefore(b, limit)
				if ok && (m == NameMention && f.complement(r.Start, limit) || m == RoleMention && f.governed(c-1, limit)) {
					// "Ann Lee, curator at the University of Leeds, said",
					// "A spokeswoman for the ministry, Ann Lee, said": the
					// name or the role is a complement; the name beside
					// it holds the role the sentence opens with.
					if a := f.appositionName(c+1, k); held.End == 0 && a >= 0 {
						held = segment.Range{Start: a, End: k}
					}
					continue
				}
				if a := f.appositionName(c+1, k); (!ok || m == RoleMention) && a >= 0 && !f.commonWord(a, k) && !f.governed(c-1, limit) {
					// "as his daughter, Gianna, said", "the company's
					// spokesman, Ann Lee, said": the name in the
					// apposition is who the words before it describe.
					f.set(q, v, segment.Range{Start: a, End: k}, NameMention)
					return true
				}
				if ok && m != PronounMention {
					f.set(q, v, r, m)
					return true
				}
				held = segment.Range{}
				break
			}
		}
		if held.End > 0 && f.roleOpens(max(limit, sentenceOf(d, k).Start), held.Start) {
			// "Formanden for Dansk Erhverv, Lise Holt, siger", "The head
			// of the aviation authority, Jane Rowe, said": a role that
			// opens the sentence is held by the name set beside it.
			f.set(q, v, held, NameMention)
			return true
		}
	}
	return false
}

// employeeBefore finds a person's name before the employer's name that
// starts at i, joined by an employer word and up to three small words
// ("Hyun-woo Park of the research firm ArtMetric", "Lise Holt fra
// analysefirmaet Voxmeter"); an empty range when there is none.
func (f finder) employeeBefore(i, limit int) segment.Range {
	d := f.d
	if i-3 >= limit && (word(d, i-1) == "og" || word(d, i-1) == "and") && d.Tok(i-2) == "-" && !d.Tokens[i-2].Is(segment.SpaceBefore) && d.Tokens[i-3].Is(segment.Cap) {
		i -= 3 // "fra Syd- og Sønderjyllands Politi": one name, its first compound cut short
	} else if i-2 >= limit && (word(d, i-1) == "og" || word(d, i-1) == "and") && isNameWord(d, i-2) {
		// "of Avon and Somerset Police": one name with "and" in it (its
		// capitalised words only: "of" before it is the employer's).
		for i -= 2; i-1 >= limit && isNameWord(d, i-1); i-- {
		}
	}
	for k := i - 1; k-1 >= limit && k >= i-4; k-- {
		t := d.Tokens[k]
		if t.Kind != segment.Word || t.Is(segment.Cap) {
			return segment.Range{}
		}
		if f.pack.Is(word(d, k), lang.Employer|lang.Complement) {
			if a := nameBefore(d, k-1, limit); a >= 0 && (isPersonName(d, a, k) || f.isRole(a) && k-a > 2) {
				// (A title before it says a person as a known first name
				// does: "Anklager Sunnvá Joensen fra …".)
				return segment.Range{Start: a, End: k}
			}
			return segment.Range{}
		}
	}
	return segment.Range{}
}

// isPersonName reports a run of two or more name words, [a, b), the
// first a known first name or the run hyphenated as given names of two
// syllables are ("Hyun-woo Park").
func isPersonName(d *segment.Doc, a, b int) bool {
	if b-a < 2 {
		return false
	}
	w := d.Tok(a)
	return lexicon.IsFirstName(w) || strings.Contains(w, "-")
}

// appositionName returns where the name that fills tokens [a, k) starts,
// after at most one lower-case word ("fremskridtsmanden Jan Køpke
// Christensen", "oberst Ole Brink"), or -1.
func (f finder) appositionName(a, k int) int {
	if nameAfter(f.d, a, k) == k {
		return a
	}
	if isLower(f.d, a) && nameAfter(f.d, a+1, k) == k && !f.pack.Is(word(f.d, a), lang.Preposition) {
		return a + 1 // "his daughter, Gianna," not "then, in English,"
	}
	return -1
}

// roleOpens reports whether the words from lo, up to a preposition before
// end, hold a role noun: "Formanden for …", "The head of …".
func (f finder) roleOpens(lo, end int) bool {
	for i := lo; i < end && i < lo+4; i++ {
		if f.d.Tokens[i].Kind != segment.Word || f.pack.Is(word(f.d, i), lang.Preposition) {
			return false
		}
		if f.isRole(i) {
			return true
		}
	}
	return false
}

// complement reports whether the name starting at i follows a
// preposition, after an optional article, at or after lo: the name of
// where someone works or what a phrase is about ("editor at the Daily
// Post", "direktør i Novo Nordisk"), not of who speaks.
func (f finder) complement(i, lo int) bool {
	k := i - 1
	if k >= lo && f.pack.Is(word(f.d, k), lang.Article) {
		k--
	}
	if k >= lo && f.pack.Is(word(f.d, k), lang.Conjunction) {
		// "for Europe and Central Asia": the second of two names a
		// preposition governs.
		if r, m, ok := f.mentionBefore(k-1, lo); ok && m == NameMention && r.Start < k {
			return f.complement(r.Start, lo)
		}
	}
	return k >= lo && f.d.Tokens[k].Kind == segment.Word && !f.d.Tokens[k].Is(segment.Cap) && f.pack.Is(word(f.d, k), lang.Preposition)
}

// governed reports whether the lower-case words ending at k follow a
// preposition ("i et interview med avisen"): a phrase that is not the
// subject, and nor is a name set beside it.
func (f finder) governed(k, lo int) bool {
	d := f.d
	for n := 0; n < 5 && k >= lo && isLower(d, k); n, k = n+1, k-1 {
		if f.pack.Is(word(d, k), lang.Preposition) {
			return true
		}
	}
	return false
}

// subjectThenVerb reports, for "Pedersen siger", "han sagde" or
// "direktøren siger" starting at i, the index of the verb; 0 when the
// words there are not that.
func (f finder) subjectThenVerb(i int) int {
	d := f.d
	if _, ok := f.pronounAt(i); ok {
		if f.verbAt(i+1) > 0 {
			return i + 1
		}
		return 0
	}
	if e := nameAfter(d, i, len(d.Tokens)); e > 0 && f.verbAt(e) > 0 {
		return e
	}
	if r, _, ok := f.roleAt(i, min(len(d.Tokens), i+6)); ok && f.verbAt(r.End) > 0 {
		return r.End
	}
	if r, ok := f.ageAt(i); ok && f.verbAt(r.End) > 0 {
		return r.End
	}
	return 0
}

// subjectAfterSource handles "ifølge X", "according to the ministry",
// "lyder det fra direktør X", "hedder det i en pressemeddelelse fra X":
// the first name, or else role, in the few words after the phrase.
func (f finder) subjectAfterSource(q *Quote, k, n, limit int) bool {
	d := f.d
	if i := k + n; i < limit && isLower(d, i) {
		if p, ok := f.pack.Object(word(d, i)); ok && p.Person == 3 {
			// "ifølge hende", "according to him": who the text spoke of.
			f.set(q, -1, segment.Range{Start: i, End: i + 1}, PronounMention)
			q.Pronoun, q.Cue = p, f.span(k, k+n)
			return true
		}
	}
	for i := k + n; i < limit && i < k+n+6; i++ {
		t := d.Tokens[i]
		if t.Kind == segment.Punct {
			return false
		}
		if e := nameAfter(d, i, limit); e > 0 {
			// "lyder det fra Dansk Folkepartis formand, Morten
			// Messerschmidt": a genitive's role, and the name that holds
			// it in an apposition.
			if r, _, ok := f.roleAt(e, limit); ok && r.End+1 < limit && d.Tok(r.End) == "," {
				if a := nameAfter(d, r.End+1, limit); a > 0 {
					i, e = r.End+1, a
				}
			} else if ok {
				// "according to Jefferies analyst Tom Whitaker": the
				// employer's name, the role, and who holds it.
				if a := nameAfter(d, r.End, limit); a > 0 {
					i, e = r.End, a
				}
			}
			f.set(q, -1, segment.Range{Start: i, End: e}, NameMention)
			q.Cue = f.span(k, k+n)
			return true
		}
		if r, _, ok := f.roleAt(i, limit); ok {
			if c := r.End; c+1 < limit && d.Tok(c) == "," {
				if e := nameAfter(d, c+1, limit); e > 0 {
					// "ifølge politiets talsmand, Jens Bo,": the name in
					// the apposition holds the role.
					f.set(q, -1, segment.Range{Start: c + 1, End: e}, NameMention)
					q.Cue = f.span(k, k+n)
					return true
				}
			} else if f.nameFollows(r.End, limit) {
				continue // "according to spokesman Jens Bo": the name is next
			}
			f.set(q, -1, r, RoleMention)
			q.Cue = f.span(k, k+n)
			return true
		}
	}
	return false
}

// sentenceSubject takes the subject of the clause in [lo, v): the first
// name or pronoun that opens the sentence or follows a comma and comes
// before a lower-case word ("During the debate, Sunak defended …,
// saying").
func (f finder) sentenceSubject(q *Quote, lo, v int) bool {
	d := f.d
	for i := lo + 1; i < v; i++ {
		if d.Tok(i-1) != "," {
			continue
		}
		if r := f.holderOfRole(i, v); r.End > 0 {
			// "Oppositionens skarpeste kritiker, gruppeformand for
			// Socialdemokratiet Zainab Haddad, der …, var ikke i tvivl:":
			// the holder of a role set off by commas, whatever opens the
			// sentence.
			f.set(q, -1, r, NameMention)
			return true
		}
	}
	if r, role, ok := f.roleAt(lo, v); ok && role.Kind == lang.PersonRole && (r.End == lo+1 || r.End == lo+2 && f.pack.Is(word(d, lo), lang.Article)) && d.Tokens[lo].Is(segment.Initial) && f.definiteRole(r) && !f.namesIn(r.End, v) {
		// "Direktøren har dog en klar besked til politikerne:", "The
		// judge was blunt in her closing remarks:": the role that opens
		// the sentence; an organisation's ("Udenrigsministeriet") is
		// its name.
		f.set(q, -1, r, RoleMention)
		return true
	}
	for i := lo; i < v; i++ {
		if i > lo && d.Tok(i-1) != "," {
			continue
		}
		if f.sourceAt(i) > 0 {
			// "According to Bram Smet, the race is not won: “…”": the
			// source phrase is no subject; the according sieve reads it.
			return false
		}
		if _, ok := f.pronounAt(i); ok && isLower(d, i+1) {
			f.set(q, -1, segment.Range{Start: i, End: i + 1}, PronounMention)
			return true
		}
		if e := nameAfter(d, i, v); e > 0 && e < v && (isLower(d, e) || d.Tok(e) == ",") && !f.commonWord(i, e) {
			if r, _, ok := f.roleAt(e, v); ok && isLower(d, e) && f.nameFollows(r.End, v) {
				// "Dansk Sygeplejeråds kredsformand, Mette Holm
				// Rasmussen, er bekymret:", "Acme chief executive Jane
				// Doe is worried:": the name before the role is where the
				// holder works; the name after it speaks.
				a := r.End
				if d.Tok(a) == "," {
					a++
				}
				f.set(q, -1, segment.Range{Start: a, End: nameAfter(d, a, v)}, NameMention)
				return true
			}
			f.set(q, -1, segment.Range{Start: i, End: e}, NameMention)
			return true
		}
	}
	return false
}

// verbAhead returns the first speech verb in the clause that follows a
// quotation, from token j, or -1 when the sentence or another quotation
// comes first.
func (f finder) verbAhead(j, limit int) int {
	d := f.d
	for k := j; k < limit; k++ {
		t := d.Tokens[k]
		if t.Is(segment.SentEnd) || d.IsMark(k) && t.Is(segment.SpaceBefore) {
			return -1 // a mark after a space opens a quotation; "company's" has an apostrophe
		}
		if f.verbAt(k) > 0 {
			switch word(d, k-1) {
			case "who", "that", "der", "som":
				continue // a relative clause: "who asked not to be named"
			}
			return k
		}
	}
	return -1
}

// endsName: the words that end the words naming a speaker; what follows
// says where they work, who they spoke to or what they are ("direktør
// Hans Hansen fra Novo Nordisk", "Ann Lee of Acme", "Ann Lee, who").
const endsName = lang.Preposition | lang.Clause
