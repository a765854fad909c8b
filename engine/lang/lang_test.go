package lang

import "testing"

func TestPacks(t *testing.T) {
	da, en := For("da"), For("en")
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"da verb", da.IsSpeechVerb("understreger"), true},
		{"da not a verb", da.IsSpeechVerb("kalder"), false},
		{"en verb", en.IsSpeechVerb("insisted"), true},
		{"en verb is not da", da.IsSpeechVerb("said"), false},
		{"da i is no pronoun", func() bool { _, ok := da.Pronoun("i"); return ok }(), false},
		{"en they is a pronoun", func() bool { _, ok := en.Pronoun("they"); return ok }(), true},
		{"da compound role", func() bool { r, ok := da.Role("bankdirektør"); return ok && r.Key == "direktør" }(), true},
		{"da definite role", func() bool { r, ok := da.Role("konditoren"); return ok && r.Key == "konditor" }(), true},
		{"da no role in a short word", func() bool { _, ok := da.Role("chef"); return ok }(), true},
		{"da not a role", func() bool { _, ok := da.Role("bordet"); return ok }(), false},
		{"en role is whole words", func() bool { _, ok := en.Role("subcommittee"); return ok }(), false},
		{"en org role", func() bool { r, ok := en.Role("ministry"); return ok && r.Kind == OrgRole }(), true},
		{"da guillemet", func() bool { c, ok := da.Closer('»'); return ok && c == '«' }(), true},
		{"da dash", da.IsDash("–"), true},
		{"en has no dash quotes", en.IsDash("–"), false},
		{"und has Danish verbs", For("und").IsSpeechVerb("siger"), true},
		{"und has English verbs", For("und").IsSpeechVerb("said"), true},
		{"da preposition", da.Is("fra", Preposition), true},
		{"en preposition is not da", da.Is("of", Preposition), false},
		{"da at is no preposition", da.Is("at", Preposition), false},
		{"en article", en.Is("the", Article), true},
		{"en clause word", en.Is("who", Clause), true},
		{"und has both languages' prepositions", For("und").Is("fra", Preposition) && For("und").Is("of", Preposition), true},
		{"en place end", en.IsName("river", PlaceEnd), true},
		{"da place end", da.IsName("fjorden", PlaceEnd), true},
		{"da place end is not en", en.IsName("fjorden", PlaceEnd), false},
		{"en legal form", en.IsName("inc.", LegalForm), true},
		{"da month is no name", da.IsName("marts", NotName), true},
		{"und demonym of either language", For("und").IsName("danske", Demonym) && For("und").IsName("german", Demonym), true},
		{"employer word", en.Is("for", Employer) && !en.Is("of", Employer), true},
		{"subordinator", da.Is("om", Subordinator) && en.Is("whether", Subordinator) && !en.Is("the", Subordinator), true},
		{"self", da.Is("os", Self) && en.Is("our", Self) && !da.Is("han", Self) && !en.Is("they", Self), true},
		{"da month", da.Month("okt.") == 10 && da.Month("marts") == 3, true},
		{"en month is not da", da.Month("october") == 0, true},
		{"und month of either language", For("und").Month("maj") == 5 && For("und").Month("sept") == 9, true},
		{"a weekday is no name", en.IsName("friday", NotName) && da.IsName("fredag", NotName), true},
		{"a month is no name", da.IsName("juni", NotName), true},
		{"und keeps i a preposition", func() bool { _, ok := For("und").Pronoun("i"); return ok }(), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if p, _ := en.Pronoun("she"); p.Gender != 'f' || p.Plural {
		t.Errorf("she: got %+v", p)
	}
	if len(da.Phrases(Source)) == 0 || len(en.Phrases(Source)) == 0 {
		t.Error("no source phrases")
	}
}

// TestEndings checks the ending lists with words that end in one and
// words that do not (or whose stem is too short).
func TestEndings(t *testing.T) {
	p := For("")
	for _, c := range []struct {
		w    string
		k    Ending
		stem int
		want bool
	}{
		{"nationalbanken", InstitutionEnd, 3, true},
		{"banken", InstitutionEnd, 3, false},
		{"bestyrelsen", InstitutionEnd, 3, false}, // "be" + "styrelsen": too short a stem
		{"medicinalkoncernen", OrgNounEnd, 3, true},
		{"koncerndirektør", TitleEnd, 3, true},
		{"direktør", TitleEnd, 3, false},
		{"sangeren", AgentEnd, 0, true},
		{"makedonien", PlaceNameEnd, 0, true},
		{"kinesiske", DemonymEnd, 0, true},
		{"holm", InstitutionEnd, 0, false},
		{"hemmeligt", CommonEnd, 2, true},
		{"tesla", CommonEnd, 2, false},
	} {
		if got := p.EndsIn(c.w, c.k, c.stem); got != c.want {
			t.Errorf("EndsIn(%q, %s, %d) = %v, want %v", c.w, endingNames[c.k], c.stem, got, c.want)
		}
	}
}

// TestNameWordsAgree flags a word that one list calls no name and
// another the head of one: the two cannot both hold.
func TestNameWordsAgree(t *testing.T) {
	for _, code := range []string{"da", "en", "und"} {
		p := For(code)
		for w, k := range p.names {
			if k&(Common|NotName) != 0 && k&(PlaceEnd|Body|LegalForm|OrgNoun|Genitive) != 0 {
				t.Errorf("%s: %q is both no name and a word of names (kinds %b)", code, w, k)
			}
		}
		if len(p.Endings(DemonymEnd)) == 0 {
			t.Errorf("%s: no demonym endings", code)
		}
	}
}
