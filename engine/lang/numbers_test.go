package lang

import "testing"

func TestNumbers(t *testing.T) {
	for _, c := range []struct {
		code, word string
		scale      float64
		currency   string
		kind       NumberKind
	}{
		{"da", "billion", 1e12, "", 0}, // Danish "billion" is 10^12
		{"en", "billion", 1e9, "", 0},
		{"da", "mia.", 1e9, "", 0},
		{"en", "bn", 1e9, "", ShortScale},
		{"da", "danske kroner", 0, "DKK", 0},
		{"", "dkk", 0, "DKK", 0}, // codes are read in either language
		{"", "procent", 0, "", Percent},
		{"", "pp.", 0, "", Point},
		{"", "en", 0, "", Weak},
		{"da", "tilbage", 0, "", Uncounted},
		{"en", "levels", 0, "", YearNoun},
		{"en", "km", 0, "", Measure},
		{"", "kl.", 0, "", Clock},
		{"", "siden", 0, "", YearBefore},
		{"", "days", 0, "", TimeUnit},
	} {
		p := For(c.code)
		if got := p.Scale(c.word); got != c.scale {
			t.Errorf("%s %q: scale %g, want %g", c.code, c.word, got, c.scale)
		}
		if got := p.Currency(c.word); got != c.currency {
			t.Errorf("%s %q: currency %q, want %q", c.code, c.word, got, c.currency)
		}
		if c.kind != 0 && !p.IsNumber(c.word, c.kind) {
			t.Errorf("%s %q: not of kind %b", c.code, c.word, c.kind)
		}
	}
	for _, c := range []struct{ code, word, want string }{
		{"da", "øre", "DKK"}, {"en", "cents", "USD"}, {"", "euro cents", "EUR"}, {"en", "pence", "GBP"},
		{"en", "dollars", ""}, // a currency's whole units are no subunit
	} {
		if got := For(c.code).Subunit(c.word); got != c.want {
			t.Errorf("%s %q: subunit of %q, want %q", c.code, c.word, got, c.want)
		}
	}
	if v, ok := For("").NumberValue("halvfems"); !ok || v != 90 {
		t.Errorf("halvfems = %g, %v; want 90", v, ok)
	}
	if For("").Fraction("fjerdedele") != 4 {
		t.Error("fjerdedele should divide by 4")
	}
	// The longest phrase and the longest sign are tried first.
	for _, p := range []*Pack{For("da"), For("en"), For("")} {
		qs := p.Qualifiers()
		for i := 1; i < len(qs); i++ {
			if qs[i].Words > qs[i-1].Words {
				t.Errorf("%s: qualifier %q comes after the shorter %q", p.Code, qs[i].Phrase, qs[i-1].Phrase)
			}
		}
		ss := p.Signs()
		for i := 1; i < len(ss); i++ {
			if len(ss[i].Sign) > len(ss[i-1].Sign) {
				t.Errorf("%s: sign %q comes after the shorter %q", p.Code, ss[i].Sign, ss[i-1].Sign)
			}
		}
	}
}
