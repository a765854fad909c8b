// Package segment splits article text into paragraphs, sentences and
// tokens in one pass, keeping exact byte offsets. It is the one reader of
// words: what it writes on the Doc (tokens with their shape flags,
// paragraphs, sentences, and each quotation mark classified as opening,
// closing or apostrophe) is what every later stage reads.
package segment

import "unicode/utf8"

// Kind tells words from punctuation.
type Kind uint8

const (
	Word  Kind = iota + 1 // letters and digits, with inner hyphens ("e-handel", "34-årige")
	Punct                 // one punctuation or symbol rune
)

// Flags describe a token's shape and place.
type Flags uint16

const (
	Cap           Flags = 1 << iota // first letter is upper case
	AllCaps                         // two or more letters, all upper case
	Digit                           // contains a digit
	Abbrev                          // ends in a period that belongs to it ("U.S.", "f.eks.", "Dr.")
	Initial                         // first word of a sentence, or after an opening quote, colon, dash or parenthesis
	SentEnd                         // punctuation that ends a sentence
	ParaStart                       // first token of a paragraph
	SpaceBefore                     // whitespace precedes the token
	SpaceAfter                      // whitespace follows the token
	NewlineBefore                   // a line break precedes the token
	QuoteOpen                       // a quotation mark that can open a quotation here (marks.go)
	QuoteClose                      // a quotation mark that can close one here
	Apostrophe                      // a single mark inside or after a word: "Ma’s", "’17"
)

// Token is a word or a punctuation rune, with byte offsets.
type Token struct {
	Start, End int32
	Kind       Kind
	Flags      Flags
}

// Is reports whether all of f are set.
func (t Token) Is(f Flags) bool { return t.Flags&f == f }

// Range is a half-open range [Start, End) of token indices or bytes.
type Range struct{ Start, End int }

// LowerASCII reports whether w is ASCII without capitals: most words of
// a text, which need no case folding.
func LowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if b := w[i]; b >= utf8.RuneSelf || 'A' <= b && b <= 'Z' {
			return false
		}
	}
	return true
}
