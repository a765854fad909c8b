package figures

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kilde/engine/lang"
	"kilde/engine/lexicon"
)

// amount is one end of a figure: a number with what follows it.
type amount struct {
	value      float64
	end        int
	bare       bool // bare digits, no separator, scale or unit
	scaled     bool
	mult       float64 // the scale applied, when scaled
	currency   string
	percent    bool
	points     bool
	unit       string // a time unit or counted noun
	unitInSpan bool
	word       bool // a number word
	fraction   bool // a common fraction: "3/4"
	sub        bool // in hundredths of its currency: "25 cents"
}

// at reads the figure that starts at byte i, if any.
func (s *scanner) at(i int) (Figure, bool) {
	f := Figure{Start: i, Value: nan(), High: nan()}
	if w, end := s.word(i); month(w) > 0 {
		d, ok := s.monthFirst(i, w, end)
		if ok {
			d = s.dateRange(d)
		}
		return d, ok
	}
	sign, j := s.sign(i)
	a, ok := s.amount(j, sign != "")
	if !ok {
		return f, false
	}
	if sign != "" {
		a.currency = sign
	}
	if sign == "" {
		if d, ok := s.numericDate(i); ok {
			return d, true
		}
	}
	if d, ok := s.dayMonth(i, a); ok {
		return s.dateRange(d), true
	}
	if d, ok := s.dayRange(i, a); ok {
		return d, true
	}
	if d, ok := s.decade(i, a); ok {
		return d, true
	}
	if s.score(i, a) {
		return f, false
	}
	if end, ok := s.colonGroup(i, a); ok {
		// A time of day is a date with no value ("8:30 am", "kl.
		// 20:00"); a race's time or a ratio is no figure.
		if end < 0 || !s.clock(i, end) {
			return f, false
		}
		f.End, f.Kind, f.Rule = end, Date, Rule{Base: ByTime}
		return f, true
	}
	f.End = a.end
	f.Value = a.value
	rule := Rule{Base: ByNumber}
	switch {
	case a.word:
		rule.Base = ByWord
	case a.fraction:
		rule.Base = ByFraction
	}
	// A range: "10-15 %", "10 til 15 procent", "between 5 and 7 million".
	// Where a minus before the number starts the figure: "-0,5 %",
	// "minus 3 til minus 1 procent".
	m := i
	if sign == "" {
		m = s.minus(i)
	}
	if hi, ok := s.rangeEnd(i, a, m < i); ok {
		if m < i {
			f.Start, f.Value = m, -f.Value
		}
		if a.currency == "" {
			a.currency = hi.currency
			if hi.sub {
				f.Value /= 100 // "10 to 15 cents"
			}
		}
		a.percent = a.percent || hi.percent
		a.points = a.points || hi.points
		if a.unit == "" {
			a.unit, a.unitInSpan = hi.unit, hi.unitInSpan
		}
		if hi.scaled && !a.scaled && f.Value*hi.mult <= hi.value*10 {
			// "between 5 and 7 million"; not "between $300,000 and $6
			// million", whose low end scaled would pass the high one
			// tenfold.
			f.Value = times(f.Value, hi.mult)
		}
		f.High = hi.value
		f.End = hi.end
		rule.Base = ByRange
		a.bare = a.bare && hi.bare
	}
	if a.scaled {
		rule.Parts |= WithScale
	}
	if rule.Base != ByRange && a.currency == "" && !a.percent && !a.points && a.unit == "" && !(a.bare && yearLike(a.value)) {
		if m := s.unitOfChange(i, &a); m != 0 {
			f.Value = times(f.Value, m) // "fra 5 til 4 mia. kr."
			rule.Parts |= WithScale
		}
	}
	switch {
	case a.currency != "":
		f.Kind, f.Unit = Money, a.currency
		rule.Parts |= WithCurrency
	case a.percent:
		f.Kind, f.Unit = Percent, "%"
		rule.Parts |= WithPercent
	case a.points:
		f.Kind, f.Unit = Number, "pp"
		rule.Parts |= WithPoints
	case s.clock(i, a.end):
		f.Kind, f.Value, f.High = Date, nan(), nan()
		rule = Rule{Base: ByTime}
	case a.bare && isYear(f.Value) && (math.IsNaN(f.High) || isYear(f.High)) && (a.unit == "" || s.yearContext(i) || yearSpan(f.Value, f.High) || is(a.unit, lang.YearNoun)):
		// Both ends years: "Mellem 2000 og 3000 mennesker" is a count.
		f.Kind = Date
		rule = Rule{Base: ByYear}
	default:
		f.Kind, f.Unit = Number, a.unit
		if a.unit != "" {
			rule.Parts |= WithUnit
		}
	}
	if rule.Base == ByNumber && (rule.Parts == 0 || rule.Parts == WithUnit && !a.unitInSpan) && f.Kind == Number && a.bare && s.afterName(i) {
		return f, false // "Windows 10", "TV 2", "Formel 1": part of a name
	}
	if f.Kind != Date && m < i && math.IsNaN(f.High) {
		f.Start, f.Value = m, -f.Value // "-0,5 %"
	}
	f.Qualifier = s.qualifier(i)
	f.Rule = rule
	return f, true
}

