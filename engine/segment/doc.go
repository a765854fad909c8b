package segment

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Doc is a text with its tokens, sentences and paragraphs.
type Doc struct {
	Text   string
	Tokens []Token
	// Sentences and Paras are ranges of token indices.
	Sentences []Range
	Paras     []Range
	// Lines are the byte ranges of the paragraphs, without line breaks.
	Lines []Range
}

// Tok returns the text of token i.
func (d *Doc) Tok(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// New segments text.
func New(text string) *Doc {
	d, _ := recycled.Get().(*Doc)
	if d == nil {
		d = &Doc{}
	}
	*d = Doc{Text: text, Tokens: d.Tokens[:0], Sentences: d.Sentences[:0], Paras: d.Paras[:0]}
	if want := min(len(text)/4, sample/4) + 16; cap(d.Tokens) < want {
		d.Tokens = make([]Token, 0, want)
	}
	d.tokenize()
	d.paragraphs()
	d.marks()
	d.sentences()
	return d
}

// recycled holds documents given back by Recycle.
var recycled sync.Pool

// Recycle gives d's lists to a later New: a reader of a long text piece
// by piece then fills the same lists, instead of leaving one set per
// piece to the collector. The caller must keep nothing that points into
// d's lists (its text and the strings cut from it may be kept), and
// must not use d again.
func Recycle(d *Doc) {
	d.Text, d.Lines = "", nil
	recycled.Put(d)
}

// sample is how much text is tokenized before the token list is sized
// for the whole text from what it held so far: one allocation of the
// right size instead of growing copies.
const sample = 64 << 10

func isWordRune(r rune) bool {
	if r < 0x80 {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord marks the ASCII letters and digits: most of any text, looked
// up without the Unicode tables.
var asciiWord = func() (t [0x80]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// tokenize makes word and punctuation tokens. A hyphen between letters
// stays in the word; abbreviations then take their periods.
func (d *Doc) tokenize() {
	s := d.Text
	space, newline := true, true
	sized := len(s) <= sample
	for i := 0; i < len(s); {
		if !sized && i >= sample {
			sized = true
			want := int(float64(len(d.Tokens))*float64(len(s))/float64(i)*1.05) + 16
			if want > cap(d.Tokens) {
				d.Tokens = append(make([]Token, 0, want), d.Tokens...)
			}
		}
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if r == ' ' || unicode.IsSpace(r) || r == '\uFEFF' {
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				newline = true
			}
			space = true
			if n := len(d.Tokens); n > 0 {
				d.Tokens[n-1].Flags |= SpaceAfter
			}
			i += w
			continue
		}
		t := Token{Start: int32(i)}
		if space {
			t.Flags |= SpaceBefore
		}
		if newline {
			t.Flags |= NewlineBefore
		}
		space, newline = false, false
		if !isWordRune(r) {
			t.Kind, t.End = Punct, int32(i+w)
			d.Tokens = append(d.Tokens, t)
			i += w
			continue
		}
		t.Kind = Word
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf && asciiWord[c] {
				j++
				continue
			}
			r, w := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += w
				continue
			}
			// A Danish legal form is one word: "A/S", "I/S", "K/S", "P/S".
			if r == '/' && j-i == 1 && isUpperASCII(s[i]) && j+2 <= len(s) && isUpperASCII(s[j+1]) {
				if n, _ := utf8.DecodeRuneInString(s[j+2:]); j+2 == len(s) || !isWordRune(n) {
					j += 2
					continue
				}
			}
			// An inner hyphen or a period between letters stays in the word.
			if (r == '-' || r == '‑') && j+w < len(s) {
				if n, _ := utf8.DecodeRuneInString(s[j+w:]); isWordRune(n) {
					j += w
					continue
				}
			}
			// "O'Connor", "L’Enfant", "d'Alembert", "Dell’Acqua",
			// "Dagli'Brugsen": after a particle of one or two letters, an
			// Italian one or a capitalised word, an apostrophe before a
			// capital and a small letter is inside the name, not a
			// genitive or a quote.
			if (r == '\'' || r == '’') && (j-i <= 2 || italianParticle(s[i:j]) || isUpperASCII(s[i])) && nameAfterApostrophe(s[j+w:]) {
				j += w
				continue
			}
			// "Ndung'u", "Qur'an": a capitalised word goes on after an
			// apostrophe between small letters that opens no clitic.
			if (r == '\'' || r == '’') && isUpperASCII(s[i]) && j-i >= 2 && innerApostrophe(s[i:j], s[j+w:]) {
				j += w
				continue
			}
			break
		}
		t.End = int32(j)
		d.Tokens = append(d.Tokens, t)
		i = j
	}
	d.abbreviations()
	for k := range d.Tokens {
		if d.Tokens[k].Kind == Word {
			d.shape(k)
		}
	}
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

func isDigitASCII(c byte) bool { return '0' <= c && c <= '9' }

// shape sets the case and digit flags of word token k.
func (d *Doc) shape(k int) {
	t := &d.Tokens[k]
	word := d.Text[t.Start:t.End]
	letters, upper := 0, 0
	first := true
	for _, r := range word {
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z':
				letters++
				first = false
			case 'A' <= r && r <= 'Z':
				letters++
				upper++
				if first {
					t.Flags |= Cap
				}
				first = false
			case '0' <= r && r <= '9':
				t.Flags |= Digit
			}
			continue
		}
		switch {
		case unicode.IsDigit(r):
			t.Flags |= Digit
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				upper++
				if first {
					t.Flags |= Cap
				}
			}
			first = false
		}
	}
	if letters >= 2 && upper == letters {
		t.Flags |= AllCaps
	}
}

