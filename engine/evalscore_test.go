package engine_test

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is a port of the project's scorer, eval/score.py, line for
// line where it matters: both gold and prediction are read as generic
// JSON, as the scorer reads the command's output, so the numbers here are
// the numbers the scorer prints for `extract --format json`.
//
// One known difference: score.py applies Unicode NFKC before folding case;
// the standard library has no NFKC, so fold applies the compatibility
// mappings a news text may carry (ligatures, full-width forms, composed
// Latin letters) and full case folding of ß. Texts without other
// compatibility characters score identically.

type obj = map[string]any

// tally is score.py's counters().
type tally struct {
	figTP, figFP, figFN, figValOK int
	qTP, qFP, qFN, qSpkOK         int
	eTP, eFP, eFN, eSplit         int
	aliasOK, aliasAll             int
	misses, extras                []string
}

func (c *tally) add(d tally) {
	c.figTP += d.figTP
	c.figFP += d.figFP
	c.figFN += d.figFN
	c.figValOK += d.figValOK
	c.qTP += d.qTP
	c.qFP += d.qFP
	c.qFN += d.qFN
	c.qSpkOK += d.qSpkOK
	c.eTP += d.eTP
	c.eFP += d.eFP
	c.eFN += d.eFN
	c.eSplit += d.eSplit
	c.aliasOK += d.aliasOK
	c.aliasAll += d.aliasAll
}

// summary is score.py's summary().
type summary struct {
	figP, figR, figF1, figValAcc       float64
	qP, qR, qF1, qAttribF1, speakerAcc float64
	eP, eR, eF1                        float64
	splits                             int
	aliasRecall                        float64
}

func summarize(c tally) summary {
	var s summary
	s.figP, s.figR, s.figF1 = prf(c.figTP, c.figFP, c.figFN)
	s.qP, s.qR, s.qF1 = prf(c.qTP, c.qFP, c.qFN)
	_, _, s.qAttribF1 = prf(c.qSpkOK, c.qFP+c.qTP-c.qSpkOK, c.qFN+c.qTP-c.qSpkOK)
	s.eP, s.eR, s.eF1 = prf(c.eTP, c.eFP, c.eFN)
	s.figValAcc = share(c.figValOK, c.figTP)
	s.speakerAcc = share(c.qSpkOK, c.qTP)
	s.splits = c.eSplit
	s.aliasRecall = share(c.aliasOK, c.aliasAll)
	return s
}

func prf(tp, fp, fn int) (p, r, f float64) {
	p, r = 1, 1
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// decode reads JSON with numbers kept as written, as Python's json does.
func decode(b []byte) (obj, error) {
	d := json.NewDecoder(strings.NewReader(string(b)))
	d.UseNumber()
	var o obj
	err := d.Decode(&o)
	return o, err
}

// Accessors in the manner of Python's dict.get.

func str(o obj, k string) string {
	s, _ := o[k].(string)
	return s
}

func list(o obj, k string) []any {
	l, _ := o[k].([]any)
	return l
}

func dicts(o obj, k string) []obj {
	var out []obj
	for _, x := range list(o, k) {
		if d, ok := x.(obj); ok {
			out = append(out, d)
		}
	}
	return out
}

func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case json.Number:
		f, _ := x.Float64()
		return f != 0
	case []any:
		return len(x) > 0
	case obj:
		return len(x) > 0
	}
	return true
}