// colonGroup reports a number that is part of a time or a ratio written
// with colons, "2:03:41" (a race's time), "8:30", "3:1", none of whose
// parts is a quantity; with where the group ends when it opens at i, or
// -1 when i is inside it.
func (s *scanner) colonGroup(i int, a amount) (int, bool) {
	t := s.text
	if !a.bare || a.end-i > 3 {
		return 0, false
	}
	if i >= 2 && t[i-1] == ':' && isDigit(t[i-2]) {
		return -1, true
	}
	end := a.end
	for end+1 < len(t) && t[end] == ':' && isDigit(t[end+1]) {
		end++
		for end < len(t) && isDigit(t[end]) {
			end++
		}
	}
	return end, end > a.end
}

// score reports a number that is one side of a match's result: two
// whole numbers of one to three digits joined by a hyphen, the second
// not above the first ("vandt 34-27", "a 2-1 win"); a range rises
// ("10-15"). Neither side is a quantity.
func (s *scanner) score(i int, a amount) bool {
	t := s.text
	small := func(a, b int) bool { return b > a && b-a <= 3 }
	if !a.bare || !small(i, a.end) {
		return false
	}
	// The first side: a hyphen and the second straight after it.
	if a.end+1 < len(t) && t[a.end] == '-' && isDigit(t[a.end+1]) {
		k := a.end + 1
		n := k
		for n < len(t) && isDigit(t[n]) {
			n++
		}
		if small(k, n) && (n == len(t) || !isAlnum(rune(t[n])) && t[n] != '-' && !((t[n] == '.' || t[n] == ',') && n+1 < len(t) && isDigit(t[n+1]))) {
			v, _ := strconv.Atoi(t[k:n])
			return float64(v) <= a.value
		}
	}
	// The second side: the first and a hyphen straight before it.
	if i >= 2 && t[i-1] == '-' && isDigit(t[i-2]) {
		k := i - 1
		for k > 0 && isDigit(t[k-1]) {
			k--
		}
		if small(k, i-1) && (k == 0 || !isAlnum(rune(t[k-1])) && t[k-1] != '-') {
			v, _ := strconv.Atoi(t[k : i-1])
			return a.value <= float64(v)
		}
	}
	return false
}

// minus returns the start of a minus sign written just before i after
// a space ("faldt -0,5 %"), else i; a hyphen after a word or number
// ("6-4", "A-5") is no sign.
func (s *scanner) minus(i int) int {
	if w, k := s.prevWord(i); strings.EqualFold(w, "minus") {
		if or, _ := s.prevWord(k); or != "or" && or != "eller" && (k == 0 || s.text[k-1] != '/') {
			return k // "minus 3 procent", not "plus or minus 2.5 points", "plus/minus 2"
		}
		return i
	}
	r, w := utf8.DecodeLastRuneInString(s.text[:i])
	if r != '-' && r != '−' {
		return i
	}
	if p, _ := utf8.DecodeLastRuneInString(s.text[:i-w]); i-w == 0 || isHSpace(p) || p == '(' || p == '\n' {
		return i - w
	}
	return i
}

// afterName reports a capitalised word just before i that does not open
// its sentence: a bare number after it belongs to the name.
func (s *scanner) afterName(i int) bool {
	w, k := s.prevWord(i)
	if w == "" || k+len(w) > len(s.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[k:])
	if !unicode.IsUpper(r) || month(w) > 0 || k+len(w) != s.skipBack(i) {
		return false
	}
	j := s.skipBack(k)
	if j == 0 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s.text[:j])
	return isAlnum(p) || p == ',' || p == '&' // "S&P 500"
}

// skipBack returns the position before the horizontal space that ends at i.
func (s *scanner) skipBack(i int) int {
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s.text[:i])
		if !isHSpace(r) {
			break
		}
		i -= w
	}
	return i
}

func isYear(v float64) bool { return v >= 1000 && v <= 2100 && v == math.Trunc(v) }

// yearSpan reports a range from one year to a later one within a
// lifetime ("2015 til 2019", "1990-2000"): years, whatever word follows
// ("2015 til 2019 steg ledigheden"), where counts seldom run so.
func yearSpan(lo, hi float64) bool {
	return isYear(lo) && isYear(hi) && hi > lo && hi-lo <= 60
}

func (s *scanner) yearContext(i int) bool {
	w, k := s.prevWord(i)
	if w == "s" && k > 0 && (s.text[k-1] == '\'' || strings.HasSuffix(s.text[:k], "’")) {
		return true // "the firm's 2019 results"
	}
	return is(w, lang.YearBefore)
}

// signStart marks the first bytes of the currency signs and codes.
var signStart = func() (t [256]bool) {
	for _, c := range words.Signs() {
		if c.Sign != "" {
			t[c.Sign[0]] = true
		}
	}
	return t
}()

