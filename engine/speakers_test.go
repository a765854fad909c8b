package engine

import (
	"strings"
	"testing"
)

// TestSpeakers checks who is said to say each quote, by phenomenon and
// language: the quote is found by its first words.
func TestSpeakers(t *testing.T) {
	type said struct{ quote, speaker string }
	cases := []struct {
		name, text string
		want       []said
	}{
		{"da verb-subject, surname to full name",
			"Veronica Pedersen driver firmaet. ”Det går godt,” siger Pedersen.",
			[]said{{"Det går godt", "Veronica Pedersen"}}},
		{"da subject-verb",
			"Jack Ma talte i Detroit. “Vi kan hjælpe en million små virksomheder,” Ma sagde i Detroit.",
			[]said{{"Vi kan hjælpe", "Jack Ma"}}},
		{"en verb-subject with apposition",
			"\"We are committed,\" said Frank Lavin, CEO of Export Now.",
			[]said{{"We are committed", "Frank Lavin"}}},
		{"en subject-verb",
			"Sarah Lee spoke later. \"It is not a surprise,\" Lee said.",
			[]said{{"It is not a surprise", "Sarah Lee"}}},
		{"title before the name",
			"“De vil have noget andet,” siger Alibaba Group vice president Jet Jing.",
			[]said{{"De vil have", "Jet Jing"}}},
		{"da pronoun",
			"Den ene deltager var Lars Gee, direktør for Balti Virtuelle. Der er “bare så meget at navigere,” sagde han.",
			[]said{{"bare så meget", "Lars Gee"}}},
		{"en pronoun",
			"Treasury Secretary Janet Yellen spoke in London. \"The labor market is resilient,\" she said.",
			[]said{{"The labor market", "Janet Yellen"}}},
		{"quote split by its attribution",
			"“Det er svært,” siger Emily Parker. “Men vi prøver.”",
			[]said{{"Det er svært", "Emily Parker"}, {"Men vi prøver", "Emily Parker"}}},
		{"continuation of the previous speaker",
			"“Vi vokser,” siger Michael Zakkour.\n“Og vi bliver ved,” tilføjer han.\n“Det er planen.”",
			[]said{{"Vi vokser", "Michael Zakkour"}, {"Og vi bliver", "Michael Zakkour"}, {"Det er planen", "Michael Zakkour"}}},
		{"da dash quote",
			"Lene Petersen passer børn.\n- Det er ikke blevet regnet som et rigtigt arbejde, siger Lene Petersen.",
			[]said{{"Det er ikke blevet", "Lene Petersen"}}},
		{"colon",
			"Han kan vente støtte fra SF, hvor Ebba Strange siger: \"Vi vil ikke modsætte os en undersøgelse.\"",
			[]said{{"Vi vil ikke", "Ebba Strange"}}},
		{"guillemets",
			"»Det var en god dag,« siger Keld Krogh.",
			[]said{{"Det var en god dag", "Keld Krogh"}}},
		{"according to",
			"Prices will rise, \"perhaps sharply this winter\", according to Janet Yellen.",
			[]said{{"perhaps sharply", "Janet Yellen"}}},
	}
	for _, c := range cases {
		r := Extract(c.text)
		for _, w := range c.want {
			found := false
			for _, q := range r.Quotes {
				if strings.HasPrefix(q.Text, w.quote) {
					found = true
					if q.Speaker != w.speaker {
						t.Errorf("%s: %q said by %q (cue %q, %s), want %q", c.name, w.quote, q.Speaker, q.Cue, q.Rule, w.speaker)
					}
					if q.Speaker != "" && q.Entity == "" {
						t.Errorf("%s: %q has speaker %q but no entity", c.name, w.quote, q.Speaker)
					}
				}
			}
			if !found {
				t.Errorf("%s: no quote starting %q; got %+v", c.name, w.quote, r.Quotes)
			}
		}
	}
}

// TestApostrophesAreNotQuotes keeps genitive and elided marks out of quotes.
func TestApostrophesAreNotQuotes(t *testing.T) {
	for _, text := range []string{
		"Kina ‘ s online detail marked var den største, og Alibaba ‘ s udfordringer er store.",
		"Ma’s vision and the Gateway ’17 event were the topic of Ma's talk.",
		"Rock'n'roll i 80'erne og ’90'erne.",
	} {
		if r := Extract(text); len(r.Quotes) != 0 {
			t.Errorf("%q: want no quotes, got %+v", text, r.Quotes)
		}
	}
}

// TestTitlesAreNoQuotes keeps titles, nicknames and names in quotation
// marks that no one said out of the quotes, and keeps speech that looks
// like one when someone said it.
func TestTitlesAreNoQuotes(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		want        bool
	}{
		{"Her new play, “The Salt Orchard”, opened on Thursday night.", "The Salt Orchard", false},
		{"Stykket »Havørnen« havde premiere i går.", "Havørnen", false},
		{"His frame, the “Cairn Ridge”, became a favourite of cyclists.", "Cairn Ridge", false},
		{"The film “Night Shift, Kumasi” won the jury prize.", "Night Shift, Kumasi", false},
		{"To his staff he was always “Tolly”.", "Tolly", false},
		{"The set ended with her hit “Sal del Norte”, sung in Spanish.", "Sal del Norte", false},
		{"“We Will Fight On,” said Ann Lee.", "We Will Fight On,", true},
		{"Kampagnen hed »Tid til hver elev« og kostede 2 mio. kr.", "Tid til hver elev", true},
		{"Ann Lee called the plan “irresponsible”.", "irresponsible", true},
		{"The sign read “Closed. Back Soon”.", "Closed. Back Soon", true},
	} {
		r := Extract(c.text)
		got := false
		for _, q := range r.Quotes {
			got = got || q.Text == c.quote
		}
		if got != c.want {
			t.Errorf("%q: quote %q found %v, want %v (quotes %+v)", c.text, c.quote, got, c.want, r.Quotes)
		}
	}
}
