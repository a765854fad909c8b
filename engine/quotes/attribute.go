package quotes

import (
	"strings"
	"unicode/utf8"

	"kilde/engine/lang"
	"kilde/engine/lexicon"
	"kilde/engine/segment"
)

// How far the sieves look from a quote, in tokens. Bounded, so that
// attribution takes time in proportion to the text even when one
// sentence holds thousands of quotes.
const (
	lookBack  = 40
	lookAhead = 24
	// continueParas is how many paragraphs back a quote with no cue of
	// its own may find the quote whose speaker it continues.
	continueParas = 2
)

// attribute runs the sieves on quote i in order; the first that links the
// quote to its speaker's words decides. A cue with no speaker words is
// kept, so the quote does not pass for the previous speaker's.
func (f finder) attribute(qs []Quote, i int) {
	q := &qs[i]
	cue := ""
	// "»…« Det siger X": a capitalised lead word after the quote points
	// back at it from a sentence of its own, the lead-next sieve's; the
	// sieves that read the words after a quote as its clause would take
	// "Det" for the speaker.
	lead := f.leadAfter(q) || f.endsSentence(q)
	for _, s := range Sieves {
		var ok bool
		switch s {
		case CueAfter:
			ok = !lead && f.cueAfter(q, &cue)
		case CueAppos:
			ok = !lead && f.cueAppos(q, &cue)
		case VerbAfter:
			ok = !lead && cue == "" && f.verbAfter(q)
		case Colon:
			ok = f.colon(q)
		case CueBefore:
			ok = f.cueBefore(qs, i)
		case DashNext:
			ok = f.dashNext(q)
		case LeadNext:
			ok = f.leadNext(q)
		case According:
			ok = f.according(q)
		case ColonRunOn:
			ok = i > 0 && f.colonRunOn(q, qs[i-1], i-1)
		case CueSentence:
			ok = f.cueSentence(q)
		case Headline:
			ok = f.headline(q)
		}
		if ok {
			q.Sieve = s
			return
		}
	}
	q.Cue = cue
}

// leadAfter reports a capitalised lead word ("Det", "Sådan", "That")
// right after quote q, past a full stop.
func (f finder) leadAfter(q *Quote) bool {
	d := f.d
	j := f.pastStop(q)
	return q.Rule != "quote:dash" && j < d.Paras[q.Para].End && d.Tokens[j].Is(segment.Cap) && f.pack.Is(word(d, j), lang.Lead)
}

// endsSentence reports a quote inside a sentence whose words end with a
// full stop, before a capitalised word: "Koolhaas described her as “a
// planet in her own orbit.” Zenghelis described her as …". The stop ends
// the sentence the quote stands in, so the words after it are the next
// sentence's, not the quote's cue; a quote that opens its sentence
// ("“We won.” Smith said.") may still be read with them.
func (f finder) endsSentence(q *Quote) bool {
	d := f.d
	j := q.LastTok + 1
	return q.Rule != "quote:dash" && q.LastTok-1 > q.FirstTok && d.Tok(q.LastTok-1) == "." &&
		sentenceOf(d, q.FirstTok).Start < q.FirstTok &&
		j < d.Paras[q.Para].End && d.Tokens[j].Is(segment.Cap)
}

// pastStop returns the token after quote q's closing mark, and after a
// full stop that follows the mark ("»…«.").
func (f finder) pastStop(q *Quote) int {
	j := q.LastTok + 1
	if j < f.d.Paras[q.Para].End && f.d.Tok(j) == "." {
		j++
	}
	return j
}

// cueAfter: "…,” siger X." / "…,” sagde han." / "…,” X siger." right
// after the closing mark.
func (f finder) cueAfter(q *Quote, cue *string) bool {
	d := f.d
	para := d.Paras[q.Para]
	j := q.LastTok + 1
	if q.Rule == "quote:dash" {
		j = q.LastTok
	}
	for j < para.End && d.Tokens[j].Kind == segment.Punct && isSoftPunct(d.Tok(j)) {
		j++
	}
	if j >= para.End {
		return false
	}
	limit := min(para.End, j+lookAhead)
	if n := f.verbAt(j); n > 0 {
		if f.subjectAfterVerb(q, j, n, limit) {
			return true
		}
		*cue = f.span(j, j+n)
		return false
	}
	if v := f.subjectThenVerb(j); v > 0 && v < para.End {
		f.subjectBeforeVerb(q, v, j)
		return true
	}
	return false
}