// sign reads a currency sign or code before a number.
func (s *scanner) sign(i int) (string, int) {
	if i >= len(s.text) || !signStart[s.text[i]] {
		return "", i // most figures open with a digit, which opens no sign
	}
	for _, c := range words.Signs() {
		if strings.HasPrefix(s.text[i:], c.Sign) {
			j := s.skipSpace(i + len(c.Sign))
			if j < len(s.text) && isDigit(s.text[j]) {
				return c.Code, j
			}
		}
	}
	return "", i
}

// amount reads a number (digits or a number word) and what follows it:
// a scale word, a currency, a percent word, a time unit or counted noun.
func (s *scanner) amount(i int, signed bool) (amount, bool) {
	a := amount{}
	if i < len(s.text) && isDigit(s.text[i]) {
		v, end, bare, ok := s.numeral(i)
		if !ok {
			return a, false
		}
		a.value, a.end, a.bare = v, end, bare
		if q, qend, ok := s.fraction(i, end, v, bare); ok {
			a.value, a.end, a.bare, a.fraction = q, qend, false, true
			end = qend
		}
		// Letters straight after the digits: "$5m", "34-årige", else a code ("4G").
		if end < len(s.text) {
			r, _ := utf8.DecodeRuneInString(s.text[end:])
			if unicode.IsLetter(r) {
				w, wend := s.word(end)
				if w == "s" && a.bare {
					return a, true // a decade: "1980s"
				}
				if s.text[end:wend] == "C" && !signed {
					// "1.5C", "-3C": degrees Celsius, as English news writes them.
					a.unit, a.unitInSpan, a.end, a.bare = "C", true, wend, false
					return a, true
				}
				if s.text[end:wend] == "p" && !signed && s.en {
					// "24.12p": pence, as British news writes a price.
					a.value, a.currency, a.sub, a.end, a.bare = a.value/100, "GBP", true, wend, false
					return a, true
				}
				if is(w, lang.Measure) && !signed {
					// "165km", "2GW": the unit is the figure's.
					a.unit, a.unitInSpan, a.end, a.bare = s.text[end:wend], true, wend, false
					return a, true
				}
				if !(signed && (is(w, lang.ShortScale) || scaleOf(w, true) > 0)) {
					return a, false
				}
				// The scale letters are English ("$5m"), in a Danish text
				// too; so is a whole scale word written on ("£2.3million").
				a.mult = scaleOf(w, true)
				a.value = times(a.value, a.mult)
				a.end, a.scaled, a.bare = wend, true, false
			}
		}
	} else {
		w, end := s.word(i)
		if w == "half" {
			// "half a million": a half of the scaled amount after it
			if n, nend := s.nextWord(end); n == "a" {
				if sc, _ := s.nextWord(nend); s.scale(sc) > 0 {
					a.value, a.end, a.word = 0.5, nend, true
					s.follow(&a)
					return a, true
				}
			}
			return a, false
		}
		v, ok := numberValue(w)
		if !ok || w == "a" && !s.en {
			return a, false
		}
		a.value, a.end, a.word = v, end, true
		if h, hend := s.nextWord(end); (h == "halv" || h == "half") && v == 1 {
			a.value, a.end = 0.5, hend // "en halv million"
		} else if h == "and" || h == "og" {
			// "one and a half million", "to og en halv milliard"
			if x, xend := s.nextWord(hend); x == "a" || x == "en" {
				if y, yend := s.nextWord(xend); y == "half" || y == "halv" {
					a.value, a.end = v+0.5, yend
				}
			}
		}
		// Only a scale word, a percent word or a time unit makes a number word a figure.
		nw, nwEnd := s.nextWord(a.end)
		counted := is(nw, lang.TimeUnit) || !is(nw, lang.Uncounted) && s.nounLike(s.skipSpace(a.end), nw) || adjectiveLike(nw) && s.nounAfter(nwEnd) != "" ||
			s.partitive(nw, nwEnd)
		// A number word of the other language only ("fire", "to" in an
		// English text) is as weak as the text's own "en" or "one".
		_, own := s.pack().NumberValue(w)
		weak := !own || s.pack().IsNumber(w, lang.Weak)
		percent := is(nw, lang.Percent)
		if nw == "per" {
			c, _ := s.nextWord(nwEnd)
			percent = c == "cent" // "twenty-seven per cent"
		}
		// "et procentpoint", "one percentage point": a share's unit
		// makes even "one" a figure.
		point := is(nw, lang.Point) || nw == "percentage"
		if s.scale(nw) == 0 && !percent && !point && (weak || !counted) {
			// "three or four years", "nine to 12 months": the first end
			// of a counted range is a figure with the second.
			if weak || !s.wordRangeAhead(i, a) {
				return a, false
			}
		}
	}
	s.follow(&a)
	return a, true
}

