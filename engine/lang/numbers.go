package lang

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// NumberKind flags what a word does in a figure (numbers.txt); a word
// can have several.
type NumberKind uint16

const (
	Percent    NumberKind = 1 << iota // "procent": makes a percent
	Point                             // "procentpoint": percentage points
	Weak                              // "en", "one": a number only before a scale word
	TimeUnit                          // "år", "days": a unit of time after a number
	Clock                             // "kl.": makes a clock time
	YearBefore                        // "siden", "in": makes a year of the number after it
	Adjective                         // "nye", "small": an adjective before a noun
	ShortScale                        // "m", "bn": a scale letter straight after digits
	Measure                           // "km", "kg": a unit symbol straight after digits
	YearNoun                          // "levels", "sæsonen": after a number, makes it a year
	Uncounted                         // "tilbage", "back": after a number word, no noun it counts
	Change                            // "steg", "rose": before "fra"/"from", a change between two amounts, not a range
)

// Sign is a currency sign or code written before a number.
type Sign struct{ Sign, Code string }

// Qualifier is a phrase before a number and the qualifier it gives the
// figure ("mere end" -> over).
type Qualifier struct {
	Phrase string // its words, single-spaced
	Words  int    // how many
	Q      string
}

// numbers are a pack's tables of numbers.txt.
type numbers struct {
	kinds      map[string]NumberKind
	scales     map[string]float64
	currencies map[string]string // word or phrase -> ISO 4217 code
	crownCues  map[string]string // a country's word -> the ISO code of its crowns
	subunits   map[string]string // a hundredth of a currency: word or phrase -> ISO 4217 code
	values     map[string]float64
	fractions  map[string]float64
	signs      []Sign
	qualifiers []Qualifier
	adjEnds    []string
}

// Scale returns the multiplier of scale word w, or 0.
func (p *Pack) Scale(w string) float64 { return p.num.scales[w] }

// Currency returns the ISO code of the currency word or phrase w, or "".
func (p *Pack) Currency(w string) string { return p.num.currencies[w] }

// Crowns is the code a currency word of numbers.txt gives that names
// crowns of no country ("crowns"): Crown then tells which by the text.
const Crowns = "crowns"

// Crown returns the ISO code of the crowns a text speaks of, by the
// country it names most (numbers.txt's crown-cue words: "Sweden",
// "Swedish" for SEK), or "" when it names none. Cues are matched in
// lower case and with a capital.
func (p *Pack) Crown(text string) string {
	counts := map[string]int{}
	for w, code := range p.num.crownCues {
		counts[code] += strings.Count(text, w) + strings.Count(text, strings.ToUpper(w[:1])+w[1:])
	}
	best, n := "", 0
	for _, code := range slices.Sorted(maps.Keys(counts)) {
		if counts[code] > n {
			best, n = code, counts[code]
		}
	}
	return best
}

// Subunit returns the ISO code of the currency of which the word or
// phrase w names a hundredth ("cents", "øre"), or "".
func (p *Pack) Subunit(w string) string { return p.num.subunits[w] }

// NumberValue returns the value of number word w.
func (p *Pack) NumberValue(w string) (float64, bool) {
	v, ok := p.num.values[w]
	return v, ok
}

