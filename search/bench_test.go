package search

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// namesOf makes n realistic person and organisation names.
func namesOf(n int) []Name {
	first := []string{"Anders", "Birgitte", "Søren", "Jens", "Mette", "Lars", "Ærling", "Øjvind", "Åse", "John", "Emily", "Michael", "Frank", "Veronica", "Jack"}
	last := []string{"Pedersen", "Hansen", "Jørgensen", "Madsen", "McPheters", "Zakkour", "Lavin", "Parker", "Kristensen", "Østergaard", "Ma", "Nielsen"}
	orgs := []string{"A/S", "Group", "Kommune", "International", "Holding", "ApS"}
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]Name, n)
	for i := range out {
		if i%3 == 0 {
			out[i] = Name{fmt.Sprint(i), last[r.IntN(len(last))] + " " + orgs[r.IntN(len(orgs))]}
		} else {
			out[i] = Name{fmt.Sprint(i), first[r.IntN(len(first))] + " " + last[r.IntN(len(last))] + fmt.Sprint(i%97)}
		}
	}
	return out
}

// BenchmarkFind types "pedersen" one letter at a time over 1,000,
// 10,000 and 100,000 names: ns/op is the time per keystroke.
func BenchmarkFind(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		ix := New(namesOf(n))
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			q := "pedersen"
			i := 0
			for b.Loop() {
				ix.Find(q[:i%len(q)+1], 10)
				i++
			}
		})
	}
}