// cueAppos: "…," the company's chief executive, Mary Barra, told
// analysts. / "…," one worker, who asked not to be named, told Reuters.
func (f finder) cueAppos(q *Quote, cue *string) bool {
	d := f.d
	if q.Rule == "quote:dash" || q.LastTok < 1 || d.Tok(q.LastTok-1) != "," {
		return false
	}
	para := d.Paras[q.Para]
	j := q.LastTok + 1
	v := f.verbAhead(j, min(para.End, j+lookAhead))
	if v < 0 || f.introduces(v+1) {
		return false
	}
	q.Cue = d.Tok(v)
	if m, ok := f.pronounAt(v - 1); ok {
		f.set(q, v, segment.Range{Start: v - 1, End: v}, PronounMention)
		q.Pronoun = m
		return true
	}
	// "…," Maria Lopez, a nurse at St. Mary's, told …: a name that opens
	// the clause and is closed off by a comma is the subject; the names
	// in the apposition after it are not.
	if e := nameAfter(d, j, v); e > 0 && e < v && d.Tok(e) == "," {
		f.set(q, v, segment.Range{Start: j, End: e}, NameMention)
		return true
	}
	best := segment.Range{}
	for i := j; i < v; {
		if e := nameAfter(d, i, v); e > 0 {
			if a := f.employeeBefore(i, j); a.End > 0 {
				// "Hyun-woo Park of the research firm ArtMetric told":
				// where the speaker works is not who speaks.
				best = a
				break
			}
			// "the Swedish battery maker said": a nationality word is
			// no one's name.
			if !f.complement(i, j) && !(e == i+1 && (lang.IsDemonym(word(d, i)) || f.roleInCaps(i))) {
				best = segment.Range{Start: i, End: e}
			}
			i = e
			continue
		}
		i++
	}
	if best.End > 0 {
		f.set(q, v, best, NameMention)
		return true
	}
	if r, role, ok := f.roleAt(j, v); ok {
		f.set(q, v, r, RoleMention)
		q.Role = role
		return true
	}
	*cue = q.Cue
	q.Cue = ""
	return false
}

// verbAfter: "…," fnisede Marianne. / "…?" laughed Tom Reed. / "…,"
// she smiled. A quotation that ends its sentence inside the marks (a
// comma, "?" or "!") and is followed by a name or pronoun beside a
// lower-case word that is no function word: that word is a verb of
// saying the cue lists do not hold. Fiction and features use many.
func (f finder) verbAfter(q *Quote) bool {
	d := f.d
	para := d.Paras[q.Para]
	j := q.LastTok + 1
	if q.Rule == "quote:dash" {
		j = q.LastTok
	}
	end := ""
	for k := max(q.LastTok-1, 0); k < para.End && (k < j || d.Tokens[k].Kind == segment.Punct && isSoftPunct(d.Tok(k))); k++ {
		if k > q.LastTok && d.IsMark(k) && d.Tokens[k].Is(segment.SpaceBefore) {
			return false // the next quotation opens
		}
		switch d.Tok(k) {
		case ",", "?", "!":
			end = d.Tok(k)
		}
		j = max(j, k+1)
	}
	if end == "" || j+1 >= para.End {
		return false
	}
	limit := min(para.End, j+8)
	// Verb, then subject: "fnisede Marianne", "sagde hun lavt".
	if f.freeVerb(j) {
		if p, ok := f.pronounAt(j + 1); ok && p.Person == 3 && clauseEnds(d, j+2, para.End) {
			f.set(q, -1, segment.Range{Start: j + 1, End: j + 2}, PronounMention)
			q.Cue = d.Tok(j)
			return true
		}
		if e := nameAfter(d, j+1, limit); e > 0 && clauseEnds(d, e, para.End) {
			f.set(q, -1, segment.Range{Start: j + 1, End: e}, NameMention)
			q.Cue = d.Tok(j)
			return true
		}
		return false
	}
	// Subject, then verb: "…," she smiled. / "…," Tom Reed laughed. Only
	// after a comma: after "?" or "!" a capitalised word may open the
	// next sentence.
	if end != "," {
		return false
	}
	e := 0
	if p, ok := f.pronounAt(j); ok {
		if p.Person != 3 {
			return false
		}
		e = j + 1
	} else if e = nameAfter(d, j, limit); e < 0 || f.commonWord(j, e) {
		return false
	}
	if e >= para.End || !f.freeVerb(e) || !clauseEnds(d, e+1, para.End) {
		return false
	}
	m := NameMention
	if e == j+1 {
		if _, ok := f.pronounAt(j); ok {
			m = PronounMention
		}
	}
	f.set(q, -1, segment.Range{Start: j, End: e}, m)
	q.Cue = d.Tok(e)
	return true
}

