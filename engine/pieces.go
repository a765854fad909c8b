package engine

import (
	"runtime"
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

// pieces calls f with the byte range of each piece of text in order.
func pieces(text string, f func(start, end int)) {
	for start := 0; start < len(text); {
		end := len(text)
		if end-start > pieceSize {
			end = start + cut(text[start:], pieceSize)
		}
		f(start, end)
		start = end
		// Let the collector's own goroutine run between pieces. Under
		// WebAssembly nothing runs beside a long extraction, and a
		// collection that cannot finish leaves the heap to grow with
		// garbage: on 10 MB of text the linear memory, which never
		// shrinks, grew to 8 or to 30 times the input from one run to
		// the next.
		runtime.Gosched()
	}
	if len(text) == 0 {
		f(0, 0)
	}
}

// cut is where a piece of rest that must end within its first size
// bytes ends: after the last paragraph break in their second half, else
// the last line break, sentence end or space there, else before the
// character that crosses size.
func cut(rest string, size int) int {
	window, half := rest[:size], size/2
	for _, sep := range []string{"\n\n", "\n", ". ", "? ", "! ", " "} {
		if i := strings.LastIndex(window, sep); i >= half {
			return i + len(sep)
		}
	}
	end := size
	for end > 1 && !utf8.RuneStart(rest[end]) {
		end--
	}
	return end
}
