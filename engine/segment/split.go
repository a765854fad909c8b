package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// paragraphs groups tokens into paragraphs. Most articles put one
// paragraph on a line; text hard-wrapped at a fixed width separates
// paragraphs by blank lines instead, and is recognised by its short,
// even lines.
func (d *Doc) paragraphs() {
	lines := splitLines(d.Text)
	blankSeparated := false
	if len(lines) >= 4 {
		short, blank := 0, 0
		for i, l := range lines {
			if l.End-l.Start <= 100 {
				short++
			}
			if i > 0 && strings.Count(d.Text[lines[i-1].End:l.Start], "\n") >= 2 {
				blank++
			}
		}
		blankSeparated = blank > 0 && short*10 >= len(lines)*9
	}
	if blankSeparated {
		merged := lines[:0:0]
		for i, l := range lines {
			if i > 0 && strings.Count(d.Text[lines[i-1].End:l.Start], "\n") < 2 {
				merged[len(merged)-1].End = l.End
				continue
			}
			merged = append(merged, l)
		}
		lines = merged
	}
	d.Lines = lines
	k := 0
	for _, l := range lines {
		start := k
		for k < len(d.Tokens) && int(d.Tokens[k].Start) < l.End {
			k++
		}
		if k > start {
			d.Tokens[start].Flags |= ParaStart
			d.Paras = append(d.Paras, Range{start, k})
		}
	}
}

// splitLines returns the byte ranges of the non-blank lines, trimmed.
func splitLines(s string) []Range {
	var out []Range
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "\n\r")
		end := len(s)
		if j >= 0 {
			end = i + j
		}
		a, b := i, end
		for a < b && isSpaceByte(s, a) {
			_, w := utf8.DecodeRuneInString(s[a:])
			a += w
		}
		for b > a {
			r, w := utf8.DecodeLastRuneInString(s[a:b])
			if !unicode.IsSpace(r) {
				break
			}
			b -= w
		}
		if b > a {
			out = append(out, Range{a, b})
		}
		i = end + 1
	}
	return out
}

func isSpaceByte(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || r == '\uFEFF'
}

// closer reports punctuation that may follow a sentence's final mark: a
// quotation mark, a bracket, more of ".!?".
func (d *Doc) closer(j int) bool {
	return d.Tokens[j].Flags&anyMark != 0 || strings.Contains(").!?]", d.Tok(j))
}

// sentences splits each paragraph at '.', '!', '?' and '…' that are
// followed by a capitalised word, a quote, a dash or a digit, and marks
// the words that stand first in a sentence or a quotation.
func (d *Doc) sentences() {
	for _, p := range d.Paras {
		start := p.Start
		for i := p.Start; i < p.End; i++ {
			t := &d.Tokens[i]
			if (t.Kind != Punct || !strings.Contains(".!?…", d.Tok(i))) && !d.finalAbbrev(i) {
				continue
			}
			j := i + 1
			for j < p.End && d.Tokens[j].Kind == Punct && d.closer(j) && !d.Tokens[j].Is(SpaceBefore) {
				j++
			}
			if j >= p.End {
				break
			}
			if !d.Tokens[j].Is(SpaceBefore) || !d.startsSentence(j) {
				continue
			}
			t.Flags |= SentEnd
			d.Sentences = append(d.Sentences, Range{start, j})
			start = j
			i = j - 1
		}
		if start < p.End {
			d.Sentences = append(d.Sentences, Range{start, p.End})
		}
	}
	d.markInitial()
}

// finalAbbrev reports an abbreviation at token i whose period may end
// a sentence too: one that ends an amount ("14,8 mia. kr. Men …",
// "3 pct. Det …") or a list ("osv. Det …"); not a title ("Dr.") nor a
// company's form ("Apple Inc. Chief Executive …").
func (d *Doc) finalAbbrev(i int) bool {
	t := d.Tokens[i]
	if t.Kind != Word || !t.Is(Abbrev) {
		return false
	}
	w := strings.ToLower(strings.TrimSuffix(d.Tok(i), "."))
	switch {
	case listEnds[w]:
		return true
	case amountEnds[w]:
		return i > 0 && (d.Tokens[i-1].Is(Digit) || d.Tokens[i-1].Is(Abbrev) && amountEnds[strings.ToLower(strings.TrimSuffix(d.Tok(i-1), "."))])
	}
	return false
}

// amountEnds are abbreviations that close an amount after a number or
// another of them; listEnds close a list.
var (
	amountEnds = map[string]bool{"kr": true, "pct": true, "mio": true, "mia": true, "mill": true, "mrd": true, "stk": true}
	listEnds   = map[string]bool{"osv": true, "etc": true, "mv": true, "mm": true}
)

// startsSentence reports whether token j can open a sentence.
func (d *Doc) startsSentence(j int) bool {
	t := d.Tokens[j]
	if t.Kind == Punct {
		return t.Flags&anyMark != 0 || strings.Contains("-–—([", d.Tok(j))
	}
	return t.Is(Cap) || t.Is(Digit)
}

// markInitial flags the words whose capital letter says nothing about
// their being a name: the first word of a sentence, and the first word
// after an opening quote (as marks classified it), a colon, a dash or a
// parenthesis.
func (d *Doc) markInitial() {
	for _, s := range d.Sentences {
		next := true
		for i := s.Start; i < s.End; i++ {
			t := &d.Tokens[i]
			if t.Kind == Word {
				if next {
					t.Flags |= Initial
				}
				next = false
				continue
			}
			hugsNext := t.Is(SpaceBefore) && !t.Is(SpaceAfter) || i == s.Start
			switch {
			case t.Is(QuoteOpen):
				// A mark that opens here; one that may close too opens
				// when it hugs the next word.
				next = next || !t.Is(QuoteClose) || hugsNext
			case d.Tok(i) == "-":
				next = next || hugsNext
			default:
				switch d.Tok(i) {
				case ":", "(", "[", "–", "—":
					next = true
				}
			}
		}
	}
}
