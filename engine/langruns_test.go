package engine

import (
	"fmt"
	"slices"
	"testing"
	"unicode/utf8"

	"kilde/engine/segment"
)

// Paragraphs written for the tests: a Danish and an English news
// paragraph, each clearly in its language.
const (
	daPara = "Regeringen vil bruge 2 milliarder kroner på nye skoler, og det glæder borgmesteren i Vejle. »Det er en god dag for byen,« siger Mia Lund, der har kæmpet for sagen i flere år."
	enPara = "Marlow College will open a new library in Leeds in the spring, and the board said the cost of 2 billion dollars would be met by the city. \"It is a fine day for the town,\" said Tom Hale, who led the campaign for years."
)

func TestLanguageRuns(t *testing.T) {
	for _, c := range []struct {
		name, text, code string
		want             []string
	}{
		{"Danish only", daPara + "\n\n" + daPara, "da", []string{"da"}},
		{"English only", enPara + "\n\n" + enPara, "en", []string{"en"}},
		{"an English paragraph in Danish", daPara + "\n\n" + enPara + "\n\n" + daPara, "da", []string{"da", "en", "da"}},
		{"a Danish paragraph in English", enPara + "\n\n" + daPara, "en", []string{"en", "da"}},
		{"a short English line keeps Danish", daPara + "\n\nRead more: click here for the news\n\n" + daPara, "da", []string{"da"}},
		{"a heading after English stays English", daPara + "\n\n" + enPara + "\n\nSkoler\n\n" + enPara, "da", []string{"da", "en"}},
		{"the first paragraph may differ", enPara + "\n\n" + daPara + "\n\n" + daPara, "da", []string{"en", "da"}},
		{"one word repeated is no sign", enPara + "\n\nAna Ruiz, Laboratorio de Bases de Datos, Campus de Elviña, Universidad de A Coruña, España\n\n" + enPara, "en", []string{"en"}},
	} {
		var got []string
		d := segment.New(c.text)
		for _, r := range languageRuns(d, paraCounts(d, len(d.Tokens), false), c.code) {
			got = append(got, r.code)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: runs %v, want %v", c.name, got, c.want)
		}
	}
}

// TestMixedText checks that a paragraph in the other language is read
// as it would be alone: the same names, kinds, quotes, speakers and
// figures (an English "billion" is 10^9, a Danish 10^12), at the same
// places.
func TestMixedText(t *testing.T) {
	for _, c := range []struct{ before, para, code, after string }{
		{daPara + "\n\n", enPara, "en", "\n\n" + daPara},
		{enPara + "\n\n", daPara, "da", ""},
	} {
		text := c.before + c.para + c.after
		off := utf8.RuneCountInString(c.before)
		end := off + utf8.RuneCountInString(c.para)
		got, want := within(Extract(text), off, end, 0), within(ExtractIn(c.para, c.code), 0, 1<<30, off)
		if len(want) < 3 || !slices.Equal(got, want) {
			t.Errorf("%s paragraph in mixed text:\n got %v\nwant %v", c.code, got, want)
		}
	}
}

// within lists the mentions and quotes of r within [start, end), shifted
// by shift, as comparable strings.
func within(r Result, start, end, shift int) []string {
	var out []string
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if start <= m.Start && m.End <= end {
				out = append(out, fmt.Sprintf("%s %s@%d", e.Kind, m.Text, m.Start+shift))
			}
		}
	}
	for _, f := range r.Figures {
		if start <= f.Start && f.End <= end {
			out = append(out, fmt.Sprintf("%s %s=%g@%d", f.Kind, f.Text, f.Value, f.Start+shift))
		}
	}
	for _, q := range r.Quotes {
		if start <= q.Start && q.End <= end {
			out = append(out, fmt.Sprintf("quote@%d by %s", q.Start+shift, q.Speaker))
		}
	}
	slices.Sort(out)
	return out
}
