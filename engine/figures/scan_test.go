package figures

import (
	"math"
	"testing"
	"unicode/utf8"
)

// nan marks "no value" or "not a range" in the table.
var none = math.NaN()

func TestFind(t *testing.T) {
	cases := []struct {
		lang, text string
		span       string // the figure's text
		kind       string
		value      float64
		iso        string
		high       float64
		unit, qual string
	}{
		// Separators decided by the document's language.
		{"da", "Konferencen havde 3.000 deltagere.", "3.000", Number, 3000, "", none, "deltagere", ""},
		{"en", "The conference had 3,000 guests.", "3,000", Number, 3000, "", none, "guests", ""},
		{"da", "Væksten var 1,5 gange større.", "1,5", Number, 1.5, "", none, "gange", ""},
		{"en", "Growth was 1.5 times higher.", "1.5", Number, 1.5, "", none, "times", ""},
		{"da", "Den har 330 000 følgere.", "330 000", Number, 330000, "", none, "følgere", ""},
		{"da", "Der er 330\u00a0000 følgere.", "330\u00a0000", Number, 330000, "", none, "følgere", ""},
		{"en", "It has 10,000,000 users.", "10,000,000", Number, 1e7, "", none, "users", ""},
		{"da", "Hele 3.000.000 kroner.", "3.000.000 kroner", Money, 3e6, "", none, "DKK", ""},
		// Scale words.
		{"da", "Salget var 1,5 mia produkter.", "1,5 mia", Number, 1.5e9, "", none, "produkter", ""},
		{"da", "Det koster 2 mio. kr.", "2 mio. kr.", Money, 2e6, "", none, "DKK", ""},
		{"da", "Der bor over 1 mill. indbyggere.", "1 mill.", Number, 1e6, "", none, "indbyggere", "over"},
		{"da", "Der er 600 millioner mennesker.", "600 millioner", Number, 6e8, "", none, "mennesker", ""},
		{"da", "Gælden er 2 billioner kroner.", "2 billioner kroner", Money, 2e12, "", none, "DKK", ""},
		{"en", "Debt is 2 billion dollars.", "2 billion dollars", Money, 2e9, "", none, "USD", ""},
		// A name after the scale word is no counted noun.
		{"da", "Overskuddet blev 3 mrd. Novo Nordisk venter mere.", "3 mrd.", Number, 3e9, "", none, "", ""},
		{"en", "Sales reached 4 million. Apple expects more.", "4 million", Number, 4e6, "", none, "", ""},
		{"en", "They raised $5m last year.", "$5m", Money, 5e6, "", none, "USD", ""},
		{"en", "Revenue hit £3bn.", "£3bn", Money, 3e9, "", none, "GBP", ""},
		{"en", "a loss of 12 thousand pounds", "12 thousand pounds", Money, 12000, "", none, "GBP", ""},
		{"en", "Stocks fell, with the S&P 500 down 0.7%.", "0.7%", Percent, 0.7, "", none, "%", ""},
		{"da", "Han lovede en million amerikanske arbejdspladser.", "en million", Number, 1e6, "", none, "arbejdspladser", ""},
		// Halves and fractions.
		{"en", "Half a million people live there.", "Half a million", Number, 5e5, "", none, "people", ""},
		{"en", "Roughly two thirds were women.", "two thirds", Number, 2.0 / 3, "", none, "", "about"},
		// Other currencies, by name after the number or by sign before it.
		{"da", "Billetten kostede 500 svenske kroner.", "500 svenske kroner", Money, 500, "", none, "SEK", ""},
		{"en", "Debt stood at 10.6 trillion shillings.", "10.6 trillion shillings", Money, 10.6e12, "", none, "KES", ""},
		{"en", "The fine was CHF 20 million.", "CHF 20 million", Money, 2e7, "", none, "CHF", ""},
		{"en", "It sold for HK$5 billion.", "HK$5 billion", Money, 5e9, "", none, "HKD", ""},
		{"en", "A ticket costs ₹450.", "₹450", Money, 450, "", none, "INR", ""},
		// Currency before or after.
		{"da", "Handlen var vurderet til $40 milliarder.", "$40 milliarder", Money, 4e10, "", none, "USD", ""},
		{"da", "En omsætning på næsten 23 milliarder dollar.", "23 milliarder dollar", Money, 2.3e10, "", none, "USD", "almost"},
		{"da", "Det kostede 720 dollar i alt.", "720 dollar", Money, 720, "", none, "USD", ""},
		{"da", "Prisen er 499 kr. om måneden.", "499 kr.", Money, 499, "", none, "DKK", ""},
		{"da", "Det kostede 50 euro.", "50 euro", Money, 50, "", none, "EUR", ""},
		{"en", "A fine of €200 was paid.", "€200", Money, 200, "", none, "EUR", ""},
		{"da", "Gevinsten var DKK 1.000.", "DKK 1.000", Money, 1000, "", none, "DKK", ""},
		{"da", "Det er 10 pund.", "10 pund", Money, 10, "", none, "GBP", ""},
		// Percent and percentage points.
		{"da", "Det er 80 procent større.", "80 procent", Percent, 80, "", none, "%", ""},
		{"da", "Ca. 40 pct. af befolkningen.", "40 pct.", Percent, 40, "", none, "%", "about"},
		{"en", "Prices rose 3.2 percent.", "3.2 percent", Percent, 3.2, "", none, "%", ""},
		{"en", "Prices rose 3.2%.", "3.2%", Percent, 3.2, "", none, "%", ""},
		{"en", "Up 7 per cent on the year.", "7 per cent", Percent, 7, "", none, "%", ""},
		{"da", "Renten steg 2 procentpoint.", "2 procentpoint", Number, 2, "", none, "pp", ""},
		{"en", "Rates rose 0.5 percentage points.", "0.5 percentage points", Number, 0.5, "", none, "pp", ""},
		// Ranges.
		{"da", "Kina udgør 10 til 15 procent af salget.", "10 til 15 procent", Percent, 10, "", 15, "%", ""},
		{"da", "Det er 10-15 % af salget.", "10-15 %", Percent, 10, "", 15, "%", ""},
		{"en", "It costs between 5 and 7 million dollars.", "5 and 7 million dollars", Money, 5e6, "", 7e6, "USD", ""},
		{"en", "earnings of between $6 billion and $7 billion", "$6 billion and $7 billion", Money, 6e9, "", 7e9, "USD", ""},
		{"en", "a range of $4 billion to $5 billion", "$4 billion to $5 billion", Money, 4e9, "", 5e9, "USD", ""},
		{"da", "Det koster mellem 5 og 7 mio. kr.", "5 og 7 mio. kr.", Money, 5e6, "", 7e6, "DKK", ""},
		{"en", "from 2010–2015 sales grew", "2010–2015", Date, 2010, "", 2015, "", ""},
		// Number words with a scale, unit or time.
		{"da", "De vil skabe en million job.", "en million", Number, 1e6, "", none, "job", ""},
		{"da", "knap en halv million eksemplarer", "en halv million", Number, 5e5, "", none, "eksemplarer", "almost"},
		{"da", "Lønnen stiger op mod 20 procent.", "20 procent", Percent, 20, "", none, "%", "at_most"},
		{"en", "They plan three billion dollars of spending.", "three billion dollars", Money, 3e9, "", none, "USD", ""},
		{"da", "Inden for fem år kan det ske.", "fem år", Number, 5, "", none, "år", ""},
		{"en", "It took two years.", "two years", Number, 2, "", none, "years", ""},
		{"da", "Der gik 6 måneder.", "6 måneder", Number, 6, "", none, "måneder", ""},
		// Years, dates, decades and times.
		{"da", "Senest i 2015 var det sådan.", "2015", Date, 2015, "", none, "", ""},
		{"da", "Museet har siden 1984 haft til huse her.", "1984", Date, 1984, "", none, "", ""},
		{"da", "Mødet er 24. november 2026 i Aarhus.", "24. november 2026", Date, none, "2026-11-24", none, "", ""},
		{"en", "The meeting is on 24 November 2026.", "24 November 2026", Date, none, "2026-11-24", none, "", ""},
		{"en", "The meeting is on November 24, 2026.", "November 24, 2026", Date, none, "2026-11-24", none, "", ""},
		{"da", "Det skete i juni 2017.", "juni 2017", Date, 2017, "", none, "", ""},
		{"da", "80'ernes bøfdrenge", "80'ernes", Date, 1980, "", none, "", ""},
		{"en", "music of the 1980s", "1980s", Date, 1980, "", none, "", ""},
		{"da", "Løbet startede kl. 20.00 med hold.", "20.00", Date, none, "", none, "", ""},
		{"da", "det skulle slutte ved 21 tiden", "21", Date, none, "", none, "", ""},
		// Qualifiers.
		{"da", "Der er omkring 20 ansatte.", "20", Number, 20, "", none, "ansatte", "about"},
		{"da", "Der kom cirka 3.000 gæster.", "3.000", Number, 3000, "", none, "gæster", "about"},
		{"da", "Der er mere end 600 millioner mennesker.", "600 millioner", Number, 6e8, "", none, "mennesker", "over"},
		{"da", "Den har færre end 50.000 tilhængere.", "50.000", Number, 50000, "", none, "tilhængere", "under"},
		{"da", "lige under $5 millioner i indtægter", "$5 millioner", Money, 5e6, "", none, "USD", "under"},
		{"da", "op til 30 procent", "30 procent", Percent, 30, "", none, "%", "at_most"},
		{"en", "more than 600 million people", "600 million", Number, 6e8, "", none, "people", "over"},
		{"en", "fewer than 50 staff", "50", Number, 50, "", none, "staff", "under"},
		{"en", "nearly 23 billion dollars", "23 billion dollars", Money, 2.3e10, "", none, "USD", "almost"},
		{"en", "up to 30 percent", "30 percent", Percent, 30, "", none, "%", "at_most"},
		{"en", "about 40 percent", "40 percent", Percent, 40, "", none, "%", "about"},
		{"en", "at least 12 people", "12", Number, 12, "", none, "people", "at_least"},
		// The longest phrase decides: "no more than" is not "more than".
		{"en", "no more than 12 people", "12", Number, 12, "", none, "people", "at_most"},
		{"en", "no less than 40 percent", "40 percent", Percent, 40, "", none, "%", "at_least"},
		{"da", "i hvert fald 12 personer", "12", Number, 12, "", none, "personer", "at_least"},
		// Numeric dates, ranges whose ends measure different things.
		{"da", "Aftalen blev underskrevet 24/11/2026.", "24/11/2026", Date, none, "2026-11-24", none, "", ""},
		{"da", "Mødet var 1.12.2020 i Odense.", "1.12.2020", Date, none, "2020-12-01", none, "", ""},
		{"en", "It was signed on 24/11/2026.", "24/11/2026", Date, none, "2026-11-24", none, "", ""},
		{"en", "It was signed on 11/24/2026.", "11/24/2026", Date, none, "2026-11-24", none, "", ""},
		{"da", "Mellem 2005 og 2010 voksede eksporten.", "2005 og 2010", Date, 2005, "", 2010, "", ""},
		{"da", "Han betalte 300 amerikanske dollars.", "300 amerikanske dollars", Money, 300, "", none, "USD", ""},
		{"en", "She paid US$300 for it.", "US$300", Money, 300, "", none, "USD", ""},
		// Times of day.
		{"en", "It opens at 3 pm.", "3", Date, none, "", none, "", ""},
		// Number words with a counted noun.
		{"da", "Tre personer døde i ulykken.", "Tre personer", Number, 3, "", none, "personer", ""},
		{"en", "Three people died in the crash.", "Three people", Number, 3, "", none, "people", ""},
		{"da", "Der kom otte betjente.", "otte betjente", Number, 8, "", none, "betjente", ""},
		{"en", "Seven days later it ended.", "Seven days", Number, 7, "", none, "days", ""},
		// Signs and years before a noun.
		{"en", "GDP fell -0.5% last year.", "-0.5%", Percent, -0.5, "", none, "%", ""},
		{"da", "BNP faldt −0,5 pct. i alt.", "−0,5 pct.", Percent, -0.5, "", none, "%", ""},
		{"en", "The firm's 2019 results were weak.", "2019", Date, 2019, "", none, "", ""},
		{"en", "The 2019 election was close.", "2019", Date, 2019, "", none, "", ""},
		// Plain counts.
		{"da", "Hold på 4 børn/voksne.", "4", Number, 4, "", none, "børn", ""},
		{"da", "den 34-årige haitianer", "34", Number, 34, "", none, "", ""},
	}
	for _, c := range cases {
		got := Find(c.text, c.lang)
		if len(got) != 1 {
			t.Errorf("%s %q: want one figure, got %d: %+v", c.lang, c.text, len(got), got)
			continue
		}
		f := got[0]
		if span := c.text[f.Start:f.End]; span != c.span {
			t.Errorf("%s %q: span %q, want %q", c.lang, c.text, span, c.span)
		}
		if f.Kind != c.kind || !same(f.Value, c.value) || f.ISO != c.iso || !same(f.High, c.high) || f.Unit != c.unit || f.Qualifier != c.qual {
			t.Errorf("%s %q: got %s %v %q high %v unit %q qual %q (%s); want %s %v %q high %v unit %q qual %q",
				c.lang, c.text, f.Kind, f.Value, f.ISO, f.High, f.Unit, f.Qualifier, f.Rule, c.kind, c.value, c.iso, c.high, c.unit, c.qual)
		}
	}
}

