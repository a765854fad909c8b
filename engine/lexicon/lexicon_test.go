package lexicon

import "testing"

func TestTables(t *testing.T) {
	for _, c := range []struct {
		name string
		got  bool
		want bool
	}{
		{"Jack is a first name", IsFirstName("Jack"), true},
		{"Mogens is a first name", IsFirstName("mogens"), true},
		{"Alibaba is no first name", IsFirstName("Alibaba"), false},
		{"og is a Danish stop word", IsStop("da", "Og"), true},
		{"the is an English stop word", IsStop("en", "The"), true},
		{"the is no Danish stop word", IsStop("da", "the"), false},
		{"kin begins Kina", IsPlaceStem("kin", 3), true},
		{"xq begins nothing", IsPlaceStem("xqz", 3), false},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %v", c.name, c.got)
		}
	}
	same := [][]string{{"USA", "Usa", "Amerika", "United States", "U.S."}, {"Kina", "China"}, {"Prag", "Prague"}, {"København", "Copenhagen"}}
	for _, names := range same {
		first, ok := Place(names[0])
		if !ok {
			t.Errorf("%s: not a place", names[0])
		}
		for _, n := range names[1:] {
			if id, ok := Place(n); !ok || id != first {
				t.Errorf("%s: id %q, want %q as for %s", n, id, first, names[0])
			}
		}
	}
	if _, ok := Place("Alibaba"); ok {
		t.Error("Alibaba: not a place")
	}
}

func TestLookup(t *testing.T) {
	for _, c := range []struct {
		lang, word string
		want       Marks
	}{
		{"da", "karen", FirstName},
		{"da", "danmark", Country},
		{"en", "new york", City},
		{"da", "finansminister", Title},
		{"en", "university", OrgHead},
		{"da", "og", Stop},
		{"en", "og", 0},
		{"en", "xyzzy", 0},
	} {
		if got := Lookup(c.lang, []byte(c.word)); got&c.want != c.want || c.want == 0 && got != 0 {
			t.Errorf("Lookup(%s, %q) = %b, want %b among them", c.lang, c.word, got, c.want)
		}
	}
}
