package engine

import (
	"strings"
	"unicode/utf8"
)

// pieceSize bounds the text the word-reading stages hold at once. Their
// working memory is many times the text they read (tokens, candidates,
// indexes), so a text longer than this is read in pieces, each ended
// where a paragraph, line or sentence ends. An article is far shorter
// and is read whole; a piece boundary loses what spans it (a quote open
// across it, a surname's link to a full name before it).
const pieceSize = 32 << 10

// extent is the byte range [start, end) of a stretch of text.
type extent struct{ start, end int }

// pieces divides text into pieces, in order; an empty text is one empty
// piece.
func pieces(text string) []extent { return stretches(text, pieceSize) }

// stretches divides text into stretches of at most size bytes, each
// ended where cut says, in order; an empty text is one empty stretch.
func stretches(text string, size int) []extent {
	if len(text) == 0 {
		return []extent{{0, 0}}
	}
	out := make([]extent, 0, len(text)/(size/2)+1)
	for start := 0; start < len(text); {
		end := len(text)
		if end-start > size {
			end = start + cut(text[start:], size)
		}
		out = append(out, extent{start, end})
		start = end
	}
	return out
}

// cut is where a piece of rest that must end within its first size
// bytes ends: after the last paragraph break in their second half, else
// the last line break, sentence end or space there, else before the
// character that crosses size.
func cut(rest string, size int) int {
	window, half := rest[:size], size/2
	for _, sep := range []string{"\n\n", "\n", ". ", "? ", "! ", " "} {
		// Only the second half is searched: a text without paragraph
		// breaks would have each piece's whole window scanned for one.
		if i := lastIndex(window[half:], sep); i >= 0 {
			return half + i + len(sep)
		}
	}
	end := size
	for end > 1 && !utf8.RuneStart(rest[end]) {
		end--
	}
	return end
}

// lastIndex is strings.LastIndex, but a blank line, which a text may
// not have at all, is looked for forwards, line break by line break:
// strings.Index finds a byte far faster than LastIndex a pair.
func lastIndex(s, sep string) int {
	if sep != "\n\n" {
		return strings.LastIndex(s, sep)
	}
	last := -1
	for from := 0; ; {
		i := strings.Index(s[from:], sep)
		if i < 0 {
			return last
		}
		last = from + i
		from = last + 1
	}
}