func same(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

// TestSeveral checks texts that hold more than one figure.
func TestSeveral(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		spans      []string
		values     []float64
	}{
		{"da", "Omsætningen steg fra 2,3 mia. kr. til 2,8 mia. kr.", []string{"2,3 mia. kr.", "2,8 mia. kr."}, []float64{2.3e9, 2.8e9}},
		{"en", "Sales rose from $2.3bn to $2.8bn.", []string{"$2.3bn", "$2.8bn"}, []float64{2.3e9, 2.8e9}},
		{"da", "Det steg 2,5 procentpoint til 45 procent.", []string{"2,5 procentpoint", "45 procent"}, []float64{2.5, 45}},
		{"en", "It rose 2.5 percentage points to 45 percent.", []string{"2.5 percentage points", "45 percent"}, []float64{2.5, 45}},
		{"da", "Salget faldt 12 pct. til 1,2 mia. euro.", []string{"12 pct.", "1,2 mia. euro"}, []float64{12, 1.2e9}},
		// The text's own numbers overrule the language's convention.
		{"en", "Rates were 1,5 and 2,5 at 3.000.000 kr.", []string{"1,5", "2,5", "3.000.000 kr."}, []float64{1.5, 2.5, 3e6}},
		{"da", "Budgettet var 2,000,000 dollar og 3,500,000 dollar.", []string{"2,000,000 dollar", "3,500,000 dollar"}, []float64{2e6, 3.5e6}},
		// Without such evidence the language decides.
		{"en", "It cost 3,000 dollars and 1.5 million euros.", []string{"3,000 dollars", "1.5 million euros"}, []float64{3000, 1.5e6}},
		{"da", "Det kostede 3.000 kroner og 1,5 mio. euro.", []string{"3.000 kroner", "1,5 mio. euro"}, []float64{3000, 1.5e6}},
	} {
		got := Find(c.text, c.lang)
		if len(got) != len(c.spans) {
			t.Errorf("%s %q: got %d figures %+v, want %q", c.lang, c.text, len(got), got, c.spans)
			continue
		}
		for i, f := range got {
			if span := c.text[f.Start:f.End]; span != c.spans[i] || !same(f.Value, c.values[i]) {
				t.Errorf("%s %q: figure %d is %q = %v, want %q = %v", c.lang, c.text, i, span, f.Value, c.spans[i], c.values[i])
			}
		}
	}
}