// freeVerb reports whether token i can be a verb of saying no list
// holds: a lower-case word of three letters or more that is no function
// word.
func (f finder) freeVerb(i int) bool {
	d := f.d
	if !isLower(d, i) || utf8.RuneCountInString(d.Tok(i)) < 3 {
		return false
	}
	return !lexicon.IsStop(f.pack.Code, d.Tok(i))
}

// clauseEnds reports whether the words of an attribution end at token i:
// a punctuation mark, the paragraph's end (end), or a lower-case word
// ("sagde hun lavt", "she said quietly").
func clauseEnds(d *segment.Doc, i, end int) bool {
	return i >= end || d.Tokens[i].Kind == segment.Punct || isLower(d, i)
}

// introduces reports whether a quotation opens at token i, after an
// optional comma or colon: the verb before i is that quotation's cue
// ("…,' and, as his daughter, Gianna, said, 'Daddy …'").
func (f finder) introduces(i int) bool {
	d := f.d
	if i < len(d.Tokens) && (d.Tok(i) == "," || d.Tok(i) == ":") {
		i++
	}
	return i < len(d.Tokens) && d.IsMark(i) && d.Tokens[i].Is(segment.SpaceBefore)
}

// complementizer reports "at" or "that" opening what was said: "sagde,
// at …", "said that …".
func complementizer(w string) bool { return w == "at" || w == "that" }

// coordinated finds the subject of a speech verb at k that "og" or
// "and" joins to an earlier one: "»…,« siger hun og tilføjer:", "she
// said and added:".
func (f finder) coordinated(q *Quote, k, lo int) bool {
	if k-2 < lo || !f.pack.Is(word(f.d, k-1), lang.Conjunction) {
		return false
	}
	if r, m, ok := f.mentionBefore(k-2, lo); ok && m != RoleMention && r.Start > lo && f.verbAt(r.Start-1) > 0 {
		f.set(q, -1, r, m) // the subject after the first verb: "siger hun og"
		return true
	}
	if f.verbAt(k-2) > 0 {
		return f.subjectBeforeVerb(q, k-2, lo)
	}
	// "Sultanbekova smiled and said only:", "Holm nikkede og sagde:": a
	// verb no cue list holds, right after a name that no preposition
	// governs.
	if k-3 >= lo && isLower(f.d, k-2) {
		if r, m, ok := f.mentionBefore(k-3, lo); ok && (m == NameMention || m == PronounMention) && !f.governed(r.Start-1, lo) {
			f.set(q, -1, r, m)
			return true
		}
	}
	return false
}

// reported reports a verb at k in a clause that "at" or "that" opens
// right after a speech verb, with at most three words of its subject
// between: "sagde, at virksomheden forventer", "said that the firm
// expects".
func (f finder) reported(k, lo int) bool {
	d := f.d
	for c := k - 1; c >= lo && c >= k-4; c-- {
		if complementizer(word(d, c)) {
			b := c - 1
			if b >= lo && d.Tok(b) == "," {
				b--
			}
			return b >= lo && f.verbAt(b) > 0
		}
		if d.Tokens[c].Kind != segment.Word {
			return false
		}
	}
	return false
}

