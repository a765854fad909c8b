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
		{"Hanne is female", FirstNameGender("Hanne") == 'f', true},
		{"Mogens is male", FirstNameGender("Mogens") == 'm', true},
		{"Kim is either", FirstNameGender("Kim") == 0, true},
		{"Alibaba has no gender", FirstNameGender("Alibaba") == 0, true},
		{"Sigrun, a world name, is female", FirstNameGender("Sigrun") == 'f', true},
		{"Bjarke, a world name, is male", FirstNameGender("Bjarke") == 'm', true},
		{"Asbjorn is Asbjørn spelt in English", IsFirstName("Asbjorn"), true},
		{"Hassan is a first name", IsFirstName("Hassan"), true},
		{"Oleksandra is Oleksandr's woman's form", IsFirstName("Oleksandra"), true},
		{"no woman's form of a short name", IsFirstName("Hansa"), false},
		{"no woman's form after a vowel", IsFirstName("Mariea"), false},
		{"kin begins Kina", IsPlaceStem("kin", 3), true},
		{"xq begins nothing", IsPlaceStem("xqz", 3), false},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %v", c.name, c.got)
		}
	}
	same := [][]string{{"USA", "Usa", "Amerika", "United States", "U.S."}, {"Kina", "China"}, {"Prag", "Prague"}, {"København", "Copenhagen"}, {"Århus", "Aarhus"}, {"Åbenrå", "Aabenraa"}, {"North Korea", "Nordkorea", "DPRK"}, {"De Forenede Arabiske Emirater", "United Arab Emirates", "UAE"}}
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
	for _, w := range []string{"Kaas", "Aas", "Maagen"} { // surnames and words, not "Kås", "Ås"
		if id, ok := Place(w); ok {
			t.Errorf("%s: a place (%s)", w, id)
		}
	}
	if _, ok := Place("Alibaba"); ok {
		t.Error("Alibaba: not a place")
	}
}

// TestListsAgree flags a word that two tables claim for things that
// exclude each other. A first name that is also a stop word is read as a
// name only when capitalised mid-sentence: the few that are really both
// ("Hans" and "hans") are listed here; any other word in both lists is a
// mistake in a supplement and must be decided in the generator's files.
func TestListsAgree(t *testing.T) {
	both := map[string]bool{
		// Danish: pronouns and particles that are also given names.
		"ad": true, "alene": true, "andre": true, "andres": true, "de": true, "den": true, "der": true,
		"far": true, "ham": true, "hans": true, "jo": true, "man": true, "min": true, "ned": true,
		"sig": true, "vi": true,
		// English.
		"any": true, "had": true, "my": true, "per": true, "way": true, "will": true,
	}
	l := load()
	for _, lang := range []string{"da", "en"} {
		for w := range l.firstNames {
			if IsStop(lang, w) && !both[w] {
				t.Errorf("%q is both a first name and a %s stop word: decide in internal/gen", w, lang)
			}
		}
	}
	// A middle name that is no first name is a short name of the person
	// ("Nyrup" for Poul Nyrup Rasmussen): surnames must not pass for first names.
	for _, w := range []string{"Nyrup", "Fogh", "Løkke"} {
		if IsFirstName(w) {
			t.Errorf("%s is a surname, not a first name", w)
		}
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
		{"en", "ikke", 0}, // a Danish stop word only
		{"en", "xyzzy", 0},
		{"en", "einstein", NamedPerson},
		{"en", "nato", NamedGroup},
		{"en", "mississippi", NamedPlace},
		{"da", "einstein", 0}, // WordNet's names are English only
		{"da", "nato", 0},
	} {
		if got := Lookup(c.lang, []byte(c.word)); got&c.want != c.want || c.want == 0 && got != 0 {
			t.Errorf("Lookup(%s, %q) = %b, want %b among them", c.lang, c.word, got, c.want)
		}
	}
}

func TestInCorpus(t *testing.T) {
	for _, c := range []struct {
		lang, w string
		want    bool
	}{
		{"en", "Meanwhile", true},
		{"en", "analysts", true},
		{"en", "tesla", false}, // only ever inside a name
		{"en", "zorvex", false},
		{"da", "Imidlertid", true},
		{"da", "zorvex", false},
		{"xx", "the", false},
	} {
		if got := InCorpus(c.lang, c.w); got != c.want {
			t.Errorf("InCorpus(%q, %q) = %v, want %v", c.lang, c.w, got, c.want)
		}
	}
}

func TestIsTitleAbbrev(t *testing.T) {
	for w, want := range map[string]bool{"prof.": true, "gen.": true, "capt.": true, "prof": false, "co.": false, "jan.": false, "mr.": false} {
		if got := IsTitleAbbrev(w); got != want {
			t.Errorf("IsTitleAbbrev(%q) = %v, want %v", w, got, want)
		}
	}
}

// A name written with accents its list writes without is still a first
// name; a Nordic or German letter is a letter of its own.
func TestFirstNameAccents(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Tomas", true},
		{"Tomás", true},
		{"José", true},
		{"Branäs", false}, // not "Branas"
		{"Ålborg", false},
	} {
		if got := IsFirstName(tt.w); got != tt.want {
			t.Errorf("IsFirstName(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