// TestNotFigures lists text that holds no figure.
func TestNotFigures(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"da", "Det er en virksomhed med et mål."},
		{"en", "It is a company with one goal."},
		{"da", "Han fik COVID-19 og købte en B12-vitamin."},
		{"en", "The 4G network and the MP3 player."},
		{"da", "Kina ‘ s marked, Ma’s plan, ’’ \" ' stray marks"},
		{"en", "He went to the shop to buy bread."},
		{"da", "Hun tog fire tilbage, og de sad to sammen igen."},
		{"en", "She took four back, and they sat two together again."},
		{"da", ""},
		{"da", "....,,,,----%%%%$$$$"},
		{"en", "We ran Windows 10 today on the A4 sheet."},
		{"da", "Han så TV 2 og kørte Formel 1."},
		{"en", "He bought a car and one of them left."},
	} {
		if got := Find(c.text, c.lang); len(got) != 0 {
			t.Errorf("%s %q: want no figure, got %+v", c.lang, c.text, got)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"$40 milliarder", "10-15 %", "3.000,5", "24. november 2026", "80'ernes", "1 mill.", "kl. 20.00", "€", "1.", "9,"} {
		f.Add(s, "da")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		last := 0
		for _, x := range Find(text, lang) {
			if x.Start < last || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", x.Start, x.End, last, text)
			}
			if utf8.ValidString(text) && (!boundary(text, x.Start) || !boundary(text, x.End)) {
				t.Fatalf("span [%d,%d) splits a character in %q", x.Start, x.End, text)
			}
			last = x.End
		}
	})
}