// colon: "X siger: »…«", "Hun sagde: »…«", "He told reporters: “…”",
// "Til det siger direktør X: »…«", "X: »…«".
func (f finder) colon(q *Quote) bool {
	d := f.d
	c := q.FirstTok - 1
	if c < 1 || d.Tok(c) != ":" && !(d.Tok(c) == "," && q.Para > 0 && q.FirstTok == d.Paras[q.Para].Start) {
		// A comma that ends the paragraph before introduces the quotation
		// as a colon would ("Rathbun stated,\n\n“…”").
		return false
	}
	s := sentenceOf(d, c)
	lo := max(s.Start, c-lookBack)
	for k := c - 1; k >= lo; k-- {
		if t := d.Tokens[k]; d.IsMark(k) && (t.Is(segment.SpaceBefore) || t.Is(segment.SpaceAfter)) {
			break // an earlier quotation in the sentence: its own cue
		}
		if n := f.verbAt(k); n > 0 {
			q.Cue = f.span(k, k+n)
			if f.subjectBeforeVerb(q, k, lo) || f.subjectAfterVerb(q, k, n, c) || f.coordinated(q, k, lo) || f.sentenceSubject(q, lo, k) {
				q.Cue = f.span(k, k+n)
				if q.Pronoun.Person == 1 && k > lo {
					// "He put it simply when I asked him what the play
					// was about:": the writer asked; the sentence's own
					// subject, if another, gave the answer.
					saved := *q
					if f.sentenceSubject(q, lo, k) && q.Pronoun.Person != 1 {
						q.Cue = ":"
						return true
					}
					*q = saved
				}
				return true
			}
			q.Cue = ""
			return false
		}
	}
	if d.IsMark(c - 1) {
		return false // "…" fra X: "…": the run-on sieve's
	}
	if m, ok := f.pack.Possessive(word(d, s.Start)); ok && s.Start+1 < c && f.verdictNoun(word(d, s.Start+1)) && m.Person == 3 {
		// "Hendes budskab var kort: »…«", "His verdict was blunt:": whose
		// words they are is the possessive's person, as "she said" would
		// be.
		f.set(q, -1, segment.Range{Start: s.Start, End: s.Start + 1}, PronounMention)
		q.Pronoun = m
		q.Cue = ":"
		return true
	}
	if r, kind, ok := f.mentionBefore(c-1, lo); ok && !((kind == NameMention || kind == RoleMention) && (f.complement(r.Start, lo) || f.governed(r.Start-1, lo))) {
		// (Not who it was said to: "Direktøren har en klar besked til
		// politikerne:".)
		f.set(q, -1, r, kind)
		q.Cue = ":"
		return true
	}
	if f.sentenceSubject(q, lo, c) {
		q.Cue = ":"
		return true
	}
	return false
}

// headline: "“I thought I was there for the dinner”: Mokoena-Larsen
// wins prize", "»Vi er knust«: Holm går af": a quote that opens one of
// the text's first two paragraphs, then a colon and a name, is that
// name's, as headlines give it.
func (f finder) headline(q *Quote) bool {
	d := f.d
	if q.Para > 1 || q.FirstTok != d.Paras[q.Para].Start {
		return false
	}
	c := q.LastTok + 1
	end := d.Paras[q.Para].End
	if c+1 >= end || d.Tok(c) != ":" {
		return false
	}
	e := nameAfter(d, c+1, end)
	if e < 0 {
		return false
	}
	f.set(q, -1, segment.Range{Start: c + 1, End: e}, NameMention)
	q.Cue = ":"
	return true
}

// cueBefore: "X siger, at “…”" / "sagde han, at “…”" / "X defended the
// plan, saying “…”": a speech verb earlier in the quote's sentence.
func (f finder) cueBefore(qs []Quote, i int) bool {
	d, q := f.d, &qs[i]
	s := sentenceOf(d, q.FirstTok)
	lo := max(s.Start, q.FirstTok-lookBack)
	for k := q.FirstTok - 1; k >= lo; k-- {
		n := f.verbAt(k)
		if n > 0 && k > 0 && f.nounAt(k) {
			n = 0 // "the demands", "the union's demands": a noun, no verb
		}
		if n == 0 {
			n = f.phraseAt(k, beliefPhrases) // "X mener, at »…«": an opinion holds what follows it
		}
		if n == 0 {
			if f.passiveAgent(q, k) {
				return true
			}
			continue
		}
		if f.reported(k, lo) {
			// "X sagde, at virksomheden forventer at være profitabel
			// »…«": the verb of what was said; the verb before it says
			// who said it.
			continue
		}
		q.Cue = f.span(k, k+n)
		if f.subjectBeforeVerb(q, k, lo) || f.pack.VerbSecond && f.subjectAfterVerb(q, k, n, q.FirstTok) {
			q.Cue = f.span(k, k+n)
			return true
		}
		if f.pack.Is(word(d, k-1), lang.Conjunction) && i > 0 && qs[i-1].LastTok >= s.Start {
			// "X said …, and said it was “…”": the verb shares the
			// subject of the quote before it in the sentence.
			q.Prev = i - 1
			return true
		}
		if f.pronounBefore(q, lo, k) || f.sentenceSubject(q, lo, k) {
			q.Cue = f.span(k, k+n)
			return true
		}
		q.Cue = ""
		return false
	}
	return false
}