// fraction reads a common fraction whose numerator, v, runs from i to
// end: a smaller whole number over 2 to 16 after a slash, standing on
// its own ("1/2", "3/4"). "12/5", "24/11/2026" and "2/3/4" are dates,
// scores or codes, not fractions.
func (s *scanner) fraction(i, end int, v float64, bare bool) (float64, int, bool) {
	t := s.text
	if !bare || end+1 >= len(t) || t[end] != '/' || i > 0 && (t[i-1] == '/' || isDigit(t[i-1])) {
		return 0, end, false
	}
	d, k := smallInt(t, end+1)
	if d < 2 || d > 16 || v < 1 || v >= float64(d) {
		return 0, end, false
	}
	if k < len(t) && (t[k] == '/' || isDigit(t[k]) || t[k] == ',' && k+1 < len(t) && isDigit(t[k+1])) {
		return 0, end, false
	}
	if r, _ := utf8.DecodeRuneInString(t[k:]); k < len(t) && unicode.IsLetter(r) {
		return 0, end, false // "1/2a", a code
	}
	return v / float64(d), k, true
}

// scale returns the multiplier of a scale word, 0 if w is none.
func (s *scanner) scale(w string) float64 {
	return scaleOf(w, s.en)
}

// follow reads what comes after the number of a: "%", scale, currency,
// percent or point word, time unit, counted noun.
func (s *scanner) follow(a *amount) {
	t := s.text
	j := s.skipSpace(a.end)
	if j < len(t) && t[j] == '%' {
		a.percent, a.end, a.bare = true, j+1, false
		return
	}
	w, end := s.word(j)
	if m := s.scale(w); m > 0 && !(len(w) <= 2 && j > a.end) {
		a.value = times(a.value, m)
		a.mult, a.end, a.scaled, a.bare = m, end, true, false
		// The word after the scale is read where it starts, so that a
		// name there is not taken for a counted noun ("3 mrd. Novo").
		j = s.skipSpace(end)
		w, end = s.word(j)
	}
	if w2, end2 := s.nextWord(end); w2 != "" {
		if c := currencyOf(w + " " + w2); c != "" {
			a.currency, a.end, a.bare = c, end2, false
			return
		}
		if c := subunitOf(w + " " + w2); c != "" {
			a.currency, a.end, a.bare, a.value, a.sub = c, end2, false, a.value/100, true
			return
		}
	}
	if c := subunitOf(w); c != "" {
		// "25 cents", "50 øre": money, in the currency's units.
		a.currency, a.end, a.bare, a.value, a.sub = c, end, false, a.value/100, true
		return
	}
	switch c := currencyOf(w); {
	case c == lang.Crowns:
		// "38 crowns": the crowns of the country the text names, or a
		// count of crowns where it names none.
		if s.crowns != "" {
			a.currency, a.end, a.bare = s.crowns, end, false
		}
	case c != "":
		a.currency, a.end, a.bare = c, end, false
	case is(w, lang.Percent):
		a.percent, a.end, a.bare = true, end, false
	case w == "per":
		if w2, end2 := s.nextWord(end); w2 == "cent" {
			a.percent, a.end, a.bare = true, end2, false
		}
	case is(w, lang.Point):
		a.points, a.end, a.bare = true, end, false
	case w == "percentage":
		if w2, end2 := s.nextWord(end); w2 == "points" || w2 == "point" {
			a.points, a.end, a.bare = true, end2, false
		}
	case is(w, lang.TimeUnit):
		a.unit, a.unitInSpan, a.end, a.bare = w, true, end, false
	case is(w, lang.Measure):
		a.unit, a.unitInSpan, a.end, a.bare = t[j:end], true, end, false // "187,5 km", as written
	case w != "" && (!a.word || a.scaled) && s.nounLike(j, w):
		a.unit = w
		// "en million amerikanske arbejdspladser": the noun after an adjective
		if adjectiveLike(w) {
			if n, nend := s.nextWord(end); n != "" && s.nounLike(s.skipSpace(end), n) && !adjectiveLike(n) && nend > end {
				a.unit = n
			}
		}
	case a.word && fraction(w) > 0:
		a.value /= fraction(w) // "two thirds", "to tredjedele"
		a.end, a.bare = end, false
	case w != "" && a.word && adjectiveLike(w) && s.nounAfter(end) != "":
		// "to store projekter": the noun after the adjective is what is
		// counted; the span stays the number word.
		a.unit, a.bare = s.nounAfter(end), false
	case w != "" && a.word && s.nounLike(j, w):
		a.unit, a.unitInSpan, a.end, a.bare = w, true, end, false // "tre personer"
	}
}

// nounAfter returns the word after byte i when it can be a counted noun
// and is no adjective, else "".
func (s *scanner) nounAfter(i int) string {
	if n, end := s.nextWord(i); n != "" && end > i && s.nounLike(s.skipSpace(i), n) && !adjectiveLike(n) {
		return n
	}
	return ""
}