// boundary reports whether i starts a character of text or ends it.
func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

func BenchmarkFind(b *testing.B) {
	text := sample()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, "da")
	}
}

func TestSpells(t *testing.T) {
	for _, c := range []struct {
		phrase string
		ws     []string
		want   bool
	}{
		{"mere end", []string{"mere", "end"}, true},
		{"op til", []string{"op", "til"}, true},
		{"more than", []string{"more", "then"}, false},
		{"more than", []string{"", "more", "than"}, false},
		{"more  than", []string{"more", "than"}, false},
		{"more than", []string{"more", "than", "x"}, false},
		{"no more than", []string{"no", "more", "than"}, true},
		{"no more than", []string{"more", "than"}, false},
	} {
		if got := spells(c.phrase, c.ws...); got != c.want {
			t.Errorf("spells(%q, %q) = %v, want %v", c.phrase, c.ws, got, c.want)
		}
	}
}

// TestScaledValues checks that a decimal times a scale word is the
// number written, not its nearest binary product.
func TestScaledValues(t *testing.T) {
	for _, c := range []struct {
		text, lang string
		want       float64
	}{
		{"Sales rose to 68.1 billion crowns.", "en", 68.1e9},
		{"Analysts expected 66.4 billion crowns.", "en", 66.4e9},
		{"It cost $9.9 billion.", "en", 9.9e9},
		{"Omsætningen var 2,35 mia. kr.", "da", 2.35e9},
		{"Underskuddet var 0,7 mio. kr.", "da", 0.7e6},
		{"between 1.1 and 1.3 million", "en", 1.1e6},
	} {
		fs := Find(c.text, c.lang)
		if len(fs) == 0 || fs[0].Value != c.want {
			t.Errorf("%q: %v, want the value %v", c.text, fs, c.want)
		}
	}
}

