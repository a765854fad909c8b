package quotes

import "kilde/engine/segment"

// attribute finds the cue and the speaker's words for q: after the
// quotation ("…,” siger X." / "…,” X siger."), before it in the same
// sentence ("X siger, at “…”", "X: »…«"), or through "ifølge X".
func attribute(d *segment.Doc, q *Quote) {
	para := d.Paras[q.Para]
	// After the closing mark.
	j := q.LastTok + 1
	if q.Rule == "quote:dash" {
		j = q.LastTok
	}
	for j < para.End && d.Tokens[j].Kind == segment.Punct && isSoftPunct(d.Tok(j)) {
		j++
	}
	if j < para.End {
		if isSpeechVerb(d, j) {
			if subjectAfterVerb(d, q, j, para.End) {
				return
			}
		} else if v := subjectThenVerb(d, j); v > 0 && v < para.End {
			setSubject(d, q, j, v, v)
			return
		}
	}
	// "…," the company's chief executive, Mary Barra, told analysts. /
	// "…," one worker, who asked not to be named, told Reuters.
	if q.Rule != "quote:dash" && q.LastTok > 0 && d.Tok(q.LastTok-1) == "," {
		if v := verbAhead(d, j, para.End); v > 0 {
			subjectBetween(d, q, j, v)
			return
		}
	}
	// Before the opening mark, in the same sentence.
	s := sentenceOf(d, q.FirstTok)
	for k := q.FirstTok - 1; k >= s.Start; k-- {
		if d.Tok(k) == ":" && k == q.FirstTok-1 {
			if a := nameBefore(d, k-1, s.Start); a >= 0 {
				q.Cue, q.Subj, q.Rule = ":", segment.Range{Start: a, End: k}, q.Rule+"+colon"
				return
			}
			if isSpeechVerb(d, k-1) && subjectBeforeVerb(d, q, k-1, s.Start) {
				return
			}
		}
		if isSpeechVerb(d, k) {
			// "X siger, at … “…”": the name before the verb speaks; else
			// "sagde han, … “…”".
			if subjectBeforeVerb(d, q, k, s.Start) || subjectAfterVerb(d, q, k, q.FirstTok) {
				q.Rule += "+before"
				return
			}
		}
	}
	// "ifølge X" / "according to X" anywhere in the sentence.
	for k := s.Start; k < s.End; k++ {
		for _, a := range according {
			if k+len(a) < s.End && matchWords(d, k, a) {
				n := k + len(a)
				if e := nameAfter(d, n, s.End); e > 0 {
					q.Cue, q.Subj, q.Rule = d.Text[d.Tokens[k].Start:d.Tokens[n-1].End], segment.Range{Start: n, End: e}, q.Rule+"+according"
					return
				}
			}
		}
	}
}

func isSoftPunct(s string) bool {
	switch s {
	case ",", "–", "—", "-", "”", "\"", "’", "»", "«":
		return true
	}
	return false
}

// subjectAfterVerb handles "siger X", "sagde han", "siger Alibaba Group
// vice president Jet Jing", "siger ansvarlig lærling, Bjarne Hansen":
// among the names before the first comma or conjunction that follows a
// name, the last one speaks.
func subjectAfterVerb(d *segment.Doc, q *Quote, v, limit int) bool {
	i := v + 1
	if i < limit {
		if g, ok := pronouns[word(d, i)]; ok && !isNameWord(d, i) || word(d, i) == "han" || word(d, i) == "hun" {
			_ = g
			q.Cue, q.Pronoun = d.Tok(v), word(d, i)
			q.Rule += "+after-cue"
			return true
		}
	}
	best := segment.Range{}
	for n := 0; i < limit && n < 12; n++ {
		t := d.Tokens[i]
		if t.Kind == segment.Punct {
			s := d.Tok(i)
			if s == "," && best.End > 0 || t.Is(segment.SentEnd) || s == "." || s == "“" || s == "”" || s == "\"" || s == "»" || s == "(" {
				break
			}
			i++
			continue
		}
		if e := nameAfter(d, i, limit); e > 0 {
			best = segment.Range{Start: i, End: e}
			i = e
			continue
		}
		if best.End > 0 {
			switch word(d, i) {
			case "og", "and", "der", "som", "who", "which", "i", "in", "på", "at", "til", "to":
				i = limit
				continue
			}
		}
		i++
	}
	if best.End == 0 {
		return false
	}
	setSubject(d, q, best.Start, best.End, v)
	q.Rule += "+after-cue"
	return true
}

