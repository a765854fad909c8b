package entities_test

import (
	"kilde/engine/internal/examples"
	"strings"
	"testing"

	"kilde/engine/entities"
	"kilde/engine/segment"
)

type want struct {
	name, kind string
	forms      []string // mention texts that must belong to this entity
}

func find(lang, text string) ([]entities.Entity, string) {
	d := segment.New(text)
	return entities.Find(d, entities.Hints{Lang: lang}), text
}

func forms(e entities.Entity, text string) map[string]bool {
	m := map[string]bool{}
	for _, x := range e.Mentions {
		m[text[x.Start:x.End]] = true
	}
	return m
}

func TestEntities(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []want
		not        []string // words that must not be (part of) any entity name
	}{
		// People from first names, surnames as aliases.
		{"da", "Jack Ma, bestyrelsesformand for Alibaba, talte i Detroit. Senere sagde Ma, at det gik godt.",
			[]want{{"Jack Ma", "person", []string{"Jack Ma", "Ma"}}, {"Alibaba", "org", nil}, {"Detroit", "place", nil}}, nil},
		{"en", "Chair Jerome Powell spoke on Wednesday. Later Powell said rates would rise.",
			[]want{{"Jerome Powell", "person", []string{"Jerome Powell", "Powell"}}}, []string{"Chair", "Wednesday"}},
		// Two people who share a surname stay apart; the surname goes to the nearest one before.
		{"da", "Anders Pedersen mødte Veronica Pedersen i Aarhus. Pedersen smilede.",
			[]want{{"Anders Pedersen", "person", []string{"Anders Pedersen"}}, {"Veronica Pedersen", "person", []string{"Veronica Pedersen", "Pedersen"}}}, nil},
		// Titles and appositions make people of unknown names.
		{"da", "Det sagde dagplejemor Lene Petersen og træner, Keld Krogh, i går.",
			[]want{{"Lene Petersen", "person", nil}, {"Keld Krogh", "person", nil}}, []string{"dagplejemor"}},
		{"en", "said Frank Lavin, CEO of Export Now, in an interview.",
			[]want{{"Frank Lavin", "person", nil}, {"Export Now", "org", nil}}, []string{"CEO"}},
		{"da", "Det fortalte Vil Gee, administrerende DIREKTØR for Balti Virtuelle.",
			[]want{{"Vil Gee", "person", nil}, {"Balti Virtuelle", "org", nil}}, []string{"DIREKTØR"}},
		// A name that a he or she refers back to is a person; a speaker's
		// pronoun next to its verb is not such a reference.
		{"da", "Hvis Clinton har en plan for byerne, holder han den for sig selv.", []want{{"Clinton", "person", nil}}, nil},
		{"en", "If Yeltsin wins the vote, he will stay in office.", []want{{"Yeltsin", "person", nil}}, nil},
		{"en", "We think Novozymes will win the tender, he said.", []want{{"Novozymes", "org", nil}}, nil},
		// Titles of works in English title case are other; names of
		// organisations keep their small words small.
		{"da", "Bandet spillede No Fuel Left For The Pilgrims hele natten.", []want{{"No Fuel Left For The Pilgrims", "other", nil}}, nil},
		{"en", "She worked at Bank of America for years.", []want{{"Bank of America", "org", nil}}, nil},
		// English: plural nouns opening a sentence before "said" or
		// "reported" are not names; genitives need an apostrophe; days
		// name events; bodies go on with "on"; currency signs are no names.
		{"en", "Retailers reported mixed trading. Analysts said sales fell. Sales volumes at Tesco dropped.",
			[]want{{"Tesco", "org", nil}}, []string{"Retailers", "Analysts", "Sales", "Sale"}},
		{"en", "Shoppers waited for Black Friday, according to the Kenya National Commission on Human Rights.",
			[]want{{"Black Friday", "other", nil}, {"Kenya National Commission on Human Rights", "org", nil}}, nil},
		{"en", "Trump on Monday met Macron in Paris.", []want{{"Paris", "place", nil}}, []string{"Monday"}},
		{"en", "The deal was worth HK$5 billion, or US$640 million, and CHF 20 million.", nil, []string{"HK", "US", "CHF"}},
		// Initials before a surname make a person, named as written.
		{"da", "H.L. Hansen var en frodig personlighed, og H. C. Andersen er verdensberømt.",
			[]want{{"H.L. Hansen", "person", nil}, {"H. C. Andersen", "person", nil}}, nil},
		// Royal titles stay out of the name; acronyms take a genitive s.
		{"da", "Kronprins Frederik kom hjem. Det blev vedtaget på DBUs møde, og DBU var tilfreds.",
			[]want{{"Frederik", "person", nil}, {"DBU", "org", []string{"DBUs", "DBU"}}}, []string{"Kronprins"}},
		{"da", "I Slesvig-Holsten skal vi bruge 70 dage.", []want{{"Slesvig-Holsten", "place", nil}}, nil},
		// American conventions: abbreviated titles, party tags, a clipped
		// name for an institution named in full before.
		{"en", "Sen. Elizabeth Warren, D-Mass., criticized the move.", []want{{"Elizabeth Warren", "person", nil}}, []string{"Sen", "D-Mass"}},
		{"en", "The Federal Reserve raised rates. The Fed may pause.",
			[]want{{"Federal Reserve", "org", []string{"Federal Reserve", "Fed"}}}, nil},
		// Danish news: a compound org noun opens the sentence, a medium
		// after "siger ... til", an employer before a person, "Danske Bank".
		{"da", "Medicinalkoncernen Novo Nordisk hæver forventningerne. Væksten i Novo Nordisk er stor.",
			[]want{{"Novo Nordisk", "org", []string{"Novo Nordisk"}}}, []string{"Medicinalkoncernen"}},
		{"da", "Det siger direktør Lars Jørgensen til Ritzau.", []want{{"Lars Jørgensen", "person", nil}, {"Ritzau", "org", nil}}, nil},
		{"da", "Ifølge Danmarks Statistik steg eksporten.", []want{{"Danmarks Statistik", "org", nil}}, []string{"Ifølge"}},
		{"da", "Cheføkonom i Danske Bank Las Olsen vurderer det. »Nej,« siger Las Olsen.",
			[]want{{"Danske Bank", "org", nil}, {"Las Olsen", "person", []string{"Las Olsen"}}}, []string{"Cheføkonom"}},
		{"en", "General Motors opened a plant in Lansing, Michigan, on Sept. 30.",
			[]want{{"General Motors", "org", nil}, {"Lansing", "place", nil}, {"Michigan", "place", nil}}, []string{"Sept"}},
		// A Danish noun in its definite form that opens a sentence is not
		// part of the name after it; it can tell the kind.
		{"da", "Landsholdsspilleren Christian Eriksen scorede to mål, og det er ikke første gang for ham. Partiet Venstre vil ændre loven. Sangeren Medina optrådte.",
			[]want{{"Christian Eriksen", "person", nil}, {"Venstre", "org", nil}, {"Medina", "person", nil}}, []string{"Landsholdsspilleren", "Partiet", "Sangeren"}},
		{"da", "Han så Kristen Stewart og kristne danskere.", []want{{"Kristen Stewart", "person", nil}}, nil},
		// Danish parties, media and short names.
		{"da", "Dansk Folkeparti er uenig. DR og TV 2 bragte historien, og den kom også på DR. Dr. Hansen så den.",
			[]want{{"Dansk Folkeparti", "org", nil}, {"DR", "org", []string{"DR"}}, {"TV 2", "org", nil}, {"Hansen", "person", nil}}, nil},
		{"da", "Anders Fogh Rasmussen var statsminister, og Fogh blev senere generalsekretær. Lars Løkke Rasmussen fulgte efter, og Løkke sagde nej.",
			[]want{{"Anders Fogh Rasmussen", "person", []string{"Fogh"}}, {"Lars Løkke Rasmussen", "person", []string{"Løkke"}}}, nil},
		// Honorifics.
		{"da", "Hun nikkede til Fru Baumann ved bordet.", []want{{"Baumann", "person", nil}}, []string{"Fru"}},
		// Genitives: of places, organisations and people.
		{"da", "Kina er stort. Mange bor i Kinas byer, og Alibaba vokser. Alibabas salg steg.",
			[]want{{"Kina", "place", []string{"Kina", "Kinas"}}, {"Alibaba", "org", []string{"Alibaba", "Alibabas"}}}, nil},
		{"da", "Jens Madsens udvisning var diskutabel.", []want{{"Jens Madsen", "person", []string{"Jens Madsens"}}}, nil},
		{"da", "Ma ‘ s vision er stor, siger Jack Ma.", []want{{"Jack Ma", "person", []string{"Ma", "Jack Ma"}}}, []string{"s"}},
		// Legal forms, longer names and spelling variants join one entity.
		{"da", "Alibaba Group ejer Taobao. Siden voksede Alibaba, og Alibi er et fejltryk.",
			[]want{{"Alibaba Group", "org", []string{"Alibaba Group", "Alibaba", "Alibi"}}}, nil},
		{"da", "I går åbnede Stadium Varer en butik. Kunderne elsker Stadion Varer.",
			[]want{{"", "org", []string{"Stadium Varer", "Stadion Varer"}}}, nil},
		{"da", "Creme fra Tidløs sælger godt. I år har Tidløst 20 ansatte, og Tidløs Hud Pleje er kendt.",
			[]want{{"", "org", []string{"Tidløs", "Tidløst", "Tidløs Hud Pleje"}}}, nil},
		{"da", "Varerne sælges på Tmall, og senere på Alibaba Tmall og Tmall Globale hos Alibaba.",
			[]want{{"", "org", []string{"Tmall", "Alibaba Tmall", "Tmall Globale"}}}, nil},
		// Country names and their variants.
		{"da", "Salget i USA steg. I Usa og i U. S. er Amerika et marked.",
			[]want{{"USA", "place", []string{"USA", "Usa", "U. S.", "Amerika"}}}, nil},
		{"en", "Officials in the United States and Beijing met in New York City.",
			[]want{{"United States", "place", nil}, {"Beijing", "place", nil}, {"New York City", "place", nil}}, nil},
		// Places from gazetteer splits and name endings.
		{"da", "et firma baseret i Rancho Cucamonga Californien med salg til Makedonien.",
			[]want{{"Rancho Cucamonga", "place", nil}, {"Californien", "place", nil}, {"Makedonien", "place", nil}}, nil},
		// Organisation suffixes and context.
		{"en", "Shares of Apple Inc. fell, said an analyst at Morgan Stanley, and the Bank of China waited.",
			[]want{{"Apple Inc.", "org", nil}, {"Morgan Stanley", "org", nil}, {"Bank of China", "org", nil}}, nil},
		{"da", "Horsens Kunstmuseum har siden 1984 haft til huse i Horsens.",
			[]want{{"Horsens Kunstmuseum", "org", nil}, {"Horsens", "place", nil}}, nil},
		// Not entities: nationality words, capitalised titles, sentence-initial common words, words in capitals.
		{"da", "Den Kinesiske milliardær vil inspirere AMERIKANSKE iværksættere. Konferencen var stor. Amerikanerne lyttede.",
			nil, []string{"Kinesiske", "AMERIKANSKE", "Konferencen", "Amerikanerne", "Den"}},
		{"en", "Chinese consumers like American brands. Analysts agree.",
			nil, []string{"Chinese", "American", "Analysts"}},
		{"da", "PERSONLIGE BREVE STJÅLET i nat.", nil, []string{"PERSONLIGE", "BREVE", "STJÅLET"}},
		{"da", "Han er forfatter til Nu, jeg Kender, Som Mine Kammerater, Er: Stemmer fra Internettet.",
			nil, []string{"Kender", "Kammerater", "Stemmer", "Internettet"}},
		{"en", "Smittet med HIV i maj, sagde lægen.", nil, []string{"HIV"}},
		// A listed town that opens an imperative is no place unless the
		// tagger or another mention says so.
		{"en", "Give me the address, please. Split the bill with him.", nil, []string{"Give", "Split"}},
		{"da", "Bo i telt er sjovt, siger hun. Hals og hoved skal beskyttes.", nil, []string{"Bo", "Hals"}},
		{"en", "Nice is warm in May, and tourists love Nice.", []want{{"Nice", "place", []string{"Nice"}}}, nil},
		// Names written in capitals with a first name are people.
		{"da", "Det ses i FRANCIS FORD COPPOLAS nye film.", []want{{"Francis Ford Coppola", "person", []string{"FRANCIS FORD COPPOLAS"}}}, nil},
		// A nickname inside a name.
		{"da", "Sylvester \"Rambo\" Stallone og Arnold Schwarzenegger.",
			[]want{{"Sylvester Stallone", "person", nil}, {"Arnold Schwarzenegger", "person", nil}}, nil},
		// Offices before people.
		{"en", "Treasury Secretary Janet Yellen spoke in London.", []want{{"Janet Yellen", "person", nil}, {"London", "place", nil}}, []string{"Secretary"}},
		// Datelines, seas and English institutions with "for".
		{"en", "COPENHAGEN — Ships avoid the Red Sea, the Office for National Statistics said.",
			[]want{{"Copenhagen", "place", []string{"COPENHAGEN"}}, {"Red Sea", "place", nil}, {"Office for National Statistics", "org", nil}}, nil},
		{"en", "Chancellor Rachel Reeves said Britain's economy grew. Sales in the UK rose.",
			[]want{{"Rachel Reeves", "person", nil}, {"", "place", []string{"Britain", "UK"}}}, []string{"Chancellor"}},
		// A sentence's first word that is a name all the same.
		{"en", "Shipping is up. Maersk said profits rose. MoneyGram agreed.",
			[]want{{"Maersk", "org", nil}, {"MoneyGram", "org", nil}}, []string{"Shipping"}},
		// Events with their year.
		{"da", "Alibaba viste det på sin Gateway ’17 i Detroit.", []want{{"Gateway ’17", "other", nil}}, nil},
	}
	var kinds examples.Tally // the tagger's kinds: judged by their rate
	for _, c := range cases {
		ents, text := find(c.lang, c.text)
		for _, w := range c.want {
			var got *entities.Entity
			for i := range ents {
				f := forms(ents[i], text)
				if ents[i].Name == w.name || w.name == "" && len(w.forms) > 0 && f[w.forms[0]] {
					got = &ents[i]
					break
				}
			}
			if got == nil {
				// The tagger judged it no name.
				kinds.Miss(t, "%q: no entity %q; got %v", c.text, w.name, names(ents))
				continue
			}
			if got.Kind != w.kind {
				kinds.Miss(t, "%q: %q is %s (%s), want %s", c.text, got.Name, got.Kind, got.Rule, w.kind)
			} else {
				kinds.Right()
			}
			f := forms(*got, text)
			for _, m := range w.forms {
				if !f[m] {
					t.Errorf("%q: %q lacks the mention %q; has %v", c.text, got.Name, m, f)
				}
			}
		}
		for _, n := range c.not {
			for _, e := range ents {
				for m := range forms(e, text) {
					if strings.Contains(" "+m+" ", " "+n+" ") {
						t.Errorf("%q: %q is not a name, but found in %q (%s)", c.text, n, m, e.Rule)
					}
				}
			}
		}
	}
	kinds.Check(t)
}

