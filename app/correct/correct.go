// Package correct applies a reader's corrections of the entities found in
// a text (not an entity, another kind, the same as another entity) to a
// result, and to the reading view laid out for it. It is pure Go, so
// that it tests natively.
package correct

import (
	"fmt"
	"slices"
	"sort"

	"kilde/app/view"
	"kilde/engine/result"
)

// The corrections a reader can make.
const (
	Remove = "remove" // not an entity
	Kind   = "kind"   // another kind: person, org, place or other
	Merge  = "merge"  // the same as another entity
)

// Correction is one change a reader made to an entity. It names the
// entity by id and by name: the ids of a text are the same each time it
// is read, but a later version of the engine may number them otherwise,
// and then the name finds the entity.
type Correction struct {
	Op   string `json:"op"`
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind,omitempty"`
	// Into and IntoName name the entity that a merge joins.
	Into     string `json:"into,omitempty"`
	IntoName string `json:"into_name,omitempty"`
}

// Outcome is a result with corrections applied.
type Outcome struct {
	Result result.Result
	// Moved maps the id of every entity that a correction took away to
	// the entity that now holds its mentions, or to "" when it is gone.
	Moved map[string]string
	// Changed holds the entities that a correction changed: another kind,
	// or another entity merged in.
	Changed map[string]bool
	// Applied counts the corrections that found their entities.
	Applied int
}

// Key names the corrections of one text in storage: its FNV-1a hash,
// computed over the string in place (a long article is not copied).
func Key(text string) string {
	h := uint64(14695981039346656037)
	for i := 0; i < len(text); i++ {
		h ^= uint64(text[i])
		h *= 1099511628211
	}
	return fmt.Sprintf("kilde:corrections:%016x", h)
}

// Apply applies corrections in order to a copy of r; r is not changed.
// A correction whose entity is not in the result (any more) is skipped.
// A quote whose speaker's entity is removed keeps its speaker's words
// but loses the link; one whose speaker is merged links to the entity
// merged into, named by its name when the quote gave the merged one's.
func Apply(r result.Result, cs []Correction) Outcome {
	out := Outcome{Result: r, Moved: map[string]string{}, Changed: map[string]bool{}}
	if len(cs) == 0 {
		return out
	}
	ents := make([]result.Entity, len(r.Entities))
	for i, e := range r.Entities {
		e.Aliases = slices.Clone(e.Aliases)
		e.Mentions = slices.Clone(e.Mentions)
		ents[i] = e
	}
	quotes := slices.Clone(r.Quotes)
	find := func(id, name string) int {
		for i, e := range ents {
			if e.ID == id && e.Name == name {
				return i
			}
		}
		for i, e := range ents {
			if e.Name == name {
				return i
			}
		}
		return -1
	}
	// move records that entity from is now to (or gone, ""), also for
	// the entities moved into it before.
	move := func(from, to string) {
		for k, v := range out.Moved {
			if v == from {
				out.Moved[k] = to
			}
		}
		out.Moved[from] = to
		delete(out.Changed, from)
		for i, q := range quotes {
			if q.Entity == from {
				quotes[i].Entity = to
			}
		}
	}
	for _, c := range cs {
		i := find(c.ID, c.Name)
		if i < 0 {
			continue
		}
		switch c.Op {
		case Remove:
			move(ents[i].ID, "")
			ents = slices.Delete(ents, i, i+1)
		case Kind:
			if !validKind(c.Kind) || ents[i].Kind == c.Kind {
				continue
			}
			ents[i].Kind = c.Kind
			out.Changed[ents[i].ID] = true
		case Merge:
			j := find(c.Into, c.IntoName)
			if j < 0 || j == i {
				continue
			}
			src, dst := ents[i], &ents[j]
			for _, a := range append([]string{src.Name}, src.Aliases...) {
				if a != dst.Name && !slices.Contains(dst.Aliases, a) {
					dst.Aliases = append(dst.Aliases, a)
				}
			}
			dst.Mentions = append(dst.Mentions, src.Mentions...)
			sort.SliceStable(dst.Mentions, func(a, b int) bool { return dst.Mentions[a].Start < dst.Mentions[b].Start })
			for k, q := range quotes {
				if q.Entity == src.ID && q.Speaker == src.Name {
					quotes[k].Speaker = dst.Name
				}
			}
			out.Changed[dst.ID] = true
			move(src.ID, dst.ID)
			ents = slices.Delete(ents, i, i+1)
		default:
			continue
		}
		out.Applied++
	}
	out.Result.Entities, out.Result.Quotes = ents, quotes
	return out
}

func validKind(k string) bool {
	return k == result.Person || k == result.Org || k == result.Place || k == result.Other
}

// Relayout carries corrections over to the reading view laid out for the
// uncorrected result raw: the mentions of a removed entity are no longer
// marked, and those of a merged one are marked as the entity's they
// joined, numbered in its mentions. paras is not changed.
func Relayout(paras []view.Paragraph, raw result.Result, o Outcome) []view.Paragraph {
	if len(o.Moved) == 0 {
		return paras
	}
	rawEnt := make(map[string]*result.Entity, len(raw.Entities))
	for i := range raw.Entities {
		rawEnt[raw.Entities[i].ID] = &raw.Entities[i]
	}
	// The new number of a mention, by entity and start.
	number := map[string]map[int]int{}
	for _, to := range o.Moved {
		if to == "" || number[to] != nil {
			continue
		}
		for _, e := range o.Result.Entities {
			if e.ID == to {
				number[to] = make(map[int]int, len(e.Mentions))
				for k, m := range e.Mentions {
					number[to][m.Start] = k
				}
			}
		}
	}
	out := make([]view.Paragraph, len(paras))
	for i, para := range paras {
		out[i] = para
		copied := false
		for k, pc := range para {
			if pc.Entity == "" {
				continue
			}
			id, start := pc.Entity, -1
			if e := rawEnt[pc.Entity]; e != nil && pc.Mention >= 0 && pc.Mention < len(e.Mentions) {
				start = e.Mentions[pc.Mention].Start
			}
			if to, ok := o.Moved[id]; ok {
				id = to
			}
			if number[id] == nil && id == pc.Entity {
				continue // neither moved nor joined by another
			}
			if !copied {
				out[i], copied = slices.Clone(para), true
			}
			pc := &out[i][k]
			if id == "" {
				pc.Entity, pc.Mention = "", 0
				if pc.Opens == 'm' {
					pc.Opens = 0
				}
				continue
			}
			pc.Entity = id
			if n, ok := number[id][start]; ok {
				pc.Mention = n
			}
		}
	}
	return out
}