// nounLike reports a lower-case word that can be a counted noun.
func (s *scanner) nounLike(i int, w string) bool {
	r, _ := utf8.DecodeRuneInString(s.text[i:])
	if !unicode.IsLower(r) || utf8.RuneCountInString(w) < 3 || strings.ContainsAny(w, "0123456789") {
		return false
	}
	// English text's own function words only: Danish "men" ("but") is
	// English "men" ("the three men").
	stops := ""
	if s.en {
		stops = "en"
		if len(w) >= 8 && strings.HasSuffix(w, "ly") && w != "assembly" && w != "monopoly" {
			return false // an adverb: "$4.0-4.5 billion previously", "annually"
		}
	}
	return !lexicon.IsStop(stops, w) && month(w) == 0
}

// partitive reports "of" or "af" at w, then a determiner: "nine of the
// union's committees", "two of the crew", "ni af de 12": a count of
// those.
func (s *scanner) partitive(w string, end int) bool {
	if w != "of" && w != "af" {
		return false
	}
	d, _ := s.nextWord(end)
	p := s.pack()
	_, poss := p.Possessive(d)
	return p.Is(d, lang.Article) && d != "a" && d != "an" && d != "en" && d != "et" || poss || d == "these" || d == "those" || d == "disse"
}

// rangeEnd reads the upper end of a range after amount a: "-15", "–15",
// " til 15", " to 15", " og 7" after "mellem", " and 7" after "between".
func (s *scanner) rangeEnd(start int, a amount, neg bool) (amount, bool) {
	t := s.text
	j := s.skipSpace(a.end)
	if j >= len(t) {
		return amount{}, false
	}
	k := -1
	season := false // "2026/27", "2023-24": a year and the next, written short
	switch {
	case t[j] == '/' && j == a.end && a.bare && yearLike(a.value):
		k, season = j+1, true
	case t[j] == '-':
		k = j + 1
	case strings.HasPrefix(t[j:], "–"):
		k = j + len("–")
	default:
		w, end := s.word(j)
		pw, _ := s.prevWord(start)
		switch {
		case (w == "til" || w == "to" && s.en) && (pw == "fra" || pw == "from" || pw == "med" || pw == "by") && (a.percent || (a.currency != "" || a.scaled) && !s.priceFrom(start, pw)):
			// "steg fra 2,3 mia. kr. til 2,8 mia. kr.", "raised by 5
			// cents to 42 cents": a change between two complete amounts,
			// or a change and the level it reached, not a range; a
			// share is no price, whatever verb stands before it ("fra 9
			// procent til 11 procent")
		case w == "til" || w == "to" && s.en:
			k = end
		case (w == "og" && pw == "mellem") || (w == "and" && pw == "between"):
			k = end
		case (w == "or" || w == "eller") && a.word:
			k = end // "three or four years", "to eller tre uger"
		}
	}
	if k < 0 {
		return amount{}, false
	}
	k = s.skipSpace(k)
	signed := ""
	if sign, j := s.sign(k); sign != "" && sign == a.currency {
		k, signed = j, sign // "$6 billion and $7 billion"
	}
	negHi := false
	if w, j := s.word(k); strings.EqualFold(w, "minus") {
		k, negHi = s.skipSpace(j), true // "til minus 1 procent"
	} else if r, w := utf8.DecodeRuneInString(t[k:]); (r == '-' || r == '−') && k+w < len(t) && isDigit(t[k+w]) && neg {
		k, negHi = k+w, true // "-3 til -1 procent"
	}
	if k >= len(t) || !isDigit(t[k]) && !(a.word && s.numberWordAt(k)) {
		return amount{}, false
	}
	if j == a.end && k+2 <= len(t) && a.bare && yearLike(a.value) && isDigit(t[k]) && isDigit(t[k+1]) && (k+2 == len(t) || !isDigit(t[k+2])) {
		// "2026/27", "2023-24": the second year's last two digits, the
		// year after the first.
		if next := a.value + 1; int(next)%100 == int(t[k]-'0')*10+int(t[k+1]-'0') {
			return amount{value: next, end: k + 2, bare: true}, true
		}
	}
	if season {
		return amount{}, false
	}
	hi, ok := s.amount(k, a.currency != "")
	if signed != "" && hi.currency == "" {
		// "£1,500 to £4,000 depending on …": the sign makes the high
		// end money, whatever word follows it.
		hi.currency, hi.unit = signed, ""
	}
	low := a.value
	if hi.sub && a.currency == "" {
		low /= 100 // "10 to 15 cents"
	}
	if !ok {
		return amount{}, false
	}
	if w, _ := s.word(s.skipSpace(hi.end)); month(w) != 0 && hi.bare {
		return amount{}, false // "three months to 30 September 2026": a date
	}
	if neg {
		low = -low
	}
	if negHi {
		hi.value = -hi.value
	}
	if hi.value < low || !sameMeasure(a, hi) {
		return amount{}, false
	}
	if pw, _ := s.prevWord(start); a.bare && yearLike(a.value) && !a.scaled && a.currency == "" && (hi.scaled || hi.currency != "") && is(pw, lang.YearBefore) {
		// "fra 3,1 mio. kr. i 2021 til 5,8 mio. kr.": a year, then the
		// amount reached, not a range from 2021 ("fra 2004 til 2009" is)
		return amount{}, false
	}
	return hi, true
}

