package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kilde/engine/lang"
	"kilde/engine/segment"
)

// describe renders a quote as "text | cue | subject-or-pronoun".
func describe(d *segment.Doc, q Quote) string {
	subj := ""
	if q.Subj.End > q.Subj.Start {
		subj = d.Text[d.Tokens[q.Subj.Start].Start:d.Tokens[q.Subj.End-1].End]
	}
	if q.Prev >= 0 {
		subj = "<prev>"
	}
	cue := q.Cue
	if cue == "" {
		cue = "-"
	}
	return d.Text[q.Start:q.End] + " | " + cue + " | " + subj
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		// English cases are named "en ..." or "english ..."; the others are Danish.
		{"verb after, name", "“Det går godt,” siger Veronica Pedersen.", []string{"Det går godt, | siger | Veronica Pedersen"}},
		{"name then verb", "“Det går godt,” Pedersen siger.", []string{"Det går godt, | siger | Pedersen"}},
		{"pronoun", "“Det går godt,” sagde han.", []string{"Det går godt, | sagde | han"}},
		{"english", "“It works,” said Frank Lavin, CEO of Export Now.", []string{"It works, | said | Frank Lavin"}},
		{"english name first", "\"It works,\" Smith said.", []string{"It works, | said | Smith"}},
		{"title before name", "“Forbrugerne køber,” siger Alibaba Group vice president Jet Jing.", []string{"Forbrugerne køber, | siger | Jet Jing"}},
		{"description before name", "I dag arbejder alle, \"siger ansvarlig lærling, Bjarne Hansen.", []string{"I dag arbejder alle, | siger | Bjarne Hansen"}},
		{"detached closer", "Noget andet. Heldigvis har jeg haft min træner, Keld Krogh, til at holde mig ved ilden, \"siger Brian Lentz, der satser alt.", []string{"Heldigvis har jeg haft min træner, Keld Krogh, til at holde mig ved ilden, | siger | Brian Lentz"}},
		{"guillemets", "Hun siger: »Vi er klar.«", []string{"Vi er klar. | siger | Hun"}},
		{"colon name", "Ebba Strange siger: \"Vi vil ikke modsætte os.\"", []string{"Vi vil ikke modsætte os. | siger | Ebba Strange"}},
		{"danish doubled", "”Vi er klar,” siger hun.", []string{"Vi er klar, | siger | hun"}},
		{"low high", "„Vi er klar“, sagde hun.", []string{"Vi er klar | sagde | hun"}},
		{"verb before in sentence", "McPheters siger, at der er “mennesker, der kan drive salget.”", []string{"mennesker, der kan drive salget. | siger | McPheters"}},
		{"verb before, name after it is not the speaker", "Gee sagde Alibaba konferencen åbnede hans øjne, samt at “hvor kompleks det er.”", []string{"hvor kompleks det er. | sagde | Gee"}},
		{"continues", "“Først,” siger Pedersen. “Så noget andet.”", []string{"Først, | siger | Pedersen", "Så noget andet. | - | <prev>"}},
		{"according to", "Ifølge Peter Hansen er det “helt forkert”.", []string{"helt forkert | Ifølge | Peter Hansen"}},
		{"apostrophes are not quotes", "Kina ‘ s marked og Ma’s vision, Alibaba ‘ s platform og Gateway ’17 i Detroit.", nil},
		{"dash quote", "- Det er en god dag, siger Lene Petersen.", []string{"Det er en god dag | siger | Lene Petersen"}},
		{"en description, then name, then verb", "\"We will not back down,\" the company's chief executive, Mary Barra, told analysts.", []string{"We will not back down, | told | Mary Barra"}},
		{"en an unnamed speaker is not the previous one", "“Yes,” said Smith. ‘It is a disaster,’ one worker, who asked not to be named, told Reuters.",
			[]string{"Yes, | said | Smith", "It is a disaster, | told | "}},
		{"dash no cue", "- Det er en god dag.", []string{"Det er en god dag. | - | "}},
		{"en single quotes", "He called it ‘a disaster’ on Monday.", []string{"a disaster | called | He"}},
		{"unclosed is dropped", "Han sagde “noget uden ende.", nil},
		{"multi paragraph", "“Første del af citatet.\n“Anden del,” siger Pedersen.", []string{"Første del af citatet. | - | ", "Anden del, | siger | Pedersen"}},
		{"run on over a break to a mark that only closes", "Pedersen siger:\n»Første del.\nAnden del.« Han går.", []string{"Første del.\nAnden del. | siger | Pedersen"}},
		{"a straight mark after a break does not close an earlier one", "Han sagde \"noget uden ende.\nHun sagde \"noget\" andet.", []string{"noget | sagde | Hun"}},
		{"straight quotes inside curly ones", "“Vi tror på \"grøn vækst\" i år,” siger Pedersen. “Også næste år.”",
			[]string{"Vi tror på \"grøn vækst\" i år, | siger | Pedersen", "Også næste år. | - | <prev>"}},
		{"en they is a pronoun", "“We are ready,” they said.", []string{"We are ready, | said | they"}},
		{"i is no pronoun", "“Vi er klar,” siger i en pressemeddelelse fra Novo Nordisk.", []string{"Vi er klar, | siger | Novo Nordisk"}},
		{"title, name and company", "»Vi er glade,« siger direktør Hans Hansen fra Novo Nordisk.", []string{"Vi er glade, | siger | Hans Hansen"}},
		{"run on over a paragraph break", "De sagde: »Det er svært.\nMen vi prøver, »siger Lise Berg.", []string{"Det er svært.\nMen vi prøver, | siger | Lise Berg"}},
		{"stray marks", "\" \" ” “ « » ‘ ’ ' '", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segment.New(tt.in)
			code := "da"
			if strings.HasPrefix(tt.name, "en") {
				code = "en"
			}
			var got []string
			for _, q := range Find(d, lang.For(code), nil) {
				got = append(got, describe(d, q))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestDevTexts(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/eval/dev/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := segment.New(string(b))
		for _, q := range Find(d, lang.For("da"), nil) {
			t.Logf("%s: %s [%s]", filepath.Base(f), describe(d, q), q.Rule)
		}
	}
}
