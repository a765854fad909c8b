package engine

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kilde/engine/quotes"
)

// TestQuoteCorpus runs the attribution examples in testdata/corpus: each
// pins one sieve or resolver with what it must decide (+) or must leave
// to another (-). Every registered sieve and resolver needs at least one
// of each.
func TestQuoteCorpus(t *testing.T) {
	pos, neg := map[string]int{}, map[string]int{}
	for _, code := range []string{"da", "en"} {
		path := filepath.Join("testdata", "corpus", code, "quotes.txt")
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			at := path + ":" + itoa(n)
			c := strings.Split(line, "\t")
			if len(c) != 6 {
				t.Errorf("%s: want 6 tab-separated fields (rule, origin, sign, speaker, quote, text), got %d", at, len(c))
				continue
			}
			rule, origin, sign, speaker, start, text := c[0], c[1], c[2], c[3], c[4], strings.ReplaceAll(c[5], `\n`, "\n")
			if origin != "written" {
				t.Errorf("%s: origin %q, want \"written\"", at, origin)
			}
			switch sign {
			case "+":
				pos[rule]++
			case "-":
				neg[rule]++
			default:
				t.Errorf("%s: sign %q, want + or -", at, sign)
				continue
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
		f.Close()
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

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