// wordRangeAhead reports a number word a, at i, that opens a range
// whose other end is a figure: "three or four years", "nine to 12
// months", "tre til fire år".
func (s *scanner) wordRangeAhead(i int, a amount) bool {
	hi, ok := s.rangeEnd(i, a, false)
	return ok && hi.value > a.value && !hi.bare
}

// numberWordAt reports a number word at byte k.
func (s *scanner) numberWordAt(k int) bool {
	w, _ := s.word(k)
	_, ok := numberValue(w)
	return ok
}

// unitOfChange gives a bare number after "fra"/"from" the currency or
// percent of the amount it changed to, which the text writes once:
// "faldet fra 3.900 til omkring 3.350 dollar", "fell from 3,900 to
// 3,350 dollars" (no range: the second is lower, or qualified). It
// returns the scale the first then takes too, or 0.
func (s *scanner) unitOfChange(start int, a *amount) float64 {
	if pw, _ := s.prevWord(start); pw != "fra" && pw != "from" {
		return 0
	}
	w, k := s.word(s.skipSpace(a.end))
	if w != "til" && (w != "to" || !s.en) {
		return 0
	}
	k = s.skipSpace(k)
	if q, end := s.word(k); q != "" && k < len(s.text) && !isDigit(s.text[k]) {
		if !s.oneWordQualifier(q) {
			return 0
		}
		k = s.skipSpace(end) // "til omkring 3.350 dollar"
	}
	if k >= len(s.text) || !isDigit(s.text[k]) {
		return 0
	}
	hi, ok := s.amount(k, false)
	if !ok || hi.currency == "" && !hi.percent && !hi.points {
		return 0
	}
	a.currency, a.percent, a.points = hi.currency, hi.percent, hi.points
	if hi.scaled && !a.scaled {
		return hi.mult
	}
	return 0
}

// oneWordQualifier reports a qualifier of one word: "omkring", "about".
func (s *scanner) oneWordQualifier(w string) bool {
	for _, q := range words.Qualifiers() {
		if q.Words == 1 && strings.TrimSuffix(q.Phrase, ".") == strings.TrimSuffix(w, ".") {
			return true
		}
	}
	return false
}

// priceFrom reports "fra"/"from" before the figure at start after a word
// that is no verb of change, within three words: "Tickets cost from £15
// to £95" is a range, "rose from £15 to £95" a change.
func (s *scanner) priceFrom(start int, pw string) bool {
	if pw != "fra" && pw != "from" {
		return false
	}
	_, p := s.prevWord(start)
	for n := 0; n < 3; n++ {
		w, q := s.prevWord(p)
		if w == "" {
			return true
		}
		if is(w, lang.Change) {
			return false
		}
		p = q
	}
	return true
}

// yearLike reports a whole number a year could be: 1900 to 2099.
func yearLike(v float64) bool { return v >= 1900 && v <= 2099 && v == math.Trunc(v) }

// sameMeasure reports whether two ends can share a range: an end that
// names its own currency, percent or points must agree with the other
// end's ("2,5 procentpoint til 45 procent" is two figures), and a high
// end that counts something else is a figure of its own ("6 procent til
// 47 kilo").
func sameMeasure(a, hi amount) bool {
	marked := func(x amount) bool { return x.currency != "" || x.percent || x.points }
	if marked(a) && !marked(hi) && hi.unit != "" {
		return false // "faldt med 6 procent til 47 kilo": a change, then a level
	}
	if a.percent && !marked(hi) && hi.value > 100 {
		return false // "rose 12% to 38,500": no share is over a hundred percent
	}
	if !marked(a) || !marked(hi) {
		return !(a.points && hi.percent) && !(a.percent && hi.currency != "") && !(a.points && hi.currency != "")
	}
	return a.currency == hi.currency && a.percent == hi.percent && a.points == hi.points
}

// clock reports a time of day: "kl. 20.00", "klokken 22", "21 tiden".
func (s *scanner) clock(start, end int) bool {
	w1, p := s.prevWord(start)
	if is(w1, lang.Clock) || is(strings.TrimSuffix(w1, "."), lang.Clock) {
		return true
	}
	if w2, _ := s.prevWord(p); is(w2, lang.Clock) && len(w1) < 8 {
		return true
	}
	w, _ := s.nextWord(end)
	return w == "tiden" || w == "am" || w == "pm" || w == "a.m" || w == "p.m"
}

// qualifier reads a qualifying phrase just before a figure.
func (s *scanner) qualifier(start int) string {
	w1, p1 := s.prevWord(start)
	if w1 == "" {
		return ""
	}
	if start > 0 && s.text[start-1] == '.' && !strings.HasSuffix(w1, ".") {
		w1 += "."
	}
	w2, p2 := s.prevWord(p1)
	w3, _ := s.prevWord(p2)
	for _, q := range words.Qualifiers() {
		qw := q.Phrase
		var match bool
		switch q.Words {
		case 1:
			match = w1 == qw || strings.TrimSuffix(w1, ".") == strings.TrimSuffix(qw, ".")
		case 2:
			match = spells(qw, w2, w1)
		default:
			match = spells(qw, w3, w2, w1)
		}
		if match {
			return q.Q
		}
	}
	return ""
}

