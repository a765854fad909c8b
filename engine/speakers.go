package engine

import (
	"sort"
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
	// Mentions in token order, and the people among them: a quote looks
	// its speaker up by binary search, in memory of the mentions alone.
	n := 0
	for _, x := range ents {
		n += len(x.Mentions)
	}
	all, people := make([]mention, 0, n), []mention(nil)
	for e, x := range ents {
		for _, m := range x.Mentions {
			all = append(all, mention{m.Tok, e})
			if x.Kind == entities.Person {
				people = append(people, mention{m.Tok, e})
			}
		}
	}
	byStart := func(ms []mention) {
		sort.Slice(ms, func(i, j int) bool { return ms[i].tok.Start < ms[j].tok.Start })
	}
	byStart(all)
	byStart(people)

	out := make([]speaker, len(qs))
	for i, q := range qs {
		sp := speaker{entity: -1}
		pronoun := q.Pronoun != "" || q.Subj.End == q.Subj.Start+1 && pronouns[strings.ToLower(d.Tok(q.Subj.Start))]
		switch {
		case pronoun:
			// The person named last before the quote.
			k := sort.Search(len(people), func(k int) bool { return people[k].tok.Start >= q.FirstTok })
			if k > 0 {
				e := people[k-1].entity
				sp = speaker{name: ents[e].Name, entity: e}
			}
		case q.Subj.End > q.Subj.Start:
			sp = subjectSpeaker(d, q.Subj, all, ents)
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

type mention struct {
	tok    segment.Range
	entity int
}

// pronouns that stand for a person who speaks.
var pronouns = map[string]bool{"han": true, "hun": true, "he": true, "she": true}

// subjectSpeaker finds the entity that subject tokens r mention, a
// person before anything else; without one it is the words themselves.
func subjectSpeaker(d *segment.Doc, r segment.Range, all []mention, ents []entities.Entity) speaker {
	best := -1
	// Mentions are at most a few tokens long: start a little before r.
	k := sort.Search(len(all), func(k int) bool { return all[k].tok.Start >= r.Start-8 })
	for ; k < len(all) && all[k].tok.Start < r.End; k++ {
		m := all[k]
		if m.tok.End <= r.Start {
			continue
		}
		if best < 0 || ents[m.entity].Kind == entities.Person && ents[best].Kind != entities.Person {
			best = m.entity
		}
	}
	if best >= 0 {
		return speaker{name: ents[best].Name, entity: best}
	}
	return speaker{name: strings.TrimSpace(d.Text[d.Tokens[r.Start].Start:d.Tokens[r.End-1].End]), entity: -1}
}