// TestCommonWords: a word the text also writes in small letters is a
// common word, unless the text capitalises it mid-sentence far more
// often; the name keeps all its mentions either way.
func TestCommonWords(t *testing.T) {
	cases := []struct {
		lang, text string
		name       string // a name mentioned so many times
		mentions   int
		not        string // no entity has this form
	}{
		{"en", "Harbour fees rose in May. The harbour is small. Then Google bought it, and later Google said so, though google is a verb too. Staff at Google agreed.",
			"Google", 3, "Harbour"},
		{"en", "Energy prices rose. The energy firms in Houston, said Shell, gained. Exxon and Shell rose, and shell companies did not, but Shell did.",
			"Shell", 3, "Energy"},
		{"da", "Havnen er lille. Turisterne fylder havnen. Ifølge Netto er priserne faldet, og netto er stadig billigst, siger Netto til Ritzau. Kunderne i Netto er glade.",
			"Netto", 3, "Havnen"},
		// A listed place needs only as many capitals as small letters.
		{"en", "Is there a good clinic in Auckland? I moved to auckland last year. The Clinic is closed.", "Auckland", 1, "Clinic"},
		{"da", "Vi flytter til Odense. Bor du også i odense? Klinikken i byen lukker. Hun ringede til klinikken.", "Odense", 1, "Klinikken"},
		{"da", "Regeringen vil sænke skatten. Ifølge regeringen og Venstre er det nødvendigt.", "Venstre", 1, "Regeringen"},
	}
	for _, c := range cases {
		ents, text := find(c.lang, c.text)
		got := 0
		for _, e := range ents {
			for _, m := range e.Mentions {
				if text[m.Start:m.End] == c.name {
					got++
				}
			}
			if c.not != "" && forms(e, text)[c.not] {
				t.Errorf("%q: %q is a common word, but the entity %q has it", c.text, c.not, e.Name)
			}
		}
		if got != c.mentions {
			t.Errorf("%q: %q has %d mentions, want %d; got %v", c.text, c.name, got, c.mentions, names(ents))
		}
	}
}

func names(ents []entities.Entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.Name+"/"+e.Kind)
	}
	return out
}

// The same words name one entity, whatever the tagger made of each
// mention: its kind comes from them all.
func TestSameWordsOneEntity(t *testing.T) {
	for _, c := range []struct{ lang, text, name string }{
		{"da", "Vindmølleproducenten Vestas lukker sin fabrik i Lem ved Ringkøbing. Produktionen flyttes til Polen. Vestas har været en hjørnesten i Lem i over 40 år.", "Lem"},
		{"da", "Vindmølleproducenten Vestas lukker sin fabrik i Lem ved Ringkøbing. Produktionen flyttes til Polen. Vestas har været en hjørnesten i Lem i over 40 år.", "Vestas"},
		{"en", "The carmaker Halvorsen cut jobs in Derby on Monday. Workers in Derby said Halvorsen had broken its word, and Halvorsen declined to comment.", "Halvorsen"},
	} {
		ents, _ := find(c.lang, c.text)
		n := 0
		for _, e := range ents {
			if e.Name == c.name {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d entities named %q, want one; got %v", c.text, n, c.name, names(ents))
		}
	}
}