// nounAt reports a word at k that an article, a possessive or a
// genitive makes a noun, whatever verb it spells: "the demands", "its
// claims", "the union's demands".
func (f finder) nounAt(k int) bool {
	d := f.d
	w := word(d, k-1)
	if _, poss := f.pack.Possessive(w); poss || f.pack.Is(w, lang.Article) {
		return true
	}
	return (w == "s" || w == "S") && k >= 2 && d.Tokens[k-2].Is(segment.Apostrophe)
}

// passiveAgent: "Bernoulli was described by Ann Lee as “…”", "hun blev
// beskrevet af Anne Holm som »…«": a passive speech verb at k whose doer
// is named after "by", "af", before the quote.
func (f finder) passiveAgent(q *Quote, k int) bool {
	d := f.d
	return k > 0 && k+2 < q.FirstTok && f.pack.IsSpeechVerb(word(d, k)) && f.pack.IsPassive(word(d, k-1)) &&
		f.pack.Is(word(d, k+1), lang.Agent) && f.subjectAfterSource(q, k, 2, q.FirstTok)
}

// cueSentence: "Heald noted the findings show … . “An air-quality
// cleanup …”", "Anna Vinter forklarer, at tallene er stabile. »Vi har
// kapacitet nok.«": a quote with no cue that opens a sentence inside its
// paragraph, right after a sentence, holding no quotation of its own,
// whose speech verb has a subject.
func (f finder) cueSentence(q *Quote) bool {
	d := f.d
	s := sentenceOf(d, q.FirstTok)
	if s.Start != q.FirstTok || q.FirstTok <= d.Paras[q.Para].Start {
		return false
	}
	ps := sentenceOf(d, q.FirstTok-1)
	lo := max(ps.Start, q.FirstTok-lookBack)
	for k := lo; k < ps.End; k++ {
		if d.IsMark(k) {
			return false // a quotation of its own: its speaker is the one to continue
		}
	}
	for k := lo; k < ps.End; k++ {
		n := f.verbAt(k)
		if n == 0 {
			continue
		}
		if f.subjectBeforeVerb(q, k, lo) || f.pack.VerbSecond && f.subjectAfterVerb(q, k, n, ps.End) || f.sentenceSubject(q, lo, k) {
			q.Cue = f.span(k, k+n)
			return true
		}
		return false
	}
	return false
}

// pronounBefore takes the nearest "han", "she" and the like in [lo, v)
// as the subject of the verb at v ("når han i et interview med avisen,
// Finans, siger, at “…”").
func (f finder) pronounBefore(q *Quote, lo, v int) bool {
	for k := v - 1; k >= lo; k-- {
		if p, ok := f.pronounAt(k); ok && p.Person == 3 && (p.Gender == 'm' || p.Gender == 'f') {
			f.set(q, -1, segment.Range{Start: k, End: k + 1}, PronounMention)
			return true
		}
	}
	return false
}

// dashNext: a dash quote with no cue of its own, and the next paragraph
// opening "Det siger X" / "Sådan lyder det fra X" / "siger X".
func (f finder) dashNext(q *Quote) bool {
	d := f.d
	if q.Rule != "quote:dash" || q.LastTok != d.Paras[q.Para].End-1 || q.Para+1 >= len(d.Paras) {
		return false
	}
	np := d.Paras[q.Para+1]
	if f.pack.IsDash(d.Tok(np.Start)) {
		return false
	}
	return f.pointsBack(q, np.Start, np.End, false)
}

