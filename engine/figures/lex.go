package figures

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevs keep their period as part of the word.
var abbrevs = map[string]bool{
	"kr": true, "mio": true, "mia": true, "mill": true, "mrd": true, "pct": true, "pst": true, "ca": true,
	"tus": true, "kl": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "okt": true, "oct": true, "nov": true, "dec": true, "pp": true,
}

// isHSpace reports horizontal space, the non-breaking and thin spaces
// used inside numbers included.
func isHSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007'
}

// skipSpace returns the position after horizontal space at i.
func (s *scanner) skipSpace(i int) int {
	for i < len(s.text) {
		r, w := utf8.DecodeRuneInString(s.text[i:])
		if !isHSpace(r) {
			break
		}
		i += w
	}
	return i
}

// wordEnd returns the end of the word at i: letters and digits, with
// inner hyphens and apostrophes.
func (s *scanner) wordEnd(i int) int { return wordEnd(s.text, i) }

func wordEnd(t string, i int) int {
	j := i
	for j < len(t) {
		if c := t[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			j++ // the common case, without decoding
			continue
		}
		r, w := utf8.DecodeRuneInString(t[j:])
		if isAlnum(r) || unicode.Is(unicode.Mn, r) {
			j += w
			continue
		}
		if (r == '-' || r == '\'' || r == '’') && j > i && j+w < len(t) {
			n, _ := utf8.DecodeRuneInString(t[j+w:])
			if isAlnum(n) {
				j += w
				continue
			}
		}
		break
	}
	return j
}

// maxWord is the length in bytes of the longest word worth looking up.
const maxWord = 40

// word returns the lower-case word at i (an abbreviation with its
// period) and its end; "" when no word starts there.
func (s *scanner) word(i int) (string, int) {
	if i >= len(s.text) {
		return "", i
	}
	// No table word is longer than maxWord: reading no further keeps
	// "1-1-1-…" runs, read once per figure, linear.
	t := s.text
	if len(t) > i+maxWord+1 {
		t = t[:i+maxWord+1]
	}
	j := wordEnd(t, i)
	if j == i || j-i > maxWord {
		return "", i
	}
	w := lower(s.text[i:j])
	if j < len(s.text) && s.text[j] == '.' && abbrevs[w] {
		return w + ".", j + 1
	}
	return w, j
}

// nextWord skips space and reads the word after it.
func (s *scanner) nextWord(i int) (string, int) { return s.word(s.skipSpace(i)) }

// prevWord returns the word that ends just before i (space between
// allowed) and its start; "" when there is none.
func (s *scanner) prevWord(i int) (string, int) {
	j := i
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(s.text[:j])
		if !isHSpace(r) {
			break
		}
		j -= w
	}
	end := j
	if end > 0 && s.text[end-1] == '.' {
		end-- // "ca." and "kl." keep their period
	}
	k := end
	for k > 0 && end-k < 40 {
		r, w := utf8.DecodeLastRuneInString(s.text[:k])
		if !isAlnum(r) {
			break
		}
		k -= w
	}
	if k == end {
		return "", i
	}
	return lower(s.text[k:j]), k
}

func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// numeral reads digits with group and decimal separators at i: "3.000"
// and "1,5" in Danish, "3,000" and "1.5" in English, "330 000" in both.
// It reports the value, the end, and whether the number was written as
// bare digits (a year can only be that).
func (s *scanner) numeral(i int) (v float64, end int, bare, ok bool) {
	t := s.text
	j := i
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	if j == i {
		return 0, i, false, false
	}
	buf := make([]byte, 0, 24)
	buf = append(buf, t[i:j]...)
	first := j - i
	bare = true
	grouped, decimal := false, false
scan:
	for j < len(t) {
		sep, w := t[j], 1
		if r, rw := utf8.DecodeRuneInString(t[j:]); isHSpace(r) {
			sep, w = ' ', rw
		}
		k := j + w
		n := k
		for n < len(t) && isDigit(t[n]) {
			n++
		}
		digits := n - k
		if digits == 0 {
			break
		}
		threeThenEnd := digits == 3 && (n >= len(t) || !isDigit(t[n]))
		switch {
		case sep == ' ' && threeThenEnd && first <= 3 && !decimal:
			grouped = true
		case sep == s.group && threeThenEnd && (first <= 3) && !decimal:
			grouped = true
		case (sep == s.decimal || sep == s.group && !grouped) && !decimal && sep != ' ':
			decimal = true
			buf = append(buf, '.')
		default:
			break scan
		}
		buf = append(buf, t[k:n]...)
		bare = false
		j = n
	}
	f, err := strconv.ParseFloat(string(buf), 64)
	if err != nil {
		return 0, i, false, false
	}
	return f, j, bare, true
}
