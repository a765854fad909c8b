// Package view lays out an article and what the engine found in it for
// the reading view: paragraphs cut into pieces at every highlight
// boundary. It also encodes a result with its layout compactly, so that
// the engine's Web Worker can hand both to the page, which decodes them
// in a few milliseconds (JSON would hold the page for long).
package view

import (
	"sort"
	"strconv"
	"unicode/utf8"

	"kilde/engine/result"
)

// Piece is a stretch of article text with the highlights over it.
type Piece struct {
	Text     string
	From, To int    // byte offsets of Text in the article
	Fig      int    // figure index, -1 if none
	Quote    int    // quote index, -1 if none
	Entity   string // entity id, "" if none
	Mention  int    // mention index within the entity
	// Opens is 'f', 'q' or 'm' when the piece opens a figure, quote or
	// mention (the one with an element id, see ID), else 0.
	Opens byte
}

// ID is the element id of the highlight the piece opens, "" if none.
func (pc Piece) ID() string {
	switch pc.Opens {
	case 'f':
		return "f" + strconv.Itoa(pc.Fig)
	case 'q':
		return "q" + strconv.Itoa(pc.Quote)
	case 'm':
		return "m-" + pc.Entity + "-" + strconv.Itoa(pc.Mention)
	}
	return ""
}

// Find gives the paragraph holding the highlight with element id, or -1.
func Find(paras []Paragraph, id string) int {
	for i, p := range paras {
		for _, pc := range p {
			if pc.Opens != 0 && pc.Opens == id[0] && pc.ID() == id {
				return i
			}
		}
	}
	return -1
}

// Paragraph is one paragraph of the reading view, in pieces.
type Paragraph []Piece

// MaxPara is the most code points one paragraph of the reading view
// holds: a longer line is shown as several, cut at a space, so that a text
// with no line breaks still renders a screenful at a time.
const MaxPara = 2000

// Layout cuts the text into paragraphs (at line breaks, and within lines
// longer than MaxPara) and pieces (at every highlight boundary). Offsets
// in r are code points.
func Layout(text string, r result.Result) []Paragraph {
	runes := []rune(text)
	// at[i] is the byte offset of code point i.
	at := make([]int, len(runes)+1)
	for i, b := 0, 0; i < len(runes); i++ {
		at[i] = b
		b += utf8.RuneLen(runes[i])
		at[i+1] = b
	}
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
	cur := Piece{Fig: -1, Quote: -1}
	var out []Paragraph
	var para Paragraph
	n := 0 // code points in para
	flush := func() {
		if len(para) > 0 {
			out = append(out, para)
		}
		para, n = nil, 0
	}
	emit := func(from, to int) {
		for from < to {
			// Line breaks end paragraphs; the break itself is not shown.
			nl := from
			for nl < to && runes[nl] != '\n' {
				nl++
			}
			end := nl
			if end-from > MaxPara-n {
				end = cut(runes, from, from+MaxPara-n)
			}
			if end > from {
				p := cur
				p.From, p.To = at[from], at[end]
				p.Text = text[p.From:p.To]
				para = append(para, p)
				n += end - from
				cur.Opens = 0
			}
			switch {
			case end < nl: // a long line goes on in the next paragraph
				flush()
			case nl < to:
				flush()
				end = nl + 1
			}
			from = end
		}
	}
	pos := 0
	for _, m := range marks {
		if m.at < pos || m.at > len(runes) {
			continue
		}
		emit(pos, m.at)
		pos = m.at
		switch {
		case m.kind == 'f' && m.open:
			cur.Fig, cur.Opens = m.idx, 'f'
		case m.kind == 'f':
			cur.Fig = -1
		case m.kind == 'q' && m.open:
			cur.Quote, cur.Opens = m.idx, 'q'
		case m.kind == 'q':
			cur.Quote = -1
		case m.kind == 'm' && m.open:
			cur.Entity, cur.Mention, cur.Opens = m.ent, m.idx, 'm'
		default:
			cur.Entity = ""
		}
	}
	emit(pos, len(runes))
	flush()
	return out
}

// cut is where a long line breaks before limit: after the last space in
// the 200 code points before it, else at limit.
func cut(runes []rune, from, limit int) int {
	for i := limit; i > from && i > limit-200; i-- {
		if runes[i-1] == ' ' {
			return i
		}
	}
	return max(limit, from)
}
