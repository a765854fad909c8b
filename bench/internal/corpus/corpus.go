// Package corpus makes the benchmark inputs: English news text repeated
// to a size, and realistic entity names for the search benchmark.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Repeat repeats text, whole paragraphs at a time, to about size bytes.
func Repeat(text string, size int) string {
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	var b strings.Builder
	b.Grow(size + len(text))
	for b.Len() < size {
		b.WriteString(text)
	}
	return b.String()
}

// Names returns n person and organisation names, the same for a seed.
func Names(n int) []string {
	first := []string{"Anders", "Birgitte", "Søren", "Jens", "Mette", "Lars", "Ærling", "Øjvind", "Åse", "John", "Emily",
		"Michael", "Frank", "Veronica", "Jack", "Rachel", "Vincent", "Aly-Khan", "Lone", "William"}
	last := []string{"Pedersen", "Hansen", "Jørgensen", "Madsen", "McPheters", "Zakkour", "Lavin", "Parker", "Kristensen",
		"Østergaard", "Ma", "Nielsen", "Reeves", "Clerc", "Satchu", "Mbadi", "Dales", "Bailey"}
	orgs := []string{"A/S", "Group", "Kommune", "International", "Holding", "ApS", "Bank", "Partners"}
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		if i%3 == 0 {
			out[i] = last[r.IntN(len(last))] + " " + orgs[r.IntN(len(orgs))] + fmt.Sprint(" ", i%89)
		} else {
			out[i] = first[r.IntN(len(first))] + " " + last[r.IntN(len(last))] + fmt.Sprint(" ", i%97)
		}
	}
	return out
}

// Keystrokes are the queries of a person typing a name letter by letter.
func Keystrokes() []string {
	var out []string
	for _, word := range []string{"pedersen", "mcphet", "ostergaard", "tidlos"} {
		for i := 1; i <= len(word); i++ {
			out = append(out, word[:i])
		}
	}
	return out
}
