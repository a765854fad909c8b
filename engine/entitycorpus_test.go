package engine

import (
	"path/filepath"
	"strings"
	"testing"

	"kilde/engine/entities"
	"kilde/engine/internal/examples"
)

// TestEntityCorpus runs the entity examples in testdata/corpus: each pins
// one rule with an entity it must decide (+) or a form it must leave (-).
// Every rule in entities.RuleNames needs one of each, and no entity may
// name a rule outside that list. The alias rules must hold on every
// example; the name tagger's kinds are a learned model's judgements, so
// they are held to a share of the examples (examples.KindFloor), and each miss is
// printed.
func TestEntityCorpus(t *testing.T) {
	known := map[string]bool{}
	for _, r := range entities.RuleNames() {
		known[r] = true
	}
	pos, neg := map[string]int{}, map[string]int{}
	var kinds examples.Tally
	for _, code := range []string{"da", "en"} {
		lines, err := examples.Read(filepath.Join("testdata", "corpus", code, "entities.txt"), 6)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			at, c := l.At, l.Fields
			rule, sign, name, kind, text := c[0], c[2], c[3], c[4], c[5]
			if !known[rule] {
				t.Errorf("%s: %q is not in entities.RuleNames", at, rule)
				continue
			}
			ents := ExtractIn(text, code).Entities
			for _, e := range ents {
				for _, r := range strings.Split(e.Rule, "+") {
					if !known[r] {
						t.Errorf("%s: entity %q names rule %q, which entities.RuleNames does not list", at, e.Name, r)
					}
				}
			}
			if sign == "+" {
				pos[rule]++
				e := entityNamed(ents, name, false)
				switch {
				case e == nil && rule == "model":
					kinds.Miss(t, "%s: no entity %q in %q; got %v", at, name, text, names(ents))
				case e == nil:
					t.Errorf("%s: no entity %q in %q; got %v", at, name, text, names(ents))
				case !hasRule(e.Rule, rule):
					t.Errorf("%s: %q decided by %s, want %s in the chain", at, name, e.Rule, rule)
				case e.Kind != kind:
					kinds.Miss(t, "%s: %q is %s (%s), want %s", at, name, e.Kind, e.Rule, kind)
				default:
					kinds.Right()
				}
				continue
			}
			neg[rule]++
			e := entityNamed(ents, name, true)
			switch {
			case rule != "model":
				if e != nil && hasRule(e.Rule, rule) {
					t.Errorf("%s: %q taken by %s (entity %q, %s)", at, name, rule, e.Name, e.Rule)
				}
			case kind == "-" && e != nil:
				t.Errorf("%s: %q is no name, but the entity %q (%s) has it", at, name, e.Name, e.Kind)
			case e != nil && e.Kind == kind:
				kinds.Miss(t, "%s: %q is %s, want another kind", at, name, e.Kind)
			case kind != "-":
				kinds.Right()
			}
		}
	}
	for _, r := range entities.RuleNames() {
		if pos[r] == 0 || neg[r] == 0 {
			t.Errorf("%s: %d examples and %d negatives in testdata/corpus/*/entities.txt; every rule needs both", r, pos[r], neg[r])
		}
	}
	kinds.Check(t)
}

// entityNamed finds the entity with the name, or (when mentions is set)
// the one with a mention of that text.
func entityNamed(ents []Entity, name string, mentions bool) *Entity {
	for i, e := range ents {
		if e.Name == name {
			return &ents[i]
		}
		for _, m := range e.Mentions {
			if mentions && m.Text == name {
				return &ents[i]
			}
		}
	}
	return nil
}

func hasRule(chain, rule string) bool {
	for _, r := range strings.Split(chain, "+") {
		if r == rule {
			return true
		}
	}
	return false
}

func names(ents []Entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.Name+" ("+e.Kind+", "+e.Rule+")")
	}
	return out
}
