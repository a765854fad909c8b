package boilerplate

import (
	"os"
	"strings"
	"testing"

	"kilde/engine/lang"
	"kilde/engine/segment"
)

func found(text string) []string {
	d := segment.New(text)
	var out []string
	for p, is := range Find(d, lang.For("")) {
		if is {
			out = append(out, text[d.Lines[p].Start:d.Lines[p].End])
		}
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"danish sign-up block",
			"Artiklen fortsætter her med en lang sætning om virksomheden.\nAbonnere på Weekend Læser\nVores guide til historier i arkiverne for at sætte teknologien i perspektiv.\nTilmeld\nTak — tjek venligst din e-mail for at bekræfte dit abonnement.\nForkert e-mail-format\nAdministrer dine indstillinger for nyhedsbrev\nNogle af de små virksomheder på konferencen virkede lidt skræmt.",
			[]string{"Abonnere på Weekend Læser", "Vores guide til historier i arkiverne for at sætte teknologien i perspektiv.", "Tilmeld", "Tak — tjek venligst din e-mail for at bekræfte dit abonnement.", "Forkert e-mail-format", "Administrer dine indstillinger for nyhedsbrev"}},
		{"english", "The company grew fast.\nSubscribe to our newsletter\nRead more\nAdvertisement\nShe said it was fine.",
			[]string{"Subscribe to our newsletter", "Read more", "Advertisement"}},
		{"annonce", "Første afsnit.\nAnnonce\nAndet afsnit.", []string{"Annonce"}},
		{"article prose mentioning email is kept",
			"Politiet fik en e-mail fra den mistænkte mandag aften, og den blev straks sendt videre til anklagemyndigheden, der nu undersøger sagen nærmere.",
			nil},
		{"quote about a newsletter is kept", "“Vi sender et nyhedsbrev hver uge,” siger hun.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../testdata/eval/dev/seed-da.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := found(string(b))
	if len(got) != 6 || got[0] != "Abonnere på Weekend Læser" || got[5] != "Administrer dine indstillinger for nyhedsbrev" {
		t.Errorf("seed boilerplate: %q", got)
	}
}
