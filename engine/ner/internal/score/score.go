// Package score counts names found against gold names, CoNLL style: a
// name counts only when its first word, last word and type all match.
package score

import (
	"fmt"
	"io"
	"strings"
)

// Name is a typed span of words [Start, End) of one sentence.
type Name struct {
	Start, End int
	Type       string
}

// FromBIO reads the names of BIO tags.
func FromBIO(tags []string) []Name {
	var out []Name
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if len(t) < 3 || t[0] != 'B' && t[0] != 'I' {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Name{i, j, typ})
		i = j - 1
	}
	return out
}

// Counts holds matches per type.
type Counts struct {
	TP, FP, FN map[string]int
}

// New returns empty counts.
func New() *Counts { return &Counts{map[string]int{}, map[string]int{}, map[string]int{}} }

// Add counts one sentence's names, keeping only the types in keep.
func (c *Counts) Add(gold, pred []Name, keep []string) {
	in := func(t string) bool {
		for _, k := range keep {
			if k == t {
				return true
			}
		}
		return false
	}
	g := map[Name]bool{}
	for _, n := range gold {
		if in(n.Type) {
			g[n] = true
		}
	}
	for _, n := range pred {
		if !in(n.Type) {
			continue
		}
		if g[n] {
			c.TP[n.Type]++
			delete(g, n)
		} else {
			c.FP[n.Type]++
		}
	}
	for n := range g {
		c.FN[n.Type]++
	}
}

// F1 gives precision, recall and F1 over the types (all of them summed).
func (c *Counts) F1(types ...string) (p, r, f float64) {
	var tp, fp, fn int
	for _, t := range types {
		tp, fp, fn = tp+c.TP[t], fp+c.FP[t], fn+c.FN[t]
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Print writes one line per type and the total over types.
func (c *Counts) Print(w io.Writer, label string, types []string) {
	for _, t := range types {
		p, r, f := c.F1(t)
		fmt.Fprintf(w, "  %-28s %-5s P %.3f R %.3f F1 %.3f (gold %d)\n", label, t, p, r, f, c.TP[t]+c.FN[t])
	}
	p, r, f := c.F1(types...)
	fmt.Fprintf(w, "  %-28s %-5s P %.3f R %.3f F1 %.3f\n", label, strings.Join(types, "+"), p, r, f)
}
