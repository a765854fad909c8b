package segment

import (
	"strings"
	"testing"
)

func words(d *Doc, flag Flags) []string {
	var out []string
	for i, t := range d.Tokens {
		if t.Kind == Word && t.Is(flag) {
			out = append(out, d.Tok(i))
		}
	}
	return out
}

func sentences(d *Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Text[d.Tokens[s.Start].Start:d.Tokens[s.End-1].End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "Det regner. Han går hjem.", []string{"Det regner.", "Han går hjem."}},
		{"abbreviations da", "Det koster ca. 5 mio. kr. om året. Bl.a. i Viborg. F.eks. her.", []string{"Det koster ca. 5 mio. kr. om året.", "Bl.a. i Viborg.", "F.eks. her."}},
		{"degrees", "Det siger direktør cand.polit. Mette Lund. Og lic.-techn. Leif Holm, dr.phil. Ib Vang.", []string{"Det siger direktør cand.polit. Mette Lund.", "Og lic.-techn. Leif Holm, dr.phil. Ib Vang."}},
		{"abbreviations en", "Mr. Smith went to the U.S. Department of Commerce. Dr. Who came.", []string{"Mr. Smith went to the U.S. Department of Commerce.", "Dr. Who came."}},
		{"abbreviations in names", "Jens Chr. Birch gik i Det Kgl. Teater. Wm. Hale came.", []string{"Jens Chr. Birch gik i Det Kgl. Teater.", "Wm. Hale came."}},
		{"initials", "Det sker i U. S.. Virksomheder klarer sig.", []string{"Det sker i U. S..", "Virksomheder klarer sig."}},
		{"quote closes", "“Det er godt,” siger hun. “Ja.” Han nikker.", []string{"“Det er godt,” siger hun.", "“Ja.”", "Han nikker."}},
		{"lower after period", "Det var 3. maj. Så kom han.", []string{"Det var 3. maj.", "Så kom han."}},
		{"an amount's abbreviation ends a sentence", "Omsætningen var 14,8 mia. kr. Men direktøren advarer. Det gav 3 pct. Han købte æbler, pærer osv. Det var nok.",
			[]string{"Omsætningen var 14,8 mia. kr.", "Men direktøren advarer.", "Det gav 3 pct.", "Han købte æbler, pærer osv.", "Det var nok."}},
		{"a title's or a company's abbreviation does not", "Apple Inc. Chief Executive Tim Cook talte med Dr. Holm om kr. Beløbet.",
			[]string{"Apple Inc. Chief Executive Tim Cook talte med Dr. Holm om kr. Beløbet."}},
		{"a letter before a paragraph's end", "Han skrev det på X.\nJ. Holm svarede. Plan B.", []string{"Han skrev det på X.", "J. Holm svarede.", "Plan B."}},
		{"a digit before a sentence's end", "Det siger han til TV 2. Hun er enig. Han blev nr. 1. Det glæder ham.", []string{"Det siger han til TV 2.", "Hun er enig.", "Han blev nr. 1.", "Det glæder ham."}},
		{"no before a word", "The board said no. The RNLI said yes. He lives at No. 10 now.", []string{"The board said no.", "The RNLI said yes.", "He lives at No. 10 now."}},
		{"question", "Hvad nu? Ingen ved det!", []string{"Hvad nu?", "Ingen ved det!"}},
		{"paragraphs", "Første linje uden punktum\nAnden linje.", []string{"Første linje uden punktum", "Anden linje."}},
		{"lone punctuation", "... !!! ???", []string{"... !!! ???"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(New(tt.in))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"marks, hyphens and abbreviations", "Alibaba ‘ s e-handel, AMERIKANSKE 34-årige U.S.-firma og Ma’s “Hvis du” - siger: Han",
			"Alibaba|‘|s|e-handel|,|AMERIKANSKE|34-årige|U.S.|-|firma|og|Ma|’|s|“|Hvis|du|”|-|siger|:|Han"},
		// An apostrophe before a capital and a small letter is inside a
		// name; before a lone s or small letters it parts a genitive or a
		// contraction from its word.
		// A letter and a period are an initial, but not at a
		// paragraph's end, where the period ends the sentence.
		{"initial and a letter at a paragraph's end", "J. Holm skrev på X.\nPlan B.", "J.|Holm|skrev|på|X|.|Plan|B|."},
		{"apostrophe inside a name", "Cathy O'Connor, L’Enfant og d'Alembert", "Cathy|O'Connor|,|L’Enfant|og|d'Alembert"},
		{"Italian particle and apostrophe", "Gavino Dell’Acqua og Dall'Ara", "Gavino|Dell’Acqua|og|Dall'Ara"},
		{"a capitalised word's apostrophe before a capital", "Dagli'Brugsen og Kina'S, men Kina's og 'Hej'", "Dagli'Brugsen|og|Kina|'|S|,|men|Kina|'|s|og|'|Hej|'"},
		{"a word's genitive, no particle", "Dell's plan", "Dell|'|s|plan"},
		{"apostrophe between small letters", "Njuguna Ndung'u and Qur’an, not Trump's or Don't", "Njuguna|Ndung'u|and|Qur’an|,|not|Trump|'|s|or|Don|'|t"},
		{"genitive of such a name", "O’Brien’s plan", "O’Brien|’|s|plan"},
		{"capitals genitive", "KINA'S AMERIKANSKE", "KINA|'|S|AMERIKANSKE"},
		// A company's web name is one word; a period before a word is
		// not, nor one before another ending.
		{"web names", "Amazon.com Inc. and Booking.com rose. It ended.Com", "Amazon.com|Inc.|and|Booking.com|rose|.|It|ended|.|Com"},
		{"contraction", "don't and rock'n'roll", "don|'|t|and|rock|'|n|'|roll"},
		{"quote after a word", "sagde'Hej", "sagde|'|Hej"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New(tt.in)
			var got []string
			for i := range d.Tokens {
				got = append(got, d.Tok(i))
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("tokens\ngot  %s\nwant %s", g, tt.want)
			}
		})
	}
}

