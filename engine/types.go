package engine

import "kilde/engine/result"

// The result types are defined in engine/result, so that the page and the
// exports can use them without linking the engine; these names keep the
// engine's API whole.
type (
	Result  = result.Result
	Span    = result.Span
	Figure  = result.Figure
	Quote   = result.Quote
	Entity  = result.Entity
	Mention = result.Mention
)

// Figure and entity kinds.
const (
	Money   = result.Money
	Percent = result.Percent
	Date    = result.Date
	Number  = result.Number
	Person  = result.Person
	Org     = result.Org
	Place   = result.Place
	Other   = result.Other
)
