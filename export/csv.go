package export

import (
	"bytes"
	"encoding/csv"
	"math"
	"strconv"
	"strings"

	"kilde/engine/result"
)

// The CSV files are UTF-8 with a byte-order mark and CRLF line ends, so
// that spreadsheets open them with Danish letters intact, and quoted as
// RFC 4180 says.

// FiguresCSV lists the figures.
func FiguresCSV(r result.Result) []byte {
	rows := [][]string{{"start", "end", "text", "kind", "value", "high", "unit", "qualifier", "rule"}}
	for _, f := range r.Figures {
		value := num(f.Value)
		if f.ISO != "" {
			value = f.ISO
		}
		high := highOf(f)
		rows = append(rows, []string{itoa(f.Start), itoa(f.End), cell(f.Text), f.Kind, value, high, cell(f.Unit), f.Qualifier, f.Rule})
	}
	return write(rows)
}

// QuotesCSV lists the quotes.
func QuotesCSV(r result.Result) []byte {
	rows := [][]string{{"start", "end", "text", "speaker", "entity", "cue", "rule"}}
	for _, q := range r.Quotes {
		rows = append(rows, []string{itoa(q.Start), itoa(q.End), cell(q.Text), cell(q.Speaker), q.Entity, cell(q.Cue), q.Rule})
	}
	return write(rows)
}

// EntitiesCSV lists the entities with their aliases and mention counts.
func EntitiesCSV(r result.Result) []byte {
	rows := [][]string{{"id", "name", "kind", "aliases", "mentions", "rule"}}
	for _, e := range r.Entities {
		rows = append(rows, []string{e.ID, cell(e.Name), e.Kind, cell(strings.Join(e.Aliases, "; ")), itoa(len(e.Mentions)), e.Rule})
	}
	return write(rows)
}

func write(rows [][]string) []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	w.WriteAll(rows) // writes to memory: cannot fail
	return b.Bytes()
}

func itoa(i int) string { return strconv.Itoa(i) }

// num writes a value without exponent or locale: 40000000000, 1.5.
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// cell keeps text from being read as a spreadsheet formula, by OWASP's
// rule for CSV injection: a cell whose first character, after any
// spaces, is = + - @, a tab or a carriage return gets a leading
// apostrophe. That includes "-5" in a text column: the numeric columns
// (start, end, value, high, mentions) are written as plain numbers and
// never pass through here, so a negative value stays a number.
func cell(s string) string {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return s
	}
	switch t[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// Named is the result for one file.
type Named struct {
	File   string
	Result result.Result
}

// TableCSV puts the figures, quotes and entities of several files in one
// table, a row each, told apart by the type column: what a spreadsheet
// user filters and sorts.
func TableCSV(results []Named) []byte {
	rows := [][]string{{"file", "type", "start", "end", "text", "kind", "value", "high", "unit", "qualifier",
		"speaker", "entity", "cue", "aliases", "mentions", "rule"}}
	for _, n := range results {
		r := n.Result
		for _, f := range r.Figures {
			value, high := num(f.Value), highOf(f)
			if f.ISO != "" {
				value = f.ISO
			}
			rows = append(rows, []string{cell(n.File), "figure", itoa(f.Start), itoa(f.End), cell(f.Text), f.Kind, value, high,
				cell(f.Unit), f.Qualifier, "", "", "", "", "", f.Rule})
		}
		for _, q := range r.Quotes {
			rows = append(rows, []string{cell(n.File), "quote", itoa(q.Start), itoa(q.End), cell(q.Text), "", "", "", "", "",
				cell(q.Speaker), q.Entity, cell(q.Cue), "", "", q.Rule})
		}
		for _, e := range r.Entities {
			start, end := "", ""
			if len(e.Mentions) > 0 {
				start, end = itoa(e.Mentions[0].Start), itoa(e.Mentions[0].End)
			}
			rows = append(rows, []string{cell(n.File), "entity", start, end, cell(e.Name), e.Kind, "", "", "", "",
				"", e.ID, "", cell(strings.Join(e.Aliases, "; ")), itoa(len(e.Mentions)), e.Rule})
		}
	}
	return write(rows)
}

// highOf is a range's upper end as the exports write it: an ISO date or
// a number; "" for a figure that is no range.
func highOf(f result.Figure) string {
	switch {
	case f.HighISO != "":
		return f.HighISO
	case f.IsRange():
		return num(f.High)
	}
	return ""
}
