// Package entities finds the people, organisations and places a news
// article names, and groups the forms each goes by ("Ma" and "Jack Ma",
// "Kinas" and "Kina", "Stadion Varer" and "Stadium Varer") into one entity.
package entities

import (
	"kilde/engine/result"
	"kilde/engine/segment"
)

// Kinds of entity: the result's.
const (
	Person = result.Person
	Org    = result.Org
	Place  = result.Place
	Other  = result.Other
)

// Entity is one named thing with all its mentions, in text order.
type Entity struct {
	Name     string
	Kind     string
	Mentions []Mention
	Rule     string
}

// Mention is one place the entity is named: byte offsets and the tokens.
type Mention struct {
	Start, End int
	Tok        segment.Range
}

// Hints carry what other passes know.
type Hints struct {
	Lang string
	// Skip reports paragraphs that are site furniture, not to be mined.
	Skip func(p int) bool
}

// Find returns the entities of d in order of first mention.
func Find(d *segment.Doc, h Hints) []Entity {
	c := newCollector(d, h)
	defer c.release()
	c.candidates()
	c.classify()
	return c.group()
}
