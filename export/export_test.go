package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"kilde/engine"
)

const article = "“Det går godt,” siger Veronica Pedersen, direktør for Tidløs. Salget steg 10 til 15 procent til $40 milliarder i 2015. =SUM(A1) -noget"

func parse(t *testing.T, b []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\uFEFF")) {
		t.Fatal("CSV lacks the byte-order mark")
	}
	if !bytes.Contains(b, []byte("\r\n")) {
		t.Fatal("CSV lacks CRLF line ends")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestCSV(t *testing.T) {
	r := engine.Extract(article)
	figs := parse(t, FiguresCSV(r))
	if len(figs) != len(r.Figures)+1 || figs[0][0] != "start" {
		t.Fatalf("figures: %d rows for %d figures", len(figs), len(r.Figures))
	}
	for i, f := range r.Figures {
		row := figs[i+1]
		if row[0] != strconv.Itoa(f.Start) || row[1] != strconv.Itoa(f.End) || row[2] != cell(f.Text) || row[3] != f.Kind || row[8] != f.Rule {
			t.Errorf("figure row %v does not hold %+v", row, f)
		}
	}
	for i, e := range r.Entities {
		row := ents(t, r)[i+1]
		if row[0] != e.ID || row[1] != e.Name || row[3] != strings.Join(e.Aliases, "; ") || row[4] != strconv.Itoa(len(e.Mentions)) {
			t.Errorf("entity row %v does not hold %+v", row, e)
		}
	}
	var money []string
	for _, row := range figs[1:] {
		if row[3] == "money" {
			money = row
		}
	}
	if money == nil || money[4] != "40000000000" || money[6] != "USD" {
		t.Errorf("money row %v: want value 40000000000 (no exponent) and USD", money)
	}
	quotes := parse(t, QuotesCSV(r))
	if len(quotes) != 2 || quotes[1][2] != "Det går godt," || quotes[1][3] != "Veronica Pedersen" {
		t.Errorf("quotes: %v", quotes)
	}
	ents := parse(t, EntitiesCSV(r))
	if len(ents) != len(r.Entities)+1 {
		t.Errorf("entities: %d rows for %d entities", len(ents), len(r.Entities))
	}
	all := parse(t, TableCSV([]Named{{"a.txt", r}, {"b.txt", r}}))
	if want := 1 + 2*(len(r.Figures)+len(r.Quotes)+len(r.Entities)); len(all) != want {
		t.Errorf("table: %d rows, want %d", len(all), want)
	}
}

func ents(t *testing.T, r engine.Result) [][]string { return parse(t, EntitiesCSV(r)) }

func TestNumbersArePlain(t *testing.T) {
	for v, want := range map[float64]string{4e10: "40000000000", 1.5e9: "1500000000", 0.25: "0.25", 2015: "2015", 1e21: "1000000000000000000000"} {
		if got := num(v); got != want {
			t.Errorf("num(%g) = %q, want %q", v, got, want)
		}
	}
}

func TestCellGuardsFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=SUM(A1)": "'=SUM(A1)", "+1": "'+1", "@x": "'@x", "-noget": "'-noget", "-5": "'-5", "-": "'-", "\tx": "'\tx", "\rx": "'\rx", "1+1": "1+1", "Tidløs": "Tidløs", "": "",
		"-1+cmd|' /C calc'!A0": "'-1+cmd|' /C calc'!A0", "-2.5": "'-2.5", "  =1+1": "'  =1+1", " ": " ", "\u00a0x": "\u00a0x",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

// Formula-like text in a quote or a file name is guarded in every CSV;
// a negative number in a numeric column stays a number.
func TestCSVGuardsFormulaText(t *testing.T) {
	const evil = "-1+cmd|' /C calc'!A0"
	r := engine.Extract("“" + evil + "”, siger Veronica Pedersen. Temperaturen faldt til -5 grader.")
	if len(r.Quotes) != 1 || r.Quotes[0].Text != evil {
		t.Fatalf("the example gives no quote %q: %+v", evil, r.Quotes)
	}
	r.Figures = append(r.Figures, engine.Figure{Text: "-5", Kind: engine.Number, Value: -5, High: math.NaN(), Rule: "test"})
	for name, b := range map[string][]byte{
		"quotes": QuotesCSV(r), "figures": FiguresCSV(r), "table": TableCSV([]Named{{File: evil, Result: r}}),
	} {
		for _, row := range parse(t, b)[1:] {
			for i, c := range row {
				if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) && !(name == "figures" && i == 4 || name == "table" && i == 6) {
					t.Errorf("%s: cell %d %q of %v is not guarded", name, i, c, row)
				}
			}
		}
	}
	for _, row := range parse(t, FiguresCSV(r))[1:] {
		if row[2] == "'-5" && row[4] != "-5" {
			t.Errorf("the value column of %v is not the plain number -5", row)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	r := engine.Extract(article)
	b, err := JSON(r)
	if err != nil {
		t.Fatal(err)
	}
	var back engine.Result
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, _ := JSON(back)
	if !bytes.Equal(b, b2) {
		t.Errorf("JSON does not round-trip:\n%s\n%s", b, b2)
	}
	if !reflect.DeepEqual(len(back.Figures), len(r.Figures)) || !strings.HasSuffix(string(b), "}\n") {
		t.Error("JSON lost figures or its final newline")
	}
}

func TestMarkdownEscapes(t *testing.T) {
	r := engine.Extract("“Brug <script>alert(1)</script> | *ikke*,” siger Veronica Pedersen.")
	md := string(Markdown(r, "test"))
	for _, bad := range []string{"<script>", "| *ikke*", "*ikke*"} {
		if strings.Contains(md, bad) {
			t.Errorf("Markdown keeps %q unescaped:\n%s", bad, md)
		}
	}
	if !strings.Contains(md, "### Veronica Pedersen") {
		t.Errorf("Markdown lacks the speaker group:\n%s", md)
	}
}

// TestDateRangeExports checks that a range of dates keeps both ends as
// dates in every export.
func TestDateRangeExports(t *testing.T) {
	r := engine.Extract("Udstillingen løber fra 9. april til 6. september 2027 i Aarhus.")
	rows := parse(t, FiguresCSV(r))
	if len(rows) != 2 || rows[1][4] != "2027-04-09" || rows[1][5] != "2027-09-06" {
		t.Errorf("CSV rows %q, want one figure from 2027-04-09 to 2027-09-06", rows)
	}
	b, err := JSON(r)
	if err != nil || !strings.Contains(string(b), `"value": "2027-04-09"`) || !strings.Contains(string(b), `"high": "2027-09-06"`) {
		t.Errorf("JSON %s (%v) lacks the range's dates", b, err)
	}
	var back engine.Result
	if err := json.Unmarshal(b, &back); err != nil || len(back.Figures) != 1 || back.Figures[0].HighISO != "2027-09-06" {
		t.Errorf("JSON read back as %+v (%v)", back.Figures, err)
	}
	if md := string(Markdown(r, "t")); !strings.Contains(md, "2027-04-09–2027-09-06") {
		t.Errorf("Markdown lacks the range:\n%s", md)
	}
}