// pointsBack reads tokens [t, end) as a sentence that names a quote's
// speaker: up to two lead words ("Det", "Sådan"; required when
// needLead), then a speech verb or a source phrase and the speaker.
func (f finder) pointsBack(q *Quote, t, end int, needLead bool) bool {
	d := f.d
	lead := t
	for n := 0; n < 2 && t < end && f.pack.Is(word(d, t), lang.Lead); n++ {
		t++
	}
	if t == lead {
		if r := f.wroteThose(t, end); r.End > 0 {
			// "Hasegawa wrote those words in a message to the fans."
			f.set(q, -1, r, NameMention)
			q.Cue = f.span(r.End, r.End+f.verbAt(r.End))
			return true
		}
	}
	if needLead && t == lead {
		if r, m, v := f.wasSpeaking(t, end); v > 0 {
			// "“…” The minister was speaking on Tuesday at …": who was
			// speaking when the words were said.
			f.set(q, -1, r, m)
			q.Cue = f.span(v, v+1)
			return true
		}
	}
	if needLead && t == lead && f.sourceAt(t) < 3 {
		// A source phrase of its own may open the sentence: "The words
		// came from Samira Haddad".
		return false
	}
	limit := min(end, t+lookAhead)
	if n := f.sourceAt(t); n > 0 {
		return f.subjectAfterSource(q, t, n, limit)
	}
	if n := f.sourceWithGap(t, limit); n > 0 && t > lead {
		return f.subjectAfterSource(q, t, n, limit)
	}
	if t > lead && t < limit && f.pack.Is(word(d, t), lang.Copula) {
		// "That was Lindqvist's verdict", "Det var Lindqvists vurdering".
		if e := f.verdictOf(t+1, limit); e > 0 {
			f.set(q, -1, segment.Range{Start: t + 1, End: e}, NameMention)
			q.Cue = f.span(t, t+1)
			return true
		}
		if r := f.verdictFrom(t+1, limit); r.End > 0 {
			// "That is the view of Ayodele Fairbanks-Nkosi", "Det er
			// vurderingen fra Lars Holm".
			f.set(q, -1, r, NameMention)
			q.Cue = f.span(t, t+1)
			return true
		}
		if r, m := f.whoThatWas(t+1, limit); m != NoMention {
			f.set(q, -1, r, m)
			q.Cue = f.span(t, t+1)
			return true
		}
	}
	if n := f.verbAt(t); n > 0 {
		return f.subjectAfterVerb(q, t, n, limit)
	}
	return false
}

// whoThatWas finds who a sentence that opens "That was", "Det var"
// names after the copula at k-1: a name set off by a comma or ending the
// sentence ("That was Ailsa McCrindle, the trust's chair, speaking …"),
// or the subject after "how" ("That was how the bronze medallist summed
// up his race", "Det var, hvordan dr. Baird svarede").
func (f finder) whoThatWas(k, limit int) (segment.Range, Mention) {
	d := f.d
	if k < limit && d.Tok(k) == "," {
		k++
	}
	if k < limit && (word(d, k) == "how" || word(d, k) == "hvordan") {
		k++
		for k < limit && d.Tokens[k].Is(segment.Abbrev) {
			k++ // "dr. Baird"
		}
		if e := nameAfter(d, k, limit); e > 0 && !f.commonWord(k, e) {
			return segment.Range{Start: k, End: e}, NameMention
		}
		if r, role, ok := f.roleAt(k, limit); ok && role.Kind == lang.PersonRole {
			return r, RoleMention
		}
		return segment.Range{}, NoMention
	}
	if e := nameAfter(d, k, limit); e > 0 && !f.commonWord(k, e) && (e == limit || d.Tok(e) == "," || d.Tokens[e].Is(segment.SentEnd)) {
		return segment.Range{Start: k, End: e}, NameMention
	}
	return segment.Range{}, NoMention
}

