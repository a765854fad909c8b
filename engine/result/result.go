// Package result holds the types of an extraction's result, in the format
// fixed by the product spec, and their JSON form. It is apart from the
// engine so that code that only shows or exports a result (the page, the
// exports) does not link the engine and its tables.
package result

import (
	"encoding/json"
	"math"
)

// Result is what engine.Extract finds in one text, in the format fixed by the
// product spec. All offsets are Unicode code points into the input,
// half-open [Start, End), and every Text equals the input at its offsets.
type Result struct {
	Lang string `json:"lang"`
	// LangUnsure is set when Lang was detected but the text shows no
	// clear Danish or English signal: another language, or almost no
	// words.
	LangUnsure  bool     `json:"lang_unsure,omitempty"`
	Figures     []Figure `json:"figures"`
	Quotes      []Quote  `json:"quotes"`
	Entities    []Entity `json:"entities"`
	Boilerplate []Span   `json:"boilerplate,omitempty"`
}

// Span is a range of code points [Start, End).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Figure kinds.
const (
	Money   = "money"
	Percent = "percent"
	Date    = "date"
	Number  = "number"
)

// Figure is a number a reader would note: an amount of money, a
// percentage, a count, a range, a year or a date.
type Figure struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	// Value is the number a reader means. It is NaN when the text names no
	// exact number ("hundredvis af millioner"); it is ignored when ISO is set.
	Value float64 `json:"-"`
	// ISO is set instead of Value for a full date ("2017-06-20").
	ISO string `json:"-"`
	// High is the upper end of a range, NaN when the figure is not a range.
	High float64 `json:"-"`
	// HighISO is set instead of High for a range of full dates.
	HighISO   string `json:"-"`
	Unit      string `json:"unit,omitempty"`
	Qualifier string `json:"qualifier,omitempty"`
	Rule      string `json:"rule"`
}

// IsRange reports whether the figure has an upper end.
func (f Figure) IsRange() bool { return !math.IsNaN(f.High) || f.HighISO != "" }

// MarshalJSON writes value and high as a number, an ISO date string or
// null, and high only for ranges, as the spec fixes.
func (f Figure) MarshalJSON() ([]byte, error) {
	type plain Figure // no methods: avoids recursion
	out := struct {
		plain
		Value any `json:"value"`
		High  any `json:"high,omitempty"`
	}{plain: plain(f)}
	switch {
	case f.ISO != "":
		out.Value = f.ISO
	case !math.IsNaN(f.Value) && !math.IsInf(f.Value, 0):
		out.Value = f.Value
	}
	switch {
	case f.HighISO != "":
		out.High = f.HighISO
	case f.IsRange() && !math.IsInf(f.High, 0):
		out.High = f.High
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (f *Figure) UnmarshalJSON(b []byte) error {
	type plain Figure
	in := struct {
		*plain
		Value any `json:"value"`
		High  any `json:"high"`
	}{plain: (*plain)(f)}
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	f.Value, f.ISO, f.High, f.HighISO = math.NaN(), "", math.NaN(), ""
	switch v := in.Value.(type) {
	case float64:
		f.Value = v
	case string:
		f.ISO = v
	}
	switch v := in.High.(type) {
	case float64:
		f.High = v
	case string:
		f.HighISO = v
	}
	return nil
}

// Quote is direct speech: the quoted words without their marks, and who
// said them.
type Quote struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Speaker is the fullest name the text gives the speaker, "" if unknown.
	Speaker string `json:"speaker"`
	// Entity is the ID of the speaker's entity, "" if unknown.
	Entity string `json:"entity"`
	// Cue is the speech verb or phrase that carried the attribution.
	Cue  string `json:"cue"`
	Rule string `json:"rule"`
}

// Entity kinds.
const (
	Person = "person"
	Org    = "org"
	Place  = "place"
	Other  = "other"
)

// Entity is a person, organisation, place or other named thing, with every
// mention of it under any of its aliases.
type Entity struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Aliases are the other forms the text uses ("Ma" for "Jack Ma").
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
	Rule     string    `json:"rule"`
}

// Mention is one place an entity is named.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}
