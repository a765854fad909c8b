package engine

import (
	"slices"
	"strconv"

	"kilde/engine/entities"
)

func entityID(i int) string { return "e" + strconv.Itoa(i+1) }

// addEntities converts one piece's entities to the result format (ids,
// code point offsets, the other forms the text uses as aliases) and
// returns the index in the result of each. An entity whose kind and name
// an earlier piece found joins it: the pieces of a long text are one
// text.
func (x *extraction) addEntities(ents []entities.Entity, base int) []int {
	res := x.res
	if x.named == nil && len(res.Entities) > 0 {
		x.named = newNameTable(&res.Entities, cap(res.Entities))
	}
	for i := x.ended; x.named != nil && i < len(res.Entities); i++ {
		x.named.add(i)
	}
	x.ended = len(res.Entities)
	ids := make([]int, len(ents))
	for i, n := range ents {
		at := -1
		if x.named != nil {
			at = x.named.find(n.Kind, n.Name)
		}
		if at < 0 {
			at = len(res.Entities)
			res.Entities = append(res.Entities, Entity{ID: entityID(at), Name: n.Name, Kind: n.Kind, Rule: n.Rule,
				Aliases: []string{}, Mentions: make([]Mention, 0, len(n.Mentions))})
		}
		ids[i] = at
		e := &res.Entities[at]
		for _, m := range n.Mentions {
			s, end, t := x.span(base+m.Start, base+m.End)
			e.Mentions = append(e.Mentions, Mention{Start: s, End: end, Text: t})
			if t != e.Name && !slices.Contains(e.Aliases, t) {
				e.Aliases = append(e.Aliases, t)
			}
		}
	}
	return ids
}
