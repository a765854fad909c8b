package engine

import (
	"strings"

	"kilde/engine/entities"
	"kilde/engine/quotes"
	"kilde/engine/segment"
)

// speaker is who said a quote: a name, and the index of its entity or -1.
type speaker struct {
	name   string
	entity int
}

// attribute names the speaker of every quote: the entity its subject
// words mention (a person first), the person last named before it for a
// pronoun, and the speaker of the quote it continues otherwise.
func attribute(d *segment.Doc, qs []quotes.Quote, ents []entities.Entity) []speaker {
	owner := make([]int, len(d.Tokens))
	for i := range owner {
		owner[i] = -1
	}
	for e, x := range ents {
		for _, m := range x.Mentions {
			for t := m.Tok.Start; t < m.Tok.End; t++ {
				if owner[t] < 0 || ents[owner[t]].Kind != entities.Person {
					owner[t] = e
				}
			}
		}
	}
	// lastPerson[t] is the person named last before token t.
	lastPerson := make([]int, len(d.Tokens)+1)
	last := -1
	for t := range d.Tokens {
		lastPerson[t] = last
		if o := owner[t]; o >= 0 && ents[o].Kind == entities.Person {
			last = o
		}
	}
	lastPerson[len(d.Tokens)] = last

	out := make([]speaker, len(qs))
	for i, q := range qs {
		sp := speaker{entity: -1}
		pronoun := q.Pronoun != "" || q.Subj.End == q.Subj.Start+1 && pronouns[strings.ToLower(d.Tok(q.Subj.Start))]
		switch {
		case pronoun:
			if e := lastPerson[q.FirstTok]; e >= 0 {
				sp = speaker{name: ents[e].Name, entity: e}
			}
		case q.Subj.End > q.Subj.Start:
			sp = subjectSpeaker(d, q.Subj, owner, ents)
		}
		if sp.name == "" && q.Prev >= 0 && q.Prev < i {
			sp = out[q.Prev]
		}
		if sp.name == "" && q.Chain >= 0 && q.Chain < i {
			sp = out[q.Chain]
		}
		out[i] = sp
	}
	return out
}

// pronouns that stand for a person who speaks.
var pronouns = map[string]bool{"han": true, "hun": true, "he": true, "she": true}

// subjectSpeaker finds the entity that subject tokens r mention, a
// person before anything else; without one it is the words themselves.
func subjectSpeaker(d *segment.Doc, r segment.Range, owner []int, ents []entities.Entity) speaker {
	best := -1
	for t := r.Start; t < r.End && t < len(owner); t++ {
		if o := owner[t]; o >= 0 && (best < 0 || ents[o].Kind == entities.Person && ents[best].Kind != entities.Person) {
			best = o
		}
	}
	if best >= 0 {
		return speaker{name: ents[best].Name, entity: best}
	}
	return speaker{name: strings.TrimSpace(d.Text[d.Tokens[r.Start].Start:d.Tokens[r.End-1].End]), entity: -1}
}