func TestShapes(t *testing.T) {
	d := New("Alibaba ‘ s e-handel, AMERIKANSKE 34-årige U.S.-firma og Ma’s “Hvis du” - siger: Han")
	if got := strings.Join(words(d, AllCaps), "|"); got != "AMERIKANSKE|U.S." {
		t.Errorf("all caps: %s", got)
	}
	if got := strings.Join(words(d, Initial), "|"); got != "Alibaba|Hvis|Han" {
		t.Errorf("initial: %s", got)
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
	}{
		{"one per line", "A b.\nC d.\nE f.\n", 3},
		{"blank lines", "A b.\n\nC d.\n\n\nE f.", 3},
		{"hard wrapped", "Linje et af\nafsnit et.\n\nLinje et af\nafsnit to.\n\nTre.\nog fire.", 3},
		{"empty", "", 0},
		{"spaces only", " \n\t\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(New(tt.in).Paras); got != tt.want {
				t.Errorf("got %d paragraphs, want %d", got, tt.want)
			}
		})
	}
}

// TestLegalForms: a Danish legal form is one word, so no name starts at
// its second letter ("Tidløs A/S" is not "Tidløs A" and "S"); other
// slashes still part words.
func TestLegalForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tidløs A/S vokser.", "Tidløs|A/S|vokser"},
		{"Holm I/S og Berg K/S.", "Holm|I/S|og|Berg|K/S"},
		{"Mærsk A/S", "Mærsk|A/S"},
		{"A/Sx og AB/S og a/s", "A|Sx|og|AB|S|og|a|s"},
		{"1/2 og km/t", "1|2|og|km|t"},
	}
	for _, tt := range tests {
		d := New(tt.in)
		var got []string
		for i, tok := range d.Tokens {
			if tok.Kind == Word {
				got = append(got, d.Tok(i))
			}
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: words %q, want %s", tt.in, got, tt.want)
		}
	}
}