// times scales v by the scale m, to the number a reader means: 68.1 ×
// 10^9 in binary floating point is 68099999999.99999, and the figure
// written is 68100000000. News writes at most a dozen significant
// digits, so the product is rounded to that many.
func times(v, m float64) float64 {
	p := v * m
	if math.IsInf(p, 0) || math.IsNaN(p) || p == 0 {
		return p
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(p, 'g', 12, 64), 64)
	if err != nil {
		return p
	}
	return r
}

// spells reports whether phrase is ws joined by spaces, without joining
// them: qualifier asks this of every figure.
func spells(phrase string, ws ...string) bool {
	for i, w := range ws {
		if i > 0 {
			if phrase == "" || phrase[0] != ' ' {
				return false
			}
			phrase = phrase[1:]
		}
		if !strings.HasPrefix(phrase, w) {
			return false
		}
		phrase = phrase[len(w):]
	}
	return phrase == ""
}

// numericDate reads a day, month and four-digit year written with
// slashes or periods: "24/11/2026", "24.11.2026".
func (s *scanner) numericDate(i int) (Figure, bool) {
	t := s.text
	d, j := smallInt(t, i)
	if d < 1 || d > 31 || j >= len(t) || t[j] != '/' && t[j] != '.' && t[j] != '-' {
		return Figure{}, false
	}
	sep := t[j]
	m, k := smallInt(t, j+1)
	if s.en && m > 12 && d <= 12 {
		d, m = m, d // "11/24/2026" in American order
	}
	if m < 1 || m > 12 || k >= len(t) || t[k] != sep {
		return Figure{}, false
	}
	n := k + 1
	for n < len(t) && isDigit(t[n]) {
		n++
	}
	if n-k-1 != 4 {
		return Figure{}, false
	}
	y := 0
	for _, c := range []byte(t[k+1 : n]) {
		y = y*10 + int(c-'0')
	}
	if !isYear(float64(y)) {
		return Figure{}, false
	}
	return Figure{Start: i, End: n, Kind: Date, Value: nan(), High: nan(), Rule: Rule{Base: ByDateDMY},
		ISO: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
}

// smallInt reads one or two digits at i; -1 when there are none or more.
func smallInt(t string, i int) (int, int) {
	j := i
	v := 0
	for j < len(t) && isDigit(t[j]) && j-i < 3 {
		v = v*10 + int(t[j]-'0')
		j++
	}
	if j == i || j-i > 2 {
		return -1, j
	}
	return v, j
}

// dayMonth reads a date that starts with its day: "24. november 2026",
// "24 November 2026".
func (s *scanner) dayMonth(i int, a amount) (Figure, bool) {
	t := s.text
	if !a.bare || a.value < 1 || a.value > 31 || a.end-i > 2 {
		return Figure{}, false
	}
	j := a.end
	if j < len(t) && t[j] == '.' {
		j++
	}
	w, end := s.nextWord(j)
	m := month(w)
	if m == 0 {
		return Figure{}, false
	}
	f := Figure{Start: i, End: end, Kind: Date, Value: nan(), High: nan(), Rule: Rule{Base: ByDateDM}}
	if y, yend, bare, ok := s.numeral(s.skipSpace(end)); ok && bare && isYear(y) {
		f.End, f.ISO, f.Rule = yend, fmt.Sprintf("%04d-%02d-%02d", int(y), m, int(a.value)), Rule{Base: ByDateDMY}
	}
	return f, true
}

// dateRange reads on from the day and month d to a second date after a
// dash or "til"/"to" ("9 April to 6 September 2027", "1. juni til 3.
// august 2025"): one range of full dates, the first taking the second's
// year where it names none. Anything else leaves d as it is.
func (s *scanner) dateRange(d Figure) Figure {
	if d.Rule.Base != ByDateDM && d.Rule.Base != ByDateMD && d.Rule.Base != ByDateDMY && d.Rule.Base != ByDateMDY {
		return d
	}
	j := s.rangeWord(d.End)
	if pw, _ := s.prevWord(d.Start); j < 0 && (pw == "between" || pw == "mellem") {
		// "between 1 June and 15 July 2026", "mellem 1. juni og 15. juli"
		if w, end := s.word(s.skipSpace(d.End)); w == "and" || w == "og" {
			j = s.skipSpace(end)
		}
	}
	if j < 0 {
		return d
	}
	var hi Figure
	ok := false
	if w, end := s.word(j); month(w) > 0 {
		hi, ok = s.monthFirst(j, w, end)
	} else if a, aok := s.amount(j, false); aok {
		hi, ok = s.dayMonth(j, a)
	}
	if !ok || hi.ISO == "" {
		return d
	}
	lo := d.ISO
	if lo == "" {
		m, day := s.dateParts(d)
		if m == 0 {
			return d
		}
		lo = hi.ISO[:4] + fmt.Sprintf("-%02d-%02d", m, day)
	}
	if lo > hi.ISO {
		return d
	}
	d.ISO, d.HighISO, d.End, d.Rule = lo, hi.ISO, hi.End, Rule{Base: ByRange}
	return d
}

// dayRange reads two days before one month ("3.-5. juni 2025", "3-5 June
// 2025", "3 to 5 June 2025"): a range of full dates.
func (s *scanner) dayRange(i int, a amount) (Figure, bool) {
	if !a.bare || a.value < 1 || a.value > 31 || a.end-i > 2 {
		return Figure{}, false
	}
	j := a.end
	if j < len(s.text) && s.text[j] == '.' {
		j++
	}
	k := s.rangeWord(j)
	if w, end := s.word(s.skipSpace(j)); k < 0 && (w == "and" || w == "og") {
		// "between 23 and 30 November", "mellem 2. og 3. marts"
		if pw, _ := s.prevWord(i); pw == "between" || pw == "mellem" {
			k = s.skipSpace(end)
		}
	}
	if k < 0 || k >= len(s.text) || !isDigit(s.text[k]) {
		return Figure{}, false
	}
	b, ok := s.amount(k, false)
	if !ok || b.value <= a.value {
		return Figure{}, false
	}
	hi, ok := s.dayMonth(k, b)
	if !ok {
		return Figure{}, false
	}
	f := Figure{Start: i, End: hi.End, Kind: Date, Value: nan(), High: nan(), Rule: Rule{Base: ByRange}}
	if hi.ISO != "" {
		f.ISO, f.HighISO = hi.ISO[:8]+fmt.Sprintf("%02d", int(a.value)), hi.ISO
	}
	// With no year ("15.-17. marts", "12 to 16 June"), one date range
	// with no value.
	return f, true
}

// rangeWord returns where the second end of a range starts after j: past
// a dash or "til"/"to" between spaces; -1 when none follows.
func (s *scanner) rangeWord(j int) int {
	t := s.text
	k := s.skipSpace(j)
	switch {
	case k < len(t) && t[k] == '-':
		k++
	case strings.HasPrefix(t[k:], "–"):
		k += len("–")
	default:
		w, end := s.word(k)
		if w != "til" && w != "to" && w != "until" {
			return -1
		}
		k = end
	}
	return s.skipSpace(k)
}

// dateParts returns the month and day of a date figure without a year,
// read again from its text.
func (s *scanner) dateParts(d Figure) (m, day int) {
	for k := d.Start; k < d.End; {
		if isDigit(s.text[k]) {
			v, end, _, ok := s.numeral(k)
			if ok && v >= 1 && v <= 31 && day == 0 {
				day = int(v)
			}
			k = max(end, k+1)
			continue
		}
		if w, end := s.word(k); end > k {
			if mm := month(w); mm > 0 {
				m = mm
			}
			k = end
			continue
		}
		k++
	}
	return m, day
}

// monthFirst reads "November 24, 2026" and "juni 2017".
func (s *scanner) monthFirst(i int, w string, end int) (Figure, bool) {
	f := Figure{Start: i, Kind: Date, Value: nan(), High: nan()}
	j := s.skipSpace(end)
	v, vend, bare, ok := s.numeral(j)
	if !ok || !bare {
		return f, false
	}
	if isYear(v) {
		f.End, f.Value, f.Rule = vend, v, Rule{Base: ByDateMY}
		return f, true
	}
	if v < 1 || v > 31 {
		return f, false
	}
	k := vend
	if k < len(s.text) && s.text[k] == ',' {
		k++
	}
	y, yend, ybare, ok := s.numeral(s.skipSpace(k))
	if !ok || !ybare || !isYear(y) {
		f.End, f.Rule = vend, Rule{Base: ByDateMD}
		return f, true
	}
	f.End, f.ISO, f.Rule = yend, fmt.Sprintf("%04d-%02d-%02d", int(y), month(w), int(v)), Rule{Base: ByDateMDY}
	return f, true
}

// decade reads "80'ernes", "1980'erne", "the 1980s".
func (s *scanner) decade(i int, a amount) (Figure, bool) {
	t := s.text
	if !a.bare || a.end-i != 2 && a.end-i != 4 || int(a.value)%10 != 0 {
		return Figure{}, false
	}
	j := a.end
	if j < len(t) && t[j] == '\'' {
		j++
	} else if strings.HasPrefix(t[j:], "’") {
		j += len("’")
	}
	w, end := s.word(j)
	if !(strings.HasPrefix(w, "erne") || w == "s") || end == j {
		return Figure{}, false
	}
	v := a.value
	if a.end-i == 2 {
		v += 1900
	}
	return Figure{Start: i, End: end, Kind: Date, Value: v, High: nan(), Rule: Rule{Base: ByDecade}}, true
}

// adjectiveLike reports a word that reads as an adjective before a noun:
// "amerikanske", "små", "nye", "new", "small".
func adjectiveLike(w string) bool {
	if is(w, lang.Adjective) {
		return true
	}
	for _, e := range words.AdjectiveEnds() {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
