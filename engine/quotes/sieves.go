package quotes

// Sieve names a pattern that links a quote to the words that name its
// speaker. The sieves run in the order of Sieves, most precise first; the
// first that matches decides.
type Sieve uint8

const (
	NoSieve     Sieve = iota
	CueAfter          // "…,” siger X." / "…,” X siger." / "…,” sagde han."
	CueAppos          // "…," the company's chief executive, Mary Barra, told analysts.
	VerbAfter         // "…," fnisede Marianne. / "…," she smiled.: a verb no cue list holds
	Colon             // "X siger: »…«" / "He told reporters: “…”" / "X: »…«"
	CueBefore         // "X siger, at “…”" / "…, saying “…”"
	DashNext          // "- …" with "Det siger X." opening the next paragraph
	LeadNext          // "»…« Det siger X." / "»…«" with "Sådan lyder det fra X." opening the next paragraph
	According         // "ifølge X" / "according to X" / "lyder det fra X"
	ColonRunOn        // "…" from X: "…": the second part after a colon is the first's speaker's
	CueSentence       // "X noted that … . “…”": a quote opening the sentence after one with a speech verb
	Continues         // a quote without a cue continues the previous speaker
	Headline          // "“…”: Mokoena-Larsen wins prize": a headline's quote, then a colon and who said it
)

// Sieves lists the sieves in the order they are tried.
var Sieves = []Sieve{CueAfter, CueAppos, VerbAfter, Colon, ColonRunOn, CueBefore, DashNext, LeadNext, According, CueSentence, Headline, Continues}

var sieveNames = [...]string{
	NoSieve:     "",
	CueAfter:    "after-cue",
	CueAppos:    "apposition-cue",
	VerbAfter:   "after-verb",
	Colon:       "colon",
	CueBefore:   "before-cue",
	DashNext:    "dash-next",
	LeadNext:    "lead-next",
	According:   "according",
	ColonRunOn:  "colon-run-on",
	CueSentence: "sentence-before",
	Continues:   "continues",
	Headline:    "headline",
}

func (s Sieve) String() string { return sieveNames[s] }

// Mention tells what kind of words name a speaker.
type Mention uint8

const (
	NoMention      Mention = iota
	NameMention            // "Hans Holm", "Novo Nordisk"
	PronounMention         // "han", "she", "they"
	RoleMention            // "direktøren", "the spokesman", "the ministry"
)
