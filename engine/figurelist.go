package engine

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"kilde/engine/figures"
)

// figures finds the figures of the text, in one pass of their own over
// each stretch of it in one language (the whole text but for a
// paragraph in the other): scale words differ, Danish "billion" is
// 10^12.
func (x *extraction) figures(langs []langAt) []Figure {
	out := make([]Figure, 0, figureCap(x.text))
	for k, l := range langs {
		end := len(x.text)
		if k+1 < len(langs) {
			end = langs[k+1].at
		}
		figures.Each(x.text[l.at:end], l.code, func(f figures.Figure) {
			out = append(out, x.figure(l.at, f))
		})
	}
	return out
}

// figureStretch is the most text figuresSideBySide reads at once, a
// quarter of a piece: a text of nothing but figures holds a list of them
// per stretch in flight, each a few times the stretch's size.
const figureStretch = pieceSize / 4

// figuresSideBySide finds the figures of a text in language code a
// stretch at a time on so many cores, and adds them to one list in the
// order of the text, a few stretches ahead at most. They are those of one
// pass where each stretch begins after a space and no figure runs across
// its start, as stretches almost always do; else they are found in one
// pass.
func (x *extraction) figuresSideBySide(code string, cores int) []Figure {
	ps := stretches(x.text, figureStretch)
	type inStretch struct {
		start, end int // the stretch's start, and where its last figure ends
		figs       *[]Figure
	}
	scan := figures.Prepare(x.text, code)
	out := make([]Figure, 0, figureCap(x.text))
	// A stretch's figures are found into a list the merge gives back:
	// a few lists serve every stretch, and leave no garbage.
	var lists sync.Pool
	end, one := 0, true
	sideBySide(ps, min(cores, len(ps)), func(p extent) inStretch {
		f := inStretch{start: p.start}
		f.figs, _ = lists.Get().(*[]Figure)
		if f.figs == nil {
			f.figs = new([]Figure)
		}
		figs := (*f.figs)[:0]
		f.end = scan.Each(p.start, p.end, func(g figures.Figure) { figs = append(figs, x.figure(0, g)) })
		*f.figs = figs
		return f
	}, func(f inStretch) {
		before, _ := utf8.DecodeLastRuneInString(x.text[:f.start])
		if one = one && (f.start == 0 || unicode.IsSpace(before) && end <= f.start); one {
			out = append(out, *f.figs...)
			end = max(end, f.end)
		}
		clear(*f.figs) // holds strings of the text
		lists.Put(f.figs)
	})
	if !one {
		return x.figures([]langAt{{0, code}})
	}
	return out
}

// figure converts f, found at base in the text, to the result's form.
func (x *extraction) figure(base int, f figures.Figure) Figure {
	s, e, t := x.span(base+f.Start, base+f.End)
	return Figure{
		Start: s, End: e, Text: t, Kind: f.Kind,
		Value: f.Value, ISO: f.ISO, High: f.High, HighISO: f.HighISO,
		Unit: f.Unit, Qualifier: f.Qualifier, Rule: f.Rule.String(),
	}
}

// figureCap is the size of the list of figures of text: the numbers
// written in digits, and an eighth more and sixteen for the number words
// (a short article may give a dozen: "two miles", "tre varianter"). The
// figures of a long text are most of its result, and a list sized by
// every run of digits ("2017-06-20" has three) held half as much again,
// unused.
func figureCap(text string) int {
	n := numbers(text)
	return n + n/8 + 16
}

// numbers counts the numbers written in digits in text: runs of ASCII
// digits, with one mark between two digits joining them ("1,234.5",
// "2017-06-20", "10:30").
func numbers(text string) int {
	n, in := 0, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case '0' <= c && c <= '9':
			if !in {
				n++
			}
			in = true
		case in && (c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && i+1 < len(text) && '0' <= text[i+1] && text[i+1] <= '9':
			// a mark inside a number: the run goes on
		default:
			in = false
		}
	}
	return n
}