// TestDateRanges checks ranges of dates: both ends full dates, the first
// taking the second's year where it names none.
func TestDateRanges(t *testing.T) {
	for _, c := range []struct{ lang, text, span, lo, hi string }{
		{"en", "The show runs from 9 April to 6 September 2027.", "9 April to 6 September 2027", "2027-04-09", "2027-09-06"},
		{"en", "The summit is on 3-5 June 2025.", "3-5 June 2025", "2025-06-03", "2025-06-05"},
		{"en", "It runs May 24 to June 2, 2026.", "May 24 to June 2, 2026", "2026-05-24", "2026-06-02"},
		{"da", "Festivalen er 1. juni til 3. august 2025.", "1. juni til 3. august 2025", "2025-06-01", "2025-08-03"},
		{"da", "Mødet er 3.-5. juni 2026.", "3.-5. juni 2026", "2026-06-03", "2026-06-05"},
	} {
		fs := Find(c.text, c.lang)
		if len(fs) != 1 || c.text[fs[0].Start:fs[0].End] != c.span || fs[0].ISO != c.lo || fs[0].HighISO != c.hi {
			t.Errorf("%q: got %+v, want %q from %s to %s", c.text, fs, c.span, c.lo, c.hi)
		}
	}
	// A later first date is two dates, not a range.
	if fs := Find("It moved from 6 September to 9 April 2027.", "en"); len(fs) != 2 {
		t.Errorf("a falling pair of dates: got %+v, want two figures", fs)
	}
}