// number is Python's isinstance(v, (int, float)) and the value; bool is
// an int in Python.
func number(v any) (float64, bool) {
	switch x := v.(type) {
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// pyStr is Python's str() of a JSON value, for the string comparison of
// values.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case bool:
		if x {
			return "True"
		}
		return "False"
	case json.Number:
		s := x.String()
		if !strings.ContainsAny(s, ".eE") {
			return s // an int prints as written
		}
		f, _ := x.Float64()
		if a := math.Abs(f); a != 0 && (a >= 1e16 || a < 1e-4) {
			m, e, _ := strings.Cut(strconv.FormatFloat(f, 'e', -1, 64), "e")
			if e[0] == '+' {
				e = e[1:]
			}
			n, _ := strconv.Atoi(e)
			return fmt.Sprintf("%se%+03d", m, n)
		}
		s = strconv.FormatFloat(f, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// opt is Python's str(d.get(k, "")).
func opt(o obj, k string) string {
	if v, has := o[k]; has {
		return pyStr(v)
	}
	return ""
}

// compat is the part of NFKC a news text meets.
var compat = strings.NewReplacer(
	"ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st",
	"…", "...", "™", "TM", "\u00a0", " ", "\u2007", " ", "\u202f", " ", "\u2009", " ", "\u200a", " ",
	"²", "2", "³", "3", "¹", "1", "½", "1⁄2", "¼", "1⁄4", "¾", "3⁄4",
	"a\u030a", "å", "A\u030a", "Å", "e\u0301", "é", "E\u0301", "É", "a\u0308", "ä", "A\u0308", "Ä",
	"o\u0308", "ö", "O\u0308", "Ö", "u\u0308", "ü", "U\u0308", "Ü", "e\u0300", "è", "a\u0301", "á",
	"o\u0301", "ó", "i\u0301", "í", "u\u0301", "ú", "n\u0303", "ñ", "c\u0327", "ç",
)

// nfkc is Python's unicodedata.normalize("NFKC", s) for the characters
// in compat and the full-width forms (see the file comment).
func nfkc(s string) string {
	s = compat.Replace(s)
	return strings.Map(func(r rune) rune {
		if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
			return r - 0xFF01 + 0x21
		}
		return r
	}, s)
}

// fold is Python's casefold().
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == 'ß' || r == 'ẞ' {
			b.WriteString("ss")
		} else {
			b.WriteRune(unicode.ToLower(unicode.ToUpper(r)))
		}
	}
	return b.String()
}

// pySpace is Python's str.isspace, which str.split uses.
func pySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

func norm(s string) string {
	s = nfkc(s)
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	s = strings.Join(strings.FieldsFunc(s, pySpace), " ")
	s = strings.Trim(s, " .,:;!?\"'“”»«„")
	return fold(s)
}

// rspan is a half-open span of code points.
type rspan struct{ start, end int }

