package entities_test

import (
	"kilde/engine/internal/examples"
	"strings"
	"testing"
)

// TestTaggedNames covers what the name tagger decides: where a name
// starts and ends when a title, byline, possessive or the next
// sentence's first word stands beside it, which capitalised words are no
// name, and the kind of names no rule types.
func TestTaggedNames(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []want
		not        []string // words that must not be (part of) any entity name
		model      string   // an entity whose kind the tagger decided
	}{
		// A compound title is no part of the name.
		{"da", "Overborgmester Lise Dahl åbnede broen i går, og Dahl klippede snoren.",
			[]want{{"Lise Dahl", "person", []string{"Lise Dahl", "Dahl"}}}, []string{"Overborgmester"}, ""},
		{"da", "Projektleder Anna Bech fra Rambøll fortæller, at arbejdet går godt.",
			[]want{{"Anna Bech", "person", nil}, {"Rambøll", "org", nil}}, []string{"Projektleder", "fra"}, "Rambøll"},
		{"en", "Finance Minister Bent Olsen presented the budget. Olsen said the deficit would shrink.",
			[]want{{"Bent Olsen", "person", []string{"Bent Olsen", "Olsen"}}}, []string{"Minister", "Finance"}, ""},
		// A byline word, a possessive and a profession stay outside.
		{"da", "Af Karen Holm\n\nKaren Holm har talt med borgmesteren.",
			[]want{{"Karen Holm", "person", nil}}, []string{"Af"}, ""},
		{"da", "TV 2s Lars Holm har talt med borgmesteren i Vejle om den nye skole.",
			[]want{{"Lars Holm", "person", nil}, {"Vejle", "place", nil}}, []string{"2s"}, ""},
		{"en", "Reuters photographer Ann Lee was injured in Kabul on Sunday. Lee was taken to hospital.",
			[]want{{"Ann Lee", "person", []string{"Ann Lee", "Lee"}}, {"Kabul", "place", nil}}, []string{"photographer"}, ""},
		// A party, an employer or a country, then an office, then a
		// person: the office is in neither name ("Labour MP", "Apple
		// CEO", "US Ambassador"), even in capitals.
		{"en", "The plan was attacked by Labour MP Lucy Powell on Monday. Powell said it would fail.",
			[]want{{"Labour", "org", nil}, {"Lucy Powell", "person", []string{"Lucy Powell", "Powell"}}}, []string{"MP"}, ""},
		{"en", "The phone was shown by Apple CEO Tim Cook in California.",
			[]want{{"Tim Cook", "person", nil}, {"California", "place", nil}}, []string{"CEO"}, ""},
		{"en", "The envoy, US Ambassador Caroline Kennedy, arrived in Tokyo. Kennedy met the prime minister.",
			[]want{{"Caroline Kennedy", "person", []string{"Caroline Kennedy", "Kennedy"}}, {"Tokyo", "place", nil}}, []string{"Ambassador"}, ""},
		{"en", "The vote was praised by Senate Majority Leader Chuck Schumer on Tuesday.",
			[]want{{"Chuck Schumer", "person", nil}}, []string{"Majority", "Leader"}, ""},
		{"en", "The European Commission proposed a fund. Commission President Ursula von der Leyen defended it.",
			[]want{{"European Commission", "org", []string{"European Commission", "Commission"}}, {"Ursula von der Leyen", "person", nil}}, []string{"President"}, ""},
		{"en", "The MP said she would vote against it.",
			nil, []string{"MP"}, ""},
		// A party's genitive before an office is the party's; a person's
		// last names without the first are that person.
		{"da", "Kritikken kom fra Venstres formand Troels Lund Poulsen i går. Lund Poulsen vil ændre planen.",
			[]want{{"Venstre", "org", []string{"Venstres"}}, {"Troels Lund Poulsen", "person", []string{"Troels Lund Poulsen", "Lund Poulsen"}}}, []string{"formand"}, ""},
		// A body's name goes on with "on", but not into a day or a month.
		{"en", "The European Commission on Wednesday proposed a fund, and the Council on Human Rights agreed.",
			[]want{{"European Commission", "org", nil}, {"Council on Human Rights", "org", nil}}, []string{"Wednesday"}, ""},
		// Machine translation's capitals before an organisation's head
		// are the name's first word ("DANSKE Bank").
		{"da", "DANSKE Bank ' s DIREKTØR Carsten Egeriis siger , at banken venter et stort overskud .",
			[]want{{"DANSKE Bank", "org", nil}, {"Carsten Egeriis", "person", nil}}, []string{"DIREKTØR"}, ""},
		// A nationality word opens a name whose initials the text writes
		// elsewhere.
		{"da", "Dansk Industri hilser aftalen velkommen. Ifølge DI kan den skabe 12.000 arbejdspladser.",
			[]want{{"Dansk Industri", "org", []string{"Dansk Industri", "DI"}}}, nil, ""},
		{"en", "British Gas raised prices on Monday. Later BG said demand had fallen.",
			[]want{{"British Gas", "org", []string{"British Gas", "BG"}}}, nil, ""},
		// A company named with its legal form is the company its bare
		// name names, whatever the tagger reads in it; "A/S" is no
		// genitive.
		{"en", "Tesla Inc. said on Wednesday it would recall 2 million vehicles. Tesla disagreed with the analysis.",
			[]want{{"Tesla Inc.", "org", []string{"Tesla Inc.", "Tesla"}}}, nil, ""},
		{"da", "Aktierne i Pandora A/S steg i går. Pandora oplyser, at salget voksede.",
			[]want{{"Pandora A/S", "org", []string{"Pandora A/S", "Pandora"}}}, nil, ""},
		// Five capitals that spell no word are an acronym.
		{"en", "The National Highway Traffic Safety Administration opened an inquiry. The NHTSA said the controls were weak.",
			[]want{{"National Highway Traffic Safety Administration", "org", []string{"NHTSA"}}}, nil, ""},
		// After a body's complement, "and" and one more word are the
		// body's; two more are a second name.
		{"en", "More than 15,000 cases were confirmed, according to the Africa Centres for Disease Control and Prevention.",
			[]want{{"Africa Centres for Disease Control and Prevention", "org", nil}}, nil, ""},
		{"da", "Det oplyser Ministeriet for Børn og Undervisning i en pressemeddelelse.",
			[]want{{"Ministeriet for Børn og Undervisning", "org", nil}}, nil, ""},
		{"da", "Rådet for Socialt Udsatte og Dansk Industri er enige om planen.",
			[]want{{"Rådet for Socialt Udsatte", "org", nil}, {"Dansk Industri", "org", nil}}, nil, ""},
		// A hyphenated office is no part of the name.
		{"en", "The risk is high, WHO Director-General Tedros Adhanom Ghebreyesus told reporters.",
			[]want{{"Tedros Adhanom Ghebreyesus", "person", nil}}, []string{"Director-General"}, ""},
		// A one-word name whose compound's head is an organisation's is
		// one, where the tagger named nothing or a thing.
		{"en", "The Bundesbank expects growth of just 0.4% this year.",
			[]want{{"Bundesbank", "org", nil}}, nil, ""},
		{"da", "Renten hæves nu af Sydbank, som følger de andre banker.",
			[]want{{"Sydbank", "org", nil}}, nil, ""},
		// A people's genitive opening a sentence is no name.
		{"da", "Danskernes forbrug af kød faldt sidste år, viser en opgørelse fra Landbrug & Fødevarer.",
			[]want{{"Landbrug & Fødevarer", "org", nil}}, []string{"Danskernes"}, ""},
		// An indefinite compound noun for an organisation before a name,
		// and a bank's compound name after "fra".
		{"da", "Ordren kommer fra det amerikanske energiselskab NextEra Energy på i alt 1,2 GW.",
			[]want{{"NextEra Energy", "org", nil}}, nil, ""},
		{"da", "Ordren er værd 9 mia. kr., vurderer analytiker Jacob Pedersen fra Sydbank.",
			[]want{{"Jacob Pedersen", "person", nil}, {"Sydbank", "org", nil}}, nil, ""},
		// Two acronyms joined by a hyphen are one name, not a long word
		// in capitals.
		{"en", "The AFL-CIO, the nation's largest federation of unions, praised the vote.",
			[]want{{"AFL-CIO", "org", nil}}, nil, ""},
		// An acronym that opens a sentence is part of the name after it.
		{"da", "FC Midtjylland vandt søndag over Brøndby IF.",
			[]want{{"FC Midtjylland", "org", nil}, {"Brøndby IF", "org", nil}}, nil, ""},
		{"en", "FC Barcelona beat Real Madrid on Sunday.",
			[]want{{"FC Barcelona", "org", nil}, {"Real Madrid", "org", nil}}, nil, ""},
		// A sentence's first word does not join the name after it, which
		// is then the surname of the person named before.
		{"en", "Later that day Ruth Kamau met the board of Tanzanite Mining. Afterwards Kamau flew home.",
			[]want{{"Ruth Kamau", "person", []string{"Ruth Kamau", "Kamau"}}, {"Tanzanite Mining", "org", nil}}, []string{"Afterwards"}, "Tanzanite Mining"},
		{"da", "Tidligere i dag mødtes Søren Vang med ledelsen af Nordkraft. Bagefter tog Vang hjem.",
			[]want{{"Søren Vang", "person", []string{"Søren Vang", "Vang"}}, {"Nordkraft", "org", nil}}, []string{"Bagefter"}, "Nordkraft"},
		// A sentence's first word that nothing else in the text supports
		// is a name when the tagger takes it for one; a plural of people
		// before a speech verb is not.
		{"en", "The talks went on. Mwangi said the plan would work.",
			[]want{{"Mwangi", "person", nil}}, []string{"The"}, ""},
		{"en", "Shares fell on Monday. Analysts said the drop was small.",
			nil, []string{"Analysts", "Shares"}, ""},
		{"da", "Aktierne faldt mandag. Analytikere siger, at faldet var lille.",
			nil, []string{"Analytikere", "Aktierne"}, ""},
		// A function word in capitals among words that are not is an
		// acronym, and the initials of a name said before.
		{"en", "The World Health Organization warned on Monday. The WHO said cases rose.",
			[]want{{"World Health Organization", "org", []string{"World Health Organization", "WHO"}}}, nil, ""},
		// A nationality word the tagger reads as part of a name stays in it;
		// one before a title or a person does not.
		{"en", "The European Environment Agency published a report on Monday.",
			[]want{{"European Environment Agency", "org", nil}}, nil, ""},
		{"en", "Chinese President Xi Jinping met the delegation in Beijing.",
			[]want{{"Xi Jinping", "person", nil}, {"Beijing", "place", nil}}, []string{"Chinese", "President"}, ""},
		{"da", "Den Europæiske Centralbank hævede renten, sagde den franske økonom Marie Dubois.",
			[]want{{"Den Europæiske Centralbank", "org", nil}, {"Marie Dubois", "person", nil}}, []string{"franske"}, ""},
		// An organisation's name followed at once by a person's: the run
		// is split after the organisation word.
		{"en", "The chief of the Harbour Council Amara Diallo said the port would reopen. Diallo gave no date.",
			[]want{{"Harbour Council", "org", nil}, {"Amara Diallo", "person", []string{"Amara Diallo", "Diallo"}}}, nil, ""},
		{"da", "Direktør for Hav Fonden Amara Diallo siger, at havnen åbner igen. Diallo nævnte ingen dato.",
			[]want{{"Hav Fonden", "org", nil}, {"Amara Diallo", "person", []string{"Amara Diallo", "Diallo"}}}, nil, ""},
		// A Danish genitive of a full name named elsewhere is that name,
		// whatever follows it.
		{"da", "Jonas Brandt kom hjem i går. Jonas Brandts to døtre ventede ved døren.",
			[]want{{"Jonas Brandt", "person", []string{"Jonas Brandt", "Jonas Brandts"}}}, nil, ""},
		// A long word of a name of several words misspelt by one letter.
		{"da", "Aktierne i Nordisk Brandforsikring steg. Senere tjente Nordisk Brandtforsikring mere end ventet.",
			[]want{{"Nordisk Brandtforsikring", "org", []string{"Nordisk Brandforsikring", "Nordisk Brandtforsikring"}}}, nil, ""},
		// Section labels and capitalised common words are no names.
		{"da", "Indland. Skolerne i Aalborg får flere lærere, siger rådmand Hans Kirk.",
			[]want{{"Aalborg", "place", nil}, {"Hans Kirk", "person", nil}}, []string{"Indland", "Skolerne"}, ""},
		{"en", "Business. Shares in Greenfield Motors rose on Tuesday, said analyst Tom Reyes.",
			[]want{{"Greenfield Motors", "org", nil}, {"Tom Reyes", "person", nil}}, []string{"Business", "Shares"}, ""},
		// The tagger types a name no rule does: a newspaper is no place.
		{"da", "Chefredaktør Mads Lind i Jyllands-Posten vil ikke kommentere sagen.",
			[]want{{"Mads Lind", "person", nil}, {"Jyllands-Posten", "org", nil}}, []string{"Chefredaktør"}, "Jyllands-Posten"},
	}
	var kinds examples.Tally // the tagger's kinds: judged by their rate
	for _, c := range cases {
		ents, text := find(c.lang, c.text)
		for _, w := range c.want {
			found := false
			for _, e := range ents {
				if e.Name != w.name {
					continue
				}
				found = true
				if e.Kind != w.kind {
					kinds.Miss(t, "%q: %q is %s (%s), want %s", c.text, e.Name, e.Kind, e.Rule, w.kind)
				} else {
					kinds.Right()
				}
				f := forms(e, text)
				for _, m := range w.forms {
					if !f[m] {
						t.Errorf("%q: %q lacks the mention %q; has %v", c.text, e.Name, m, f)
					}
				}
				if e.Name == c.model && !strings.HasPrefix(e.Rule, "model") {
					t.Errorf("%q: %q has rule %q, want the tagger's (model)", c.text, e.Name, e.Rule)
				}
			}
			if !found {
				t.Errorf("%q: no entity %q; got %v", c.text, w.name, names(ents))
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
