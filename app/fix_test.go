package app

import (
	"strings"
	"testing"

	"kilde/engine/entities"
	"kilde/engine/figures"
	"kilde/engine/quotes"
)

func TestExplainRule(t *testing.T) {
	tests := []struct {
		ui, rule, want string
	}{
		{"en", "model", "Found by: the statistical name model"},
		{"da", "model", "Fundet ved: den statistiske navnemodel"},
		{"en", "quote:marks+after-cue+name", "Found by: quotation marks; a speech verb after it; the speaker's name"},
		{"en", "model+alias:surname", "Found by: the statistical name model; also named as the surname alone"},
		{"da", "fraction+percent", "Fundet ved: en brøk; procenttegn eller -ord"},
		{"en", "model+alias:variant+alias:legal-form", "Found by: the statistical name model; also named as an inflection or spelling; also named as the name without its legal form"},
		{"en", "number+scale+currency", "Found by: digits; a scale word (million); a currency"},
		{"en", "date:dmy", "Found by: day, month and year"},
		// A part the interface does not know shows as it is.
		{"en", "quote:marks+new-sieve", "Found by: quotation marks; new-sieve"},
		{"en", "", "Found by: "},
	}
	for _, tt := range tests {
		p := &page{ui: tt.ui}
		if got := p.explainRule(tt.rule); got != tt.want {
			t.Errorf("%s explainRule(%q) = %q, want %q", tt.ui, tt.rule, got, tt.want)
		}
	}
}

// TestRuleWords checks that every rule part the engine can name is put
// in words in both languages: a new rule shows its raw id until it is.
func TestRuleWords(t *testing.T) {
	var rules []string
	rules = append(rules, entities.RuleNames()...)
	for _, b := range figures.Bases {
		rules = append(rules, b.Name)
	}
	for _, pt := range figures.Parts {
		rules = append(rules, pt.Name)
	}
	for _, s := range quotes.Sieves {
		rules = append(rules, s.String())
	}
	// The quote's own rules and how its speaker was found (engine/speakers.go).
	rules = append(rules, "quote:marks", "quote:dash", "quote:detached", "quote:paragraphs", "quote:run-on",
		"name", "role", "org-role", "pronoun", "chain", "previous-speaker")
	for _, r := range rules {
		for _, part := range strings.Split(r, "+") {
			_, name, ok := strings.Cut(part, ":")
			if !ok {
				name = part
			}
			_, whole := words["r:"+part]
			_, alone := words["r:"+name]
			if !whole && !alone {
				t.Errorf("rule part %q (of %q) has no words", part, r)
			}
		}
	}
}
