package figures

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"kilde/engine/internal/examples"
)

// TestCorpus runs the figure examples in ../testdata/corpus: each line
// pins one base rule or part with a figure it must find (+) or a text it
// must leave (-). Every rule and part in the tables needs one of each.
func TestCorpus(t *testing.T) {
	pos, neg := map[string]int{}, map[string]int{}
	for _, lang := range []string{"da", "en"} {
		lines, err := examples.Read(filepath.Join("..", "testdata", "corpus", lang, "figures.txt"), 8)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			at, c := l.At, l.Fields
			rule, sign, span, kind, value, unit, text := c[0], c[2], c[3], c[4], c[5], c[6], c[7]
			by, known := matcher(rule)
			if !known {
				t.Errorf("%s: %q is no rule or part in the tables", at, rule)
				continue
			}
			var found []Figure
			Each(text, lang, func(f Figure) { found = append(found, f) })
			switch sign {
			case "+":
				pos[rule]++
				var hit *Figure
				for i := range found {
					if text[found[i].Start:found[i].End] == span {
						hit = &found[i]
					}
				}
				switch {
				case hit == nil:
					t.Errorf("%s: no figure %q in %q; found %v", at, span, text, spans(text, found))
				case !by(hit.Rule):
					t.Errorf("%s: %q found by %s, want %s", at, span, hit.Rule, rule)
				case kind != "-" && hit.Kind != kind:
					t.Errorf("%s: %q is %s, want %s", at, span, hit.Kind, kind)
				case unit != "-" && hit.Unit != unit:
					t.Errorf("%s: %q has unit %q, want %q", at, span, hit.Unit, unit)
				case value != "-" && !sameValue(*hit, value):
					t.Errorf("%s: %q has value %v %q, want %s", at, span, hit.Value, hit.ISO, value)
				}
			case "-":
				neg[rule]++
				i := strings.Index(text, span)
				if i < 0 {
					t.Errorf("%s: %q is not in the text", at, span)
					continue
				}
				for _, f := range found {
					if f.Start < i+len(span) && i < f.End && by(f.Rule) {
						t.Errorf("%s: %q was read as %q by %s", at, span, text[f.Start:f.End], f.Rule)
					}
				}
			}
		}
	}
	for _, b := range Bases {
		if pos[b.Name] == 0 || neg[b.Name] == 0 {
			t.Errorf("rule %s has %d examples and %d negatives; it needs one of each", b.Name, pos[b.Name], neg[b.Name])
		}
	}
	for _, p := range Parts {
		if pos[p.Name] == 0 || neg[p.Name] == 0 {
			t.Errorf("part %s has %d examples and %d negatives; it needs one of each", p.Name, pos[p.Name], neg[p.Name])
		}
	}
}

// matcher tells whether a rule has the base or the part named.
func matcher(name string) (func(Rule) bool, bool) {
	for _, b := range Bases {
		if b.Name == name {
			return func(r Rule) bool { return r.Base == b.Base }, true
		}
	}
	for _, p := range Parts {
		if p.Name == name {
			return func(r Rule) bool { return r.Parts&p.Part != 0 }, true
		}
	}
	return nil, false
}

func sameValue(f Figure, want string) bool {
	if strings.Count(want, "-") == 2 {
		return f.ISO == want
	}
	v, err := strconv.ParseFloat(want, 64)
	return err == nil && f.Value == v
}

func spans(text string, fs []Figure) []string {
	var out []string
	for _, f := range fs {
		out = append(out, text[f.Start:f.End]+" ("+f.Rule.String()+")")
	}
	return out
}