func runeIndex(text, sub []rune, from int) int {
	if from > len(text) {
		return -1
	}
	for i := from; i+len(sub) <= len(text); i++ {
		if string(text[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return -1
}

// locate gives each gold item a span by searching in document order.
func locate(text []rune, items []obj, what, doc string) ([]rspan, error) {
	out := make([]rspan, len(items))
	pos := 0
	for n, it := range items {
		t := []rune(str(it, "text"))
		i := runeIndex(text, t, pos)
		if i < 0 {
			if i = runeIndex(text, t, 0); i < 0 {
				return nil, fmt.Errorf("%s: gold %s text not found: %q", doc, what, string(t))
			}
		}
		out[n] = rspan{i, i + len(t)}
		pos = i + 1
	}
	return out, nil
}

func overlap(a, b rspan) int {
	o := min(a.end, b.end) - max(a.start, b.start)
	if o > 0 && float64(o) >= 0.5*float64(min(a.end-a.start, b.end-b.start)) {
		return o
	}
	return 0
}

// matchSpans pairs gold with predicted spans greedily on overlap; pair[i]
// is the prediction for gold i or -1, extra the unmatched predictions.
func matchSpans(gold, pred []rspan) (pair []int, extra []int) {
	used := map[int]bool{}
	for _, g := range gold {
		best, bo := -1, 0
		for j, p := range pred {
			if used[j] {
				continue
			}
			if o := overlap(g, p); o > bo {
				best, bo = j, o
			}
		}
		if best >= 0 {
			used[best] = true
		}
		pair = append(pair, best)
	}
	for j := range pred {
		if !used[j] {
			extra = append(extra, j)
		}
	}
	return pair, extra
}

func close6(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(a)) }

func sameValue(g, p obj) bool {
	gvRaw, pvRaw := g["value"], p["value"]
	if gvRaw == nil {
		return true
	}
	_, gs := gvRaw.(string)
	_, ps := pvRaw.(string)
	if gs || ps {
		return pyStr(gvRaw) == pyStr(pvRaw)
	}
	pv, ok := number(pvRaw)
	if !ok {
		return false
	}
	gv, _ := number(gvRaw)
	good := close6(gv, pv)
	if gh, has := g["high"]; has {
		ghv, _ := number(gh)
		ph, ok := number(p["high"])
		good = good && ok && close6(ghv, ph)
	}
	if str(g, "kind") == "money" && truthy(g["unit"]) {
		pu := "None"
		if u, has := p["unit"]; !has {
			pu = ""
		} else if u != nil {
			pu = pyStr(u)
		}
		good = good && strings.ToUpper(pu) == strings.ToUpper(str(g, "unit"))
	}
	return good
}

// surfaces are a gold entity's accepted names: its name, aliases and,
// for people, the surname.
func surfaces(e obj) map[string]bool {
	name := str(e, "name")
	out := map[string]bool{norm(name): true}
	for _, a := range list(e, "aliases") {
		s, _ := a.(string)
		out[norm(s)] = true
	}
	kind, has := e["kind"]
	if !has {
		kind = "person"
	}
	if kind == "person" && strings.Contains(name, " ") {
		f := strings.FieldsFunc(name, pySpace)
		out[norm(f[len(f)-1])] = true
	}
	return out
}

func pyAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// occurrences are the whole-word places of form in text.
func occurrences(text, form []rune) []rspan {
	var out []rspan
	for i := runeIndex(text, form, 0); i >= 0; i = runeIndex(text, form, i+1) {
		end := i + len(form)
		if (i == 0 || !pyAlnum(text[i-1])) && (end >= len(text) || !pyAlnum(text[end])) {
			out = append(out, rspan{i, end})
		}
	}
	return out
}

// standaloneForms are the gold entity's name and aliases that occur on
// their own, not only inside a longer form.
func standaloneForms(text string, g obj) map[string]bool {
	forms := map[string]bool{norm(str(g, "name")): true}
	for _, a := range list(g, "aliases") {
		s, _ := a.(string)
		forms[norm(s)] = true
	}
	t := []rune(norm(text))
	longer := map[string][]rspan{}
	for f := range forms {
		longer[f] = occurrences(t, []rune(f))
	}
	out := map[string]bool{}
	for f := range forms {
		for _, a := range longer[f] {
			inside := false
			for o := range forms {
				if utf8.RuneCountInString(o) <= utf8.RuneCountInString(f) {
					continue
				}
				for _, x := range longer[o] {
					if x.start <= a.start && a.end <= x.end && x != a {
						inside = true
					}
				}
			}
			if !inside {
				out[f] = true
				break
			}
		}
	}
	return out
}

func spansOf(items []obj) ([]rspan, []obj) {
	var spans []rspan
	var kept []obj
	for _, it := range items {
		s, ok1 := number(it["start"])
		e, ok2 := number(it["end"])
		_, has1 := it["start"]
		_, has2 := it["end"]
		if !has1 || !has2 {
			continue
		}
		if !ok1 || !ok2 {
			s, e = 0, 0
		}
		spans = append(spans, rspan{int(s), int(e)})
		kept = append(kept, it)
	}
	return spans, kept
}

func slice(text []rune, s rspan) string {
	a, b := max(0, min(s.start, len(text))), max(0, min(s.end, len(text)))
	if a > b {
		return ""
	}
	return string(text[a:b])
}

func cut(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

// scoreDoc is score.py's score_doc.
func scoreDoc(text string, gold, pred obj) (tally, error) {
	var c tally
	rt := []rune(text)
	doc := str(gold, "id")
	parts := map[string]bool{"figures": true, "quotes": true, "entities": true}
	if sc, has := gold["scored"]; has {
		parts = map[string]bool{}
		l, _ := sc.([]any)
		for _, p := range l {
			s, _ := p.(string)
			parts[s] = true
		}
	}
	predOf := func(part string) []obj {
		if !parts[part] {
			return nil
		}
		return dicts(pred, part)
	}

	gf := dicts(gold, "figures")
	gs, err := locate(rt, gf, "figure", doc)
	if err != nil {
		return c, err
	}
	ps, pf := spansOf(predOf("figures"))
	pair, extra := matchSpans(gs, ps)
	for i, g := range gf {
		if truthy(g["optional"]) {
			continue
		}
		if pair[i] < 0 {
			c.figFN++
			c.misses = append(c.misses, "figure: "+str(g, "text"))
			continue
		}
		p := pf[pair[i]]
		c.figTP++
		if sameValue(g, p) && str(p, "kind") == str(g, "kind") && p["kind"] != nil {
			c.figValOK++
		} else {
			c.misses = append(c.misses, fmt.Sprintf("figure value: %q: want %s %s %s %s, got %s %s %s %s",
				str(g, "text"), str(g, "kind"), pyStr(g["value"]), opt(g, "high"), opt(g, "unit"),
				pyStr(p["kind"]), pyStr(p["value"]), opt(p, "high"), opt(p, "unit")))
		}
	}
	c.figFP += len(extra)
	for _, j := range extra {
		c.extras = append(c.extras, "figure: "+slice(rt, ps[j]))
	}

	gq := dicts(gold, "quotes")
	gs, err = locate(rt, gq, "quote", doc)
	if err != nil {
		return c, err
	}
	ents := map[string]obj{}
	for _, e := range dicts(gold, "entities") {
		ents[str(e, "name")] = e
	}
	ps, pq := spansOf(predOf("quotes"))
	pair, extra = matchSpans(gs, ps)
	for i, g := range gq {
		if truthy(g["optional"]) {
			continue
		}
		if pair[i] < 0 {
			c.qFN++
			c.misses = append(c.misses, "quote: "+cut(str(g, "text"), 60))
			continue
		}
		c.qTP++
		e, ok := ents[str(g, "speaker")]
		if !ok {
			e = obj{"name": str(g, "speaker")}
		}
		got := str(pq[pair[i]], "speaker")
		if surfaces(e)[norm(got)] {
			c.qSpkOK++
		} else {
			c.misses = append(c.misses, fmt.Sprintf("speaker: %q: want %s, got %s", cut(str(g, "text"), 40), str(g, "speaker"), got))
		}
	}
	c.qFP += len(extra)
	for _, j := range extra {
		c.extras = append(c.extras, "quote: "+cut(slice(rt, ps[j]), 60))
	}

	ge := dicts(gold, "entities")
	pe := predOf("entities")
	// Python's sort is stable: most mentions first, ties in output order.
	for i := 1; i < len(pe); i++ {
		for j := i; j > 0 && len(list(pe[j], "mentions")) > len(list(pe[j-1], "mentions")); j-- {
			pe[j], pe[j-1] = pe[j-1], pe[j]
		}
	}
	matched := map[string]map[string]bool{}
	for _, e := range pe {
		cands := map[string]bool{norm(str(e, "name")): true}
		for _, m := range dicts(e, "mentions") {
			t := str(m, "text")
			if t == "" {
				s, _ := number(m["start"])
				en, _ := number(m["end"])
				t = slice(rt, rspan{int(s), int(en)})
			}
			cands[norm(t)] = true
		}
		var hits, kindHits []obj
		for _, g := range ge {
			hit := false
			for s := range surfaces(g) {
				hit = hit || cands[s]
			}
			if !hit {
				continue
			}
			hits = append(hits, g)
			kinds := []any{g["kind"]}
			kinds = append(kinds, list(g, "alt_kinds")...)
			for _, k := range kinds {
				if k == e["kind"] {
					kindHits = append(kindHits, g)
					break
				}
			}
		}
		var free []obj
		allOptional := true
		for _, g := range kindHits {
			if _, done := matched[str(g, "name")]; !done && !truthy(g["optional"]) {
				free = append(free, g)
			}
			allOptional = allOptional && truthy(g["optional"])
		}
		switch {
		case len(free) > 0:
			matched[str(free[0], "name")] = cands
		case len(kindHits) > 0 && allOptional:
		case len(kindHits) > 0:
			c.eFP++
			c.eSplit++
			c.extras = append(c.extras, "entity split: "+str(e, "name"))
		default:
			what := "entity"
			if len(hits) > 0 {
				what = "entity kind"
			}
			c.eFP++
			c.extras = append(c.extras, fmt.Sprintf("%s: %s (%s)", what, str(e, "name"), pyStr(e["kind"])))
		}
	}
	for _, g := range ge {
		if truthy(g["optional"]) {
			continue
		}
		cands, ok := matched[str(g, "name")]
		if !ok {
			c.eFN++
			c.misses = append(c.misses, fmt.Sprintf("entity: %s (%s)", str(g, "name"), str(g, "kind")))
			continue
		}
		c.eTP++
		if forms := standaloneForms(text, g); len(forms) > 1 {
			c.aliasAll += len(forms)
			for f := range forms {
				if cands[f] {
					c.aliasOK++
				}
			}
		}
	}
	return c, nil
}

// row prints a summary as one line of score.py's table.
func row(doc string, s summary) string {
	return fmt.Sprintf("%-22s%8.2f%8.2f%10.2f%8.2f%8.2f%8.2f", doc, s.figF1, s.figValAcc, s.qF1, s.qAttribF1, s.eF1, s.aliasRecall)
}