// abbreviations merges a word with its period when the word is a single
// letter ("U.", "S."), a chain of letters and periods ("f.eks.", "U.S."),
// or a known abbreviation ("Dr.", "mio.", "kr.").
func (d *Doc) abbreviations() {
	out := d.Tokens[:0]
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// Every case below has a period right after the word: most
		// words have none, and are looked at no further.
		if t.Kind == Word && !t.Is(Digit) && i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].End == t.End+1 && d.Text[t.End] == '.' {
			if j := d.degree(i); j > i {
				// "cand.polit.", "lic.-techn.": one title, not a sentence end.
				t.End = toks[j].End
				t.Flags |= Abbrev | toks[j].Flags&SpaceAfter
				out = append(out, t)
				i = j
				continue
			}
			// A company's web name: "Amazon.com", "Booking.com".
			if i+2 < len(toks) && d.Text[toks[i+1].Start:toks[i+1].End] == "." && toks[i+1].Start == t.End &&
				toks[i+2].Kind == Word && toks[i+2].Start == toks[i+1].End && topDomains[d.Text[toks[i+2].Start:toks[i+2].End]] {
				t.End = toks[i+2].End
				t.Flags |= toks[i+2].Flags & SpaceAfter
				out = append(out, t)
				i += 2
				continue
			}
			// Absorb ".x." chains: word . word . (no spaces)
			j := i
			end := t.End
			for j+2 < len(toks) && d.Text[toks[j+1].Start:toks[j+1].End] == "." && toks[j+1].Start == end &&
				toks[j+2].Kind == Word && toks[j+2].Start == toks[j+1].End && utf8.RuneCountInString(d.Text[toks[j+2].Start:toks[j+2].End]) <= 3 &&
				utf8.RuneCountInString(d.Text[toks[j].Start:toks[j].End]) <= 3 {
				j += 2
				end = toks[j].End
			}
			if j+1 < len(toks) && d.Text[toks[j+1].Start:toks[j+1].End] == "." && toks[j+1].Start == end {
				word := d.Text[t.Start:end]
				// One letter is an initial ("U."); one digit is a number
				// that ends a sentence ("til TV 2."), not a word; so is a
				// letter that ends a paragraph ("skriver politiet på X.").
				lineEnd := j+2 >= len(toks) || toks[j+2].Is(NewlineBefore)
				// "No." and "nr." stand before a number ("No. 10"); before
				// a word they are "no" ending a sentence ("said no. The").
				numberOnly := (strings.EqualFold(word, "no") || strings.EqualFold(word, "nr")) && !(j+2 < len(toks) && isDigitASCII(d.Text[toks[j+2].Start]))
				if j > i || utf8.RuneCountInString(word) == 1 && !isDigitASCII(word[0]) && !lineEnd || isAbbrev(word) && !numberOnly {
					t.End = toks[j+1].End
					t.Flags |= Abbrev | toks[j+1].Flags&SpaceAfter
					out = append(out, t)
					i = j + 1
					continue
				}
			}
			if j > i {
				t.End = end
				t.Flags |= toks[j].Flags & SpaceAfter
				out = append(out, t)
				i = j
				continue
			}
		}
		out = append(out, t)
	}
	d.Tokens = out
}

