package engine

import (
	"path/filepath"
	"strings"
	"testing"

	"kilde/engine/internal/examples"
	"kilde/engine/quotes"
)

// TestQuoteCorpus runs the attribution examples in testdata/corpus: each
// pins one sieve or resolver with what it must decide (+) or must leave
// to another (-). Every registered sieve and resolver needs at least one
// of each.
func TestQuoteCorpus(t *testing.T) {
	pos, neg := map[string]int{}, map[string]int{}
	for _, code := range []string{"da", "en"} {
		lines, err := examples.Read(filepath.Join("testdata", "corpus", code, "quotes.txt"), 6)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			at, c := l.At, l.Fields
			rule, sign, speaker, start, text := c[0], c[2], c[3], c[4], strings.ReplaceAll(c[5], `\n`, "\n")
			switch sign {
			case "+":
				pos[rule]++
			case "-":
				neg[rule]++
			}
			r := ExtractIn(text, code)
			var q *Quote
			for i := range r.Quotes {
				if strings.HasPrefix(r.Quotes[i].Text, start) {
					q = &r.Quotes[i]
					break
				}
			}
			if q == nil {
				if sign == "-" && speaker == "" {
					continue // no one's words, and not a quote at all: a title in quotation marks
				}
				t.Errorf("%s: no quote starting %q in %q; got %+v", at, start, text, r.Quotes)
				continue
			}
			decided := false
			for _, part := range strings.Split(q.Rule, "+") {
				decided = decided || part == rule
			}
			switch {
			case q.Speaker != speaker:
				t.Errorf("%s (%s%s): %q said by %q (rule %s, cue %q), want %q", at, sign, rule, start, q.Speaker, q.Rule, q.Cue, speaker)
			case sign == "+" && !decided:
				t.Errorf("%s (+%s): %q decided by %s, want %s", at, rule, start, q.Rule, rule)
			case sign == "-" && decided:
				t.Errorf("%s (-%s): %q decided by %s, which must not", at, rule, start, q.Rule)
			}
		}
	}
	var names []string
	for _, s := range quotes.Sieves {
		names = append(names, s.String())
	}
	for _, r := range resolvers {
		names = append(names, r.String())
	}
	for _, name := range names {
		if pos[name] == 0 || neg[name] == 0 {
			t.Errorf("%s: %d examples and %d negatives in testdata/corpus/*/quotes.txt; every sieve needs both", name, pos[name], neg[name])
		}
	}
}
