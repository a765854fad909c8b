package app

import (
	"sort"
	"strconv"

	"kilde/engine"
)

// piece is a stretch of article text with the highlights over it.
type piece struct {
	text    string
	fig     int    // figure index, -1 if none
	quote   int    // quote index, -1 if none
	entity  string // entity id, "" if none
	mention int    // mention index within the entity
	first   string // element id when the piece opens a figure, quote or mention
}

// paragraph is one line of the article, in pieces.
type paragraph []piece

// layout cuts the text into paragraphs (at line breaks) and pieces (at
// every highlight boundary). Offsets in r are code points.
func layout(text string, r engine.Result) []paragraph {
	runes := []rune(text)
	type mark struct {
		at   int
		open bool
		kind byte // 'f', 'q', 'm'
		idx  int
		ent  string
	}
	var marks []mark
	for i, f := range r.Figures {
		marks = append(marks, mark{f.Start, true, 'f', i, ""}, mark{f.End, false, 'f', i, ""})
	}
	for i, q := range r.Quotes {
		marks = append(marks, mark{q.Start, true, 'q', i, ""}, mark{q.End, false, 'q', i, ""})
	}
	for _, e := range r.Entities {
		for k, m := range e.Mentions {
			marks = append(marks, mark{m.Start, true, 'm', k, e.ID}, mark{m.End, false, 'm', k, e.ID})
		}
	}
	// Closings before openings at the same place.
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].at != marks[j].at {
			return marks[i].at < marks[j].at
		}
		return !marks[i].open && marks[j].open
	})
	cur := piece{fig: -1, quote: -1}
	var out []paragraph
	var para paragraph
	emit := func(from, to int) {
		for from < to {
			// Line breaks end paragraphs; the break itself is not shown.
			nl := from
			for nl < to && runes[nl] != '\n' {
				nl++
			}
			if nl > from {
				p := cur
				p.text = string(runes[from:nl])
				para = append(para, p)
				cur.first = ""
			}
			if nl < to {
				if len(para) > 0 {
					out = append(out, para)
				}
				para = nil
				nl++
			}
			from = nl
		}
	}
	at := 0
	for _, m := range marks {
		if m.at < at || m.at > len(runes) {
			continue
		}
		emit(at, m.at)
		at = m.at
		switch {
		case m.kind == 'f' && m.open:
			cur.fig, cur.first = m.idx, "f"+strconv.Itoa(m.idx)
		case m.kind == 'f':
			cur.fig = -1
		case m.kind == 'q' && m.open:
			cur.quote, cur.first = m.idx, "q"+strconv.Itoa(m.idx)
		case m.kind == 'q':
			cur.quote = -1
		case m.kind == 'm' && m.open:
			cur.entity, cur.mention, cur.first = m.ent, m.idx, "m-"+m.ent+"-"+strconv.Itoa(m.idx)
		default:
			cur.entity = ""
		}
	}
	emit(at, len(runes))
	if len(para) > 0 {
		out = append(out, para)
	}
	return out
}