// NumberWords returns every number word of the pack.
func (p *Pack) NumberWords() []string {
	out := make([]string, 0, len(p.num.values))
	for w := range p.num.values {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// Fraction returns the divisor of fraction word w ("thirds": 3), or 0.
func (p *Pack) Fraction(w string) float64 { return p.num.fractions[w] }

// IsNumber reports whether w is of kind k in a figure.
func (p *Pack) IsNumber(w string, k NumberKind) bool { return p.num.kinds[w]&k != 0 }

// Signs returns the currency signs and codes, longest first, so that
// "US$" is tried before "$".
func (p *Pack) Signs() []Sign { return p.num.signs }

// Qualifiers returns the qualifier phrases, the longest first, so that
// "no more than" is tried before "more than".
func (p *Pack) Qualifiers() []Qualifier { return p.num.qualifiers }

// AdjectiveEnds returns the endings of words that read as adjectives.
func (p *Pack) AdjectiveEnds() []string { return p.num.adjEnds }

var numberKinds = map[string]NumberKind{"percent": Percent, "point": Point, "weak": Weak, "unit": TimeUnit,
	"clock": Clock, "year": YearBefore, "adjective": Adjective, "short-scale": ShortScale, "measure": Measure, "year-noun": YearNoun, "uncounted": Uncounted, "change": Change}

func newNumbers() numbers {
	return numbers{kinds: map[string]NumberKind{}, scales: map[string]float64{}, currencies: map[string]string{}, crownCues: map[string]string{},
		subunits: map[string]string{}, values: map[string]float64{}, fractions: map[string]float64{}}
}

// readNumbers reads code/numbers.txt: lines of kind, value and words
// separated by commas.
func readNumbers(code string) numbers {
	n := newNumbers()
	var compounds []string        // patterns of a tens and a unit written as one word
	first := map[float64]string{} // the first word of each number's value
	for _, l := range lines(code, "numbers.txt") {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			panic("lang: want kind<TAB>value<TAB>words in " + code + "/numbers.txt: " + l)
		}
		var words []string
		for _, w := range strings.Split(f[2], ",") {
			if w = strings.Join(strings.Fields(w), " "); w != "" {
				words = append(words, w)
			}
		}
		num := func() float64 {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil || v <= 0 {
				panic("lang: want a positive number as the value in " + code + "/numbers.txt: " + l)
			}
			return v
		}
		for _, w := range words {
			switch f[0] {
			case "scale":
				n.scales[w] = num()
			case "currency":
				n.currencies[w] = f[1]
			case "crown-cue":
				n.crownCues[w] = f[1]
			case "subunit":
				n.subunits[w] = f[1]
			case "sign":
				n.signs = append(n.signs, Sign{w, f[1]})
			case "number":
				v := num()
				n.values[w] = v
				if _, ok := first[v]; !ok {
					first[v] = w
				}
			case "compound":
				compounds = append(compounds, w)
			case "fraction":
				n.fractions[w] = num()
			case "qualifier":
				n.qualifiers = append(n.qualifiers, Qualifier{w, len(strings.Fields(w)), f[1]})
			case "adjective-end":
				n.adjEnds = append(n.adjEnds, w)
			default:
				k, ok := numberKinds[f[0]]
				if !ok {
					panic("lang: unknown kind " + f[0] + " in " + code + "/numbers.txt")
				}
				n.kinds[w] |= k
			}
		}
	}
	// "twenty-seven", "syvogtyve": each tens from 20 with each unit.
	for _, pat := range compounds {
		for t := 20.0; t <= 90; t += 10 {
			for u := 1.0; u <= 9; u++ {
				if tw, uw := first[t], first[u]; tw != "" && uw != "" {
					n.values[strings.ReplaceAll(strings.ReplaceAll(pat, "{tens}", tw), "{unit}", uw)] = t + u
				}
			}
		}
	}
	n.order()
	return n
}

// order sorts signs and qualifiers longest first (stably, so file order
// breaks ties).
func (n *numbers) order() {
	slices.SortStableFunc(n.signs, func(a, b Sign) int { return cmp.Compare(len(b.Sign), len(a.Sign)) })
	slices.SortStableFunc(n.qualifiers, func(a, b Qualifier) int { return cmp.Compare(b.Words, a.Words) })
}

// unionNumbers merges b into a copy of a; where both have a value for a
// word, a's stands.
func unionNumbers(a, b numbers) numbers {
	u := newNumbers()
	for _, x := range []numbers{b, a} {
		for w, k := range x.kinds {
			u.kinds[w] |= k
		}
		maps.Copy(u.scales, x.scales)
		maps.Copy(u.currencies, x.currencies)
		maps.Copy(u.crownCues, x.crownCues)
		maps.Copy(u.subunits, x.subunits)
		maps.Copy(u.values, x.values)
		maps.Copy(u.fractions, x.fractions)
	}
	u.signs = append(slices.Clone(a.signs), b.signs...)
	u.qualifiers = append(slices.Clone(a.qualifiers), b.qualifiers...)
	u.adjEnds = append(slices.Clone(a.adjEnds), b.adjEnds...)
	u.order()
	return u
}