// subjectBeforeVerb handles "Pedersen siger", "han sagde" and
// "John McPheters, CEO og medstifter af virksomheden, siger".
func subjectBeforeVerb(d *segment.Doc, q *Quote, v, limit int) bool {
	k := v - 1
	if k < limit {
		return false
	}
	if w := word(d, k); (w == "han" || w == "hun" || w == "he" || w == "she") && !isNameWord(d, k) {
		q.Cue, q.Pronoun = d.Tok(v), w
		return true
	}
	if a := nameBefore(d, k, limit); a >= 0 {
		setSubject(d, q, a, k+1, v)
		return true
	}
	if d.Tok(k) == "," {
		// An apposition: find the comma that opens it.
		for c := k - 1; c >= limit && c > k-14; c-- {
			if d.Tok(c) == "," {
				if a := nameBefore(d, c-1, limit); a >= 0 {
					setSubject(d, q, a, c, v)
					return true
				}
				break
			}
		}
	}
	return false
}

func setSubject(d *segment.Doc, q *Quote, a, b, verb int) {
	q.Subj = segment.Range{Start: a, End: b}
	q.Cue = d.Tok(verb)
	if a == b {
		q.Subj = segment.Range{}
	}
}

func matchWords(d *segment.Doc, k int, ws []string) bool {
	for i, w := range ws {
		if word(d, k+i) != w && !(d.Tokens[k+i].Kind == segment.Word && d.Tok(k+i) == w) {
			return false
		}
	}
	return true
}

// link marks quotes without attribution that continue an earlier
// speaker: the previous quote in the same paragraph, or in the paragraph
// before when this one opens its paragraph; and joins the parts of a
// quotation that runs over paragraphs.
func link(d *segment.Doc, qs []Quote) {
	for i := range qs {
		q := &qs[i]
		if i > 0 && qs[i-1].Rule == "quote:paragraphs" && qs[i-1].Para == q.Para-1 && q.FirstTok == d.Paras[q.Para].Start {
			q.Chain = qs[i-1].Chain
		}
		if q.Cue != "" || i == 0 {
			continue
		}
		prev := qs[i-1]
		if prev.Para == q.Para || prev.Para == q.Para-1 && q.FirstTok == d.Paras[q.Para].Start {
			q.Prev = i - 1
			q.Rule += "+continues"
		}
	}
}

// verbAhead returns the first speech verb in the clause that follows a
// quotation, from token j, or -1 when the sentence or another quotation
// comes first.
func verbAhead(d *segment.Doc, j, limit int) int {
	for k := j; k < limit && k < j+16; k++ {
		t := d.Tokens[k]
		if t.Is(segment.SentEnd) || t.Kind == segment.Punct && isQuoteMark(d.Tok(k)) && t.Is(segment.SpaceBefore) {
			return -1 // a mark after a space opens a quotation; "company's" has an apostrophe
		}
		if isSpeechVerb(d, k) {
			switch word(d, k-1) {
			case "who", "that", "der", "som":
				continue // a relative clause: "who asked not to be named"
			}
			return k
		}
	}
	return -1
}

// subjectBetween takes the last name in [j, v) as the subject of verb v,
// or a pronoun just before it; with neither, the quotation still has its
// cue, and so it does not pass for the previous speaker's.
func subjectBetween(d *segment.Doc, q *Quote, j, v int) {
	q.Rule += "+after-cue"
	if w := word(d, v-1); (w == "he" || w == "she" || w == "han" || w == "hun") && !isNameWord(d, v-1) {
		q.Cue, q.Pronoun = d.Tok(v), w
		return
	}
	best := segment.Range{}
	for i := j; i < v; {
		if e := nameAfter(d, i, v); e > 0 {
			best = segment.Range{Start: i, End: e}
			i = e
			continue
		}
		i++
	}
	setSubject(d, q, best.Start, best.End, v)
}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "»", "«", "„", "'", "‘", "’":
		return true
	}
	return false
}