// degree returns the index of the final period of a chain of two or more
// lower-case words of up to six letters, each closed by a period and
// joined with no space, a hyphen allowed after a period: an academic
// degree or title ("cand.polit.", "dr.phil.", "lic.-techn."). It returns
// i when there is none.
func (d *Doc) degree(i int) int {
	toks := d.Tokens
	parts, j := 0, i
	for {
		// The period first: most words have none, and need no scan.
		if j+1 >= len(toks) || toks[j+1].Start != toks[j].End || d.Text[toks[j+1].Start:toks[j+1].End] != "." {
			break
		}
		if toks[j].Kind != Word || !lowerWord(d.Text[toks[j].Start:toks[j].End]) || j > i && toks[j].Start != toks[j-1].End {
			break
		}
		parts++
		last := j + 1
		j += 2
		if parts >= 2 && (j >= len(toks) || toks[j].Start != toks[last].End) {
			return last
		}
		if j+1 < len(toks) && toks[j].Start == toks[last].End && d.Text[toks[j].Start:toks[j].End] == "-" {
			j++
		}
	}
	return i
}

// lowerWord reports a word of one to six lower-case letters.
func lowerWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 0 && n <= 6
}

// topDomains end the web names companies go by ("Amazon.com"), which are
// one word, not a sentence's end.
var topDomains = map[string]bool{"com": true, "net": true, "org": true, "dk": true, "io": true, "ai": true}

// abbrevs are words that take a period without ending a sentence.
var abbrevs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mio mia mill kr pct ca bl fx nr nr jf dvs mht evt inkl ekskl osv mv mm hr fr frk dr prof kl tlf
		mr mrs ms dr prof st sr jr inc ltd corp co vs etc no jan feb mar apr jun jul aug sep sept okt oct nov dec gen sen rep gov
		skt stk ang vedr iflg ifm pga div red ref mhp chr kgl joh wm jos thos chas`) {
		m[w] = true
	}
	return m
}()

func isAbbrev(w string) bool {
	if len(w) > 6 || len(w) >= 2 && strings.ToUpper(w) == w {
		return false // "DR." ends a sentence about the broadcaster, not a doctor's title
	}
	return abbrevs[strings.ToLower(w)]
}

// innerApostrophe reports an apostrophe between word, which ends in a
// small letter, and the small letters that open rest, which are no
// clitic ("'s", "'t", "'ll", "'re", "'ve", "'d", "'m").
func innerApostrophe(word, rest string) bool {
	if r, _ := utf8.DecodeLastRuneInString(word); !unicode.IsLower(r) {
		return false
	}
	n := 0
	for n < len(rest) {
		r, w := utf8.DecodeRuneInString(rest[n:])
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) {
			return false
		}
		n += w
	}
	switch rest[:n] {
	case "", "s", "t", "d", "ll", "re", "ve", "m":
		return false
	}
	return true
}

// nameAfterApostrophe reports s starting with a capital and a small
// letter: the rest of a name such as "O'Connor".
func nameAfterApostrophe(s string) bool {
	r, w := utf8.DecodeRuneInString(s)
	n, _ := utf8.DecodeRuneInString(s[w:])
	return unicode.IsUpper(r) && unicode.IsLower(n)
}

// italianParticle reports an Italian article or preposition that a
// surname joins with an apostrophe: "Dell’Acqua", "Dall'Ara",
// "Sant’Angelo".
func italianParticle(w string) bool {
	switch strings.ToLower(w) {
	case "dell", "dall", "nell", "sull", "sant":
		return true
	}
	return false
}