// wasSpeaking finds a sentence that opens at t with who was speaking:
// a name, a pronoun or a role, a copula and a speech verb's "-ing" form
// ("The minister was speaking", "She was talking to reporters"). It
// returns the subject, its kind and the verb's token, or a verb of 0.
func (f finder) wasSpeaking(t, end int) (segment.Range, Mention, int) {
	d := f.d
	var r segment.Range
	var m Mention
	if e := nameAfter(d, t, end); e > 0 && !f.commonWord(t, e) {
		r, m = segment.Range{Start: t, End: e}, NameMention
	} else if _, ok := f.pronounAt(t); ok {
		r, m = segment.Range{Start: t, End: t + 1}, PronounMention
	} else if rr, role, ok := f.roleAt(t, end); ok && role.Kind == lang.PersonRole {
		r, m = rr, RoleMention
	} else {
		return r, m, 0
	}
	k := r.End
	if k+1 >= end || !f.pack.Is(word(d, k), lang.Copula) {
		return r, m, 0
	}
	// (The verb list, not verbAt, which reads "was" before it as a
	// passive's.)
	if w := word(d, k+1); strings.HasSuffix(w, "ing") && f.pack.IsSpeechVerb(w) {
		return r, m, k + 1
	}
	return r, m, 0
}

// wroteThose finds a name that opens a sentence at t and says, with a
// speech verb, the words a pointing word and a noun for what was said
// take back: "Hasegawa wrote those words", "Holm skrev de ord"; an empty
// range when the sentence is not so.
func (f finder) wroteThose(t, end int) segment.Range {
	d := f.d
	e := nameAfter(d, t, end)
	if e < 0 || e >= end || f.commonWord(t, e) {
		return segment.Range{}
	}
	n := f.verbAt(e)
	if n == 0 || e+n+1 >= end || !f.pack.Is(word(d, e+n), lang.Lead|lang.Article) || !f.pack.Is(word(d, e+n+1), lang.Verdict) {
		return segment.Range{}
	}
	return segment.Range{Start: t, End: e}
}

// verdictOf returns the end of a name at i whose genitive comes before a
// noun for what was said ("Lindqvist's verdict", "Lindqvists
// vurdering"), without its genitive ending; or 0.
func (f finder) verdictOf(i, limit int) int {
	d := f.d
	e := nameAfter(d, i, limit)
	if e < 0 {
		return 0
	}
	if e+2 < limit && f.genitiveAt(e) && f.pack.Is(word(d, e+2), lang.Verdict) {
		return e // "Lindqvist ’ s verdict"
	}
	if w := d.Tok(e - 1); e < limit && strings.HasSuffix(w, "s") && f.pack.Is(word(d, e), lang.Verdict) {
		return e // "Lindqvists vurdering": the genitive is the name's last word
	}
	return 0
}

// verdictFrom returns the name after a noun for what was said and "of"
// or "fra" at i: "the view of Ann Lee", "vurderingen fra Lars Holm"; an
// empty range when none is there.
func (f finder) verdictFrom(i, limit int) segment.Range {
	d := f.d
	if i < limit && f.pack.Is(word(d, i), lang.Article) {
		i++
	}
	if i+1 >= limit || !f.verdictNoun(word(d, i)) {
		return segment.Range{}
	}
	switch word(d, i+1) {
	case "of", "from", "fra", "hos":
	default:
		return segment.Range{}
	}
	if e := nameAfter(d, i+2, limit); e > 0 {
		return segment.Range{Start: i + 2, End: e}
	}
	return segment.Range{}
}

// verdictNoun reports a noun for what was said, also in the Danish
// definite form: "view", "vurderingen".
func (f finder) verdictNoun(w string) bool {
	if f.pack.Is(w, lang.Verdict) {
		return true
	}
	for _, end := range [...]string{"en", "et", "ne"} {
		if st, ok := strings.CutSuffix(w, end); ok && f.pack.Is(st, lang.Verdict) {
			return true
		}
	}
	return false
}

// genitiveAt reports an apostrophe and "s" at token k: "Lee's".
func (f finder) genitiveAt(k int) bool {
	d := f.d
	return k+1 < len(d.Tokens) && d.Tokens[k].Is(segment.Apostrophe) && !d.Tokens[k].Is(segment.SpaceBefore) && strings.EqualFold(d.Tok(k+1), "s")
}

