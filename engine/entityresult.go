package engine

import (
	"strconv"

	"kilde/engine/entities"
)

func entityID(i int) string { return "e" + strconv.Itoa(i+1) }

// entityResults converts the entities to the result format: ids, code
// point offsets, and the other forms the text uses as aliases.
func entityResults(ents []entities.Entity, span func(start, end int) (int, int, string)) []Entity {
	out := make([]Entity, 0, len(ents))
	for i, x := range ents {
		e := Entity{ID: entityID(i), Name: x.Name, Kind: x.Kind, Rule: x.Rule, Aliases: []string{}}
		seen := map[string]bool{x.Name: true}
		for _, m := range x.Mentions {
			s, end, t := span(m.Start, m.End)
			e.Mentions = append(e.Mentions, Mention{Start: s, End: end, Text: t})
			if !seen[t] {
				seen[t] = true
				e.Aliases = append(e.Aliases, t)
			}
		}
		out = append(out, e)
	}
	return out
}
