package figures

import "strings"

// Base is the rule that read a figure's number: one of a closed list,
// named in the rules table. The order of the table is the order the
// scanner tries them in: a date form first, then a decade, then a number
// or number word, read on as a range, a time or a year.
type Base uint8

const (
	ByNumber   Base = iota + 1 // digits: "3.000", "1,5"
	ByWord                     // a number word: "en million", "three"
	ByRange                    // two numbers as one range: "10-15 %", "mellem 5 og 7"
	ByTime                     // a clock time: "14.30", "9 am"
	ByYear                     // a four-digit year: "2015"
	ByDateDMY                  // day, month and year: "24. maj 2017", "24/11/2026"
	ByDateDM                   // day and month: "24. maj"
	ByDateMY                   // month and year: "maj 2017"
	ByDateMD                   // month and day: "May 24"
	ByDateMDY                  // month, day and year: "May 24, 2017"
	ByDecade                   // a decade: "1990'erne", "the '90s"
	ByFraction                 // a common fraction: "1/2", "3/4 procent"
)

// Part is what a number was read with; a rule's name joins its parts.
type Part uint8

const (
	WithScale    Part = 1 << iota // a scale word: "mia.", "million"
	WithCurrency                  // a currency: "kroner", "$"
	WithPercent                   // a percent sign or word
	WithPoints                    // percentage points: "procentpoint"
	WithUnit                      // a time unit or counted noun
)

// Bases and Parts name every rule, in the scanner's order: the JSON
// "rule" field is a base's name followed by its parts' ("number+scale+currency").
var (
	Bases = []struct {
		Base Base
		Name string
	}{
		{ByDateDMY, "date:dmy"}, {ByDateDM, "date:dm"}, {ByDateMY, "date:my"}, {ByDateMD, "date:md"},
		{ByDateMDY, "date:mdy"}, {ByDecade, "decade"}, {ByFraction, "fraction"}, {ByNumber, "number"}, {ByWord, "word"},
		{ByRange, "range"}, {ByTime, "time"}, {ByYear, "year"},
	}
	Parts = []struct {
		Part Part
		Name string
	}{
		{WithScale, "scale"}, {WithCurrency, "currency"}, {WithPercent, "percent"}, {WithPoints, "points"}, {WithUnit, "unit"},
	}
)

// Rule is what found a figure: its base and the parts read with it.
type Rule struct {
	Base  Base
	Parts Part
}

func (b Base) String() string {
	for _, x := range Bases {
		if x.Base == b {
			return x.Name
		}
	}
	return "unknown"
}

// String is the rule's name as the result gives it, from a table built
// once: a text of many figures names each without building a string.
func (r Rule) String() string {
	if int(r.Base) < len(ruleNames) && int(r.Parts) < len(ruleNames[0]) {
		return ruleNames[r.Base][r.Parts]
	}
	return r.name()
}

var ruleNames = func() (t [ByFraction + 1][WithUnit << 1]string) {
	for b := range t {
		for p := range t[b] {
			t[b][p] = Rule{Base(b), Part(p)}.name()
		}
	}
	return t
}()

func (r Rule) name() string {
	if r.Parts == 0 {
		return r.Base.String()
	}
	var b strings.Builder
	b.WriteString(r.Base.String())
	for _, p := range Parts {
		if r.Parts&p.Part != 0 {
			b.WriteByte('+')
			b.WriteString(p.Name)
		}
	}
	return b.String()
}
