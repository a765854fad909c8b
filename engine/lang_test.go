package engine

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kilde/engine/segment"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		in, want string
		unsure   bool
	}{
		{"Aktierne steg 80 procent i løbet af året, og det er mere end ventet.", "da", false},
		{"Det er ikke blevet regnet som et rigtigt arbejde, siger hun.", "da", false},
		{"Byrådet vedtog i aftes budgettet, som giver flere penge til skolerne.", "da", false},
		{"Shares rose 80 percent over the year, more than the market expected.", "en", false},
		{"He said that the company would not comment.", "en", false},
		{"The council passed its budget last night, with more money for schools.", "en", false},
		// Another language: never "und", always flagged.
		{"Der Hund ist sehr groß und schläft.", "da", true},
		{"Die Regierung hat am Montag beschlossen, dass die Steuern nicht steigen, sagte der Minister in Berlin.", "da", true},
		{"Le gouvernement a annoncé lundi que les impôts ne vont pas augmenter, a dit le ministre dans un communiqué.", "da", true},
		{"Der Bürgermeister sagte, das Budget sei in diesem Jahr für die Schulen und die Straßen gedacht.", "da", true},
		// Almost no words.
		{"", "da", true},
		{"12345 !!! ???", "da", true},
		{"Jack Ma", "da", true},
		{"Alibaba in Detroit", "en", true},
		// No function words: spelling breaks the tie, still unsure.
		{"Microsoft earnings beat forecasts", "en", true},
		{"Strong growth lifts Apple", "en", true},
		{"Apple Google Microsoft", "da", true},
		{"Rekordhøje indtægter løfter Mærsk", "da", true},
		{"Novo Nordisk, Mærsk, Ørsted: årets vindere", "da", true},
		// A Danish article quoting a German phrase is still clearly Danish.
		{"Ministeren sagde, at han ikke var enig, og at det var en fejl: »Das ist nicht gut«, sagde han til pressen.", "da", false},
	}
	for _, tt := range tests {
		got, sure := detectLanguage(segment.New(tt.in))
		if got != tt.want || sure == tt.unsure {
			t.Errorf("detectLanguage(%q) = %q, sure %v; want %q, unsure %v", tt.in, got, sure, tt.want, tt.unsure)
		}
		if DetectLanguage(tt.in) != got {
			t.Errorf("DetectLanguage(%q) differs from detectLanguage", tt.in)
		}
		r := Extract(tt.in)
		if r.Lang != tt.want || r.LangUnsure != tt.unsure {
			t.Errorf("Extract(%q): lang %q, lang_unsure %v", tt.in, r.Lang, r.LangUnsure)
		}
		if ExtractIn(tt.in, "en").LangUnsure {
			t.Errorf("ExtractIn(%q, \"en\"): a language the caller gives is not unsure", tt.in)
		}
	}
	files, _ := filepath.Glob("../testdata/eval/dev/*-da.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got, sure := detectLanguage(segment.New(string(b))); got != "da" || !sure {
			t.Errorf("%s: got %q, sure %v; want da, sure", f, got, sure)
		}
	}
}

// lang_unsure is in the JSON only when set.
func TestLangUnsureJSON(t *testing.T) {
	for in, want := range map[string]bool{"Der Hund ist sehr groß und schläft.": true, "Han sagde, at det er for sent.": false} {
		b, err := json.Marshal(Extract(in))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(b), `"lang_unsure":true`); got != want {
			t.Errorf("%q: lang_unsure in JSON %v, want %v: %s", in, got, want, b)
		}
		if !want && strings.Contains(string(b), "lang_unsure") {
			t.Errorf("%q: lang_unsure written when false", in)
		}
	}
}