// leadNext: a quote that is a sentence of its own, and the next sentence
// pointing back at it: "»…« Det siger X." in the same paragraph, or
// "Sådan lyder det fra X." opening the next one when the quote ends its
// paragraph. The pointing word is required: a sentence that only names
// someone after a quote says nothing of who spoke it.
func (f finder) leadNext(q *Quote) bool {
	d := f.d
	if q.Rule == "quote:dash" || sentenceOf(d, q.FirstTok).Start != q.FirstTok {
		return false
	}
	para := d.Paras[q.Para]
	t, end := f.pastStop(q), 0
	switch {
	case t < para.End:
		// A new sentence, or a capitalised lead word after a comma that
		// should have been a full stop ("»…,« Det siger X").
		s := sentenceOf(d, t)
		if s.Start != t && !d.Tokens[t].Is(segment.Cap) {
			return false
		}
		end = s.End
	case q.Para+1 < len(d.Paras):
		t, end = d.Paras[q.Para+1].Start, d.Paras[q.Para+1].End
		if f.pack.IsDash(d.Tok(t)) || d.IsMark(t) {
			return false // the next paragraph is a quote of its own
		}
	default:
		return false
	}
	return f.pointsBack(q, t, end, true)
}

// according: "ifølge X" / "according to X" in the quote's sentence.
func (f finder) according(q *Quote) bool {
	d := f.d
	s := sentenceOf(d, q.FirstTok)
	lo, hi := max(s.Start, q.FirstTok-lookBack), min(s.End, q.LastTok+1+lookAhead)
	if e := sentenceOf(d, q.LastTok); e.End > hi {
		hi = min(e.End, q.LastTok+1+lookAhead)
	}
	for k := lo; k < hi; k++ {
		if k == q.FirstTok {
			k = q.LastTok // the quoted words name no source
			continue
		}
		if n := f.sourceAt(k); n > 0 && f.subjectAfterSource(q, k, n, hi) {
			return true
		}
	}
	return false
}

// colonRunOn: “…” from X: “…” — a quote right after a colon that follows
// the previous quote goes on with that quote's speaker.
func (f finder) colonRunOn(q *Quote, prev Quote, pi int) bool {
	d := f.d
	c := q.FirstTok - 1
	if c < 2 || d.Tok(c) != ":" || prev.Para != q.Para || prev.LastTok < c-8 {
		return false
	}
	q.Prev, q.Cue = pi, ":"
	return true
}

// link marks quotes without attribution that continue an earlier
// speaker: the previous quote in the same paragraph, or in one of the
// few paragraphs before when this one opens its paragraph (the speaker's
// resolver then checks that no one else is named in between); and joins
// the parts of a quotation that runs over paragraphs.
func (f finder) link(qs []Quote) {
	d := f.d
	for i := range qs {
		q := &qs[i]
		if i > 0 && qs[i-1].Rule == "quote:paragraphs" && qs[i-1].Para == q.Para-1 && q.FirstTok == d.Paras[q.Para].Start {
			q.Chain = qs[i-1].Chain
		}
		if q.Cue != "" || q.Sieve != NoSieve || i == 0 {
			continue
		}
		prev := qs[i-1]
		opens := q.Para
		if q.Rule == "quote:run-on" {
			opens-- // it opened in the paragraph before the one it closes in
		}
		if f.asksYou(*q) {
			continue // "– Hvad skal du nu?": the interviewer asks
		}
		if prev.Para == opens || prev.Para >= q.Para-continueParas && q.FirstTok == d.Paras[q.Para].Start {
			q.Prev, q.Sieve = i-1, Continues
		}
	}
}

// asksYou reports a quotation that asks a question of the second
// person, as an interviewer does: it ends in a question mark and holds
// "du", "you" or the like.
func (f finder) asksYou(q Quote) bool {
	d := f.d
	last := q.LastTok
	for last > q.FirstTok && d.Tokens[last].Kind != segment.Word && d.Tok(last) != "?" {
		last--
	}
	if d.Tok(last) != "?" {
		return false
	}
	for k := q.FirstTok; k < last; k++ {
		if d.Tokens[k].Kind == segment.Word && f.pack.Is(word(d, k), lang.You) {
			return true
		}
	}
	return false
}

func isSoftPunct(s string) bool {
	switch s {
	case ",", "–", "—", "-", "”", "\"", "’", "»", "«":
		return true
	}
	return false
}
