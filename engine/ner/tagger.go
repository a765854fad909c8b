package ner

import (
	"embed"
	"fmt"
	"iter"
	"slices"
	"sync"
	"unicode"
)

//go:embed model
var models embed.FS

var loaded = map[string]func() (*Model, error){
	"da": sync.OnceValues(func() (*Model, error) { return load("da") }),
	"en": sync.OnceValues(func() (*Model, error) { return load("en") }),
}

func load(lang string) (*Model, error) {
	b, err := models.ReadFile("model/" + lang + ".bin")
	if err != nil {
		return nil, fmt.Errorf("ner: no model for %q: %w", lang, err)
	}
	m := &Model{}
	if err := m.UnmarshalBinary(b); err != nil {
		return nil, err
	}
	return m, nil
}

// Span is a name the tagger found: tokens [Start, End) of the sentence,
// its Type (an index into Types), and for each type the score of giving
// the same tokens that type, for pooling a name's mentions over a text.
type Span struct {
	Start, End int
	Type       int
	Scores     [nTypes]float32
}

// follows tells which class may follow which (allowed, as a table).
var follows = func() (t [(nClass + 1) * nClass]bool) {
	for p := 0; p <= nClass; p++ {
		for c := 0; c < nClass; c++ {
			t[p*nClass+c] = allowed(p, c)
		}
	}
	return t
}()

// preds lists, for each class, the classes (not start) that may precede
// it, in increasing order: Viterbi then visits only those, about a third
// of all pairs under BILOU.
var preds = func() (t [nClass][]uint8) {
	for c := 0; c < nClass; c++ {
		for p := 0; p < nClass; p++ {
			if allowed(p, c) {
				t[c] = append(t[c], uint8(p))
			}
		}
	}
	return t
}()

// never is the score of a class a word cannot have.
const never = -1e30

// Tagger finds names in sentences. It keeps buffers between calls, so
// one Tagger serves one goroutine; models are shared and read-only.
type Tagger struct {
	// Lower scores lower-case words too; by default a lower-case word
	// that cannot join a name ("of", "for") is taken to be no name,
	// which is true of news text and saves most of the work.
	Lower bool

	m     *Model
	f     featurizer
	emit  []float32
	score []float32
	back  []uint8
	tags  []int
	found []Span
}

// New returns a tagger for lang, "da" or "en".
func New(lang string) (*Tagger, error) {
	get, ok := loaded[lang]
	if !ok {
		return nil, fmt.Errorf("ner: no model for language %q (have da and en)", lang)
	}
	m, err := get()
	if err != nil {
		return nil, err
	}
	return newTagger(m, lang), nil
}

func newTagger(m *Model, lang string) *Tagger { return &Tagger{m: m, f: featurizer{lang: lang}} }

// Tagger returns a tagger that uses m, with the word lists of lang.
func (m *Model) Tagger(lang string) *Tagger { return newTagger(m, lang) }

// Document sets the sentences of the text the next calls of Tag come
// from: a word's other occurrences in it are features too, and what a
// word it repeats says by itself is worked out once. Nil forgets.
func (t *Tagger) Document(sents [][]string) {
	if sents == nil {
		t.f.remember(nil)
		return
	}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	t.DocumentSeq(n, slices.Values(sents))
}

// DocumentSeq is Document for a text of n words whose sentences come one
// at a time: the caller can hand each in a buffer it reuses, and a long
// text's words need not all be held at once.
func (t *Tagger) DocumentSeq(n int, sents iter.Seq[[]string]) {
	t.f.useCache(n)
	t.f.docWords = n
	t.f.remember(sents)
}

// Forget drops what the tagger knows of the last document's words and
// keeps its buffers, for the next document. The cache of what words say
// by themselves, which holds copies, not the text's strings, stays.
func (t *Tagger) Forget() {
	t.f.gen++
	t.f.doc.reset(0, true)
}

// Tag returns the names in one sentence of words, in order.
func (t *Tagger) Tag(words []string) []Span {
	if sp := t.TagWindow(words, 0, len(words)); len(sp) > 0 {
		return append([]Span(nil), sp...)
	}
	return nil
}

// TagWindow returns the names among words [lo, hi) of a sentence, with
// token numbers counted from lo, in a buffer the next call reuses; the
// words around the window are its context. Tagging a long sentence window by window (see Window) keeps
// the work and memory per call bounded.
func (t *Tagger) TagWindow(words []string, lo, hi int) []Span {
	lo, hi = max(lo, 0), min(hi, len(words))
	if lo >= hi {
		t.emit = t.emit[:0]
		return nil
	}
	t.decode(words, lo, hi)
	n := 0
	for _, c := range t.tags {
		if c != 0 && (posOf(c) == posB || posOf(c) == posU) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	t.found = t.spans(t.found[:0])
	return t.found
}

// MaxWindow is the most words TagWindow is given at once by Window.
const MaxWindow = 256

// Window returns where the window of a sentence's words that starts at
// lo ends: the sentence's end if it is near, else just after the last
// lower-case word within MaxWindow words (no name holds one, and the
// tagger does not score it), or failing that a semicolon or comma.
func Window(words []string, lo int) int {
	if len(words)-lo <= MaxWindow {
		return len(words)
	}
	end := lo + MaxWindow
	mark := -1
	for k := end - 1; k > lo+MaxWindow/2; k-- {
		switch w := words[k]; {
		case lowerWord(w) && !connector(w):
			return k + 1
		case mark < 0 && (w == ";" || w == ","):
			mark = k
		}
	}
	if mark >= 0 {
		return mark + 1
	}
	return end
}

// lowerWord reports whether w is all lower-case letters.
func lowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// Score scores the words of one sentence for SpanScores, without
// decoding it.
func (t *Tagger) Score(words []string) {
	if len(words) > 0 {
		t.emissions(words, 0, len(words))
	}
}

// SpanScores gives, for words [s, e) of the window last passed to
// TagWindow (or sentence passed to Tag or Score), the score of naming them with each type, and the score of
// their being no name: sums of the words' scores, to be pooled over a
// name's mentions.
func (t *Tagger) SpanScores(s, e int) (types [nTypes]float32, none float32) {
	if s < 0 || e*nClass > len(t.emit) || s >= e {
		return types, 0
	}
	for typ := range nTypes {
		for k := s; k < e; k++ {
			types[typ] += t.emit[k*nClass+class(typ, spanPos(k, s, e))]
		}
	}
	for k := s; k < e; k++ {
		none += t.emit[k*nClass]
	}
	return types, none
}

// emissions scores every class at every position of words [lo, hi).
func (t *Tagger) emissions(words []string, lo, hi int) {
	n := hi - lo
	t.f.skipPlain = !t.Lower
	t.f.run(words, lo, hi)
	if cap(t.emit) < n*nClass {
		t.emit = make([]float32, n*nClass, (n+n/2)*nClass)
	}
	t.emit = t.emit[:n*nClass]
	for i := 0; i < n; i++ {
		if !t.Lower && t.f.plain(i, words[lo+i]) {
			// A word that cannot stand in a name: no name, unscored.
			e := t.emit[i*nClass : (i+1)*nClass]
			e[0] = 0
			for c := 1; c < nClass; c++ {
				e[c] = never
			}
			continue
		}
		fs := t.f.feats[i*nFeat : (i+1)*nFeat : (i+1)*nFeat]
		var acc [nClass]int32
		if k := t.f.hit[i]; t.f.scored(k, words[lo+i]) {
			acc = t.f.cache[k].part
		} else {
			var own rowSum
			for _, j := range wordFeats {
				t.m.add(&own, fs[j])
			}
			own.into(&acc)
			if t.f.holds(k, words[lo+i]) {
				t.f.cache[k].part, t.f.cache[k].gen = acc, t.f.gen
			}
		}
		var ctx rowSum
		for _, j := range ctxFeats {
			t.m.add(&ctx, fs[j])
		}
		ctx.into(&acc)
		e := t.emit[i*nClass : (i+1)*nClass]
		for c := range e {
			e[c] = float32(acc[c]) * t.m.scale[c]
		}
	}
}

// decode finds the best allowed tag sequence (Viterbi) of words [lo, hi)
// into t.tags.
func (t *Tagger) decode(words []string, lo, hi int) {
	t.emissions(words, lo, hi)
	// A later window begins after a word outside any name (see Window):
	// its first word follows an O, not a sentence's start.
	before := start
	if lo > 0 {
		before = 0
	}
	viterbi(t.emit, hi-lo, before, &t.m.trans, &t.score, &t.back, &t.tags)
}

// viterbi finds the best allowed class sequence of n positions given
// the emission scores and the class before the first (start at a
// sentence's start), reusing the caller's buffers.
func viterbi(emit []float32, n, before int, trans *[(nClass + 1) * nClass]float32, score *[]float32, back *[]uint8, tags *[]int) {
	if cap(*score) < n*nClass {
		*score = make([]float32, n*nClass, (n+n/2)*nClass)
		*back = make([]uint8, n*nClass, (n+n/2)*nClass)
		*tags = make([]int, n, n+n/2)
	}
	s, bk, tg := (*score)[:n*nClass], (*back)[:n*nClass], (*tags)[:n]
	for c := 0; c < nClass; c++ {
		s[c] = never
		if follows[before*nClass+c] {
			s[c] = emit[c] + trans[before*nClass+c]
		}
	}
	forced := false // whether the position before was scored only as no name
	for i := 1; i < n; i++ {
		if emit[i*nClass+1] <= never && emit[i*nClass] > never {
			// A word scored only as no name (see emissions): the best
			// way into O, the rest closed, as the loop below finds.
			cur, b := s[i*nClass:(i+1)*nClass], bk[i*nClass:(i+1)*nClass]
			if forced {
				// After another such word only O is open: one way in.
				best := float32(never)
				if p := s[(i-1)*nClass]; p > never {
					best = p + trans[0] + emit[i*nClass]
				}
				cur[0], b[0] = best, 0
				for c := 1; c < nClass; c++ {
					cur[c], b[c] = never, 0
				}
				continue
			}
			forcedO(s[(i-1)*nClass:i*nClass], cur, b, emit[i*nClass], trans)
			forced = true
			continue
		}
		if forced {
			// After a word scored only as no name only O is open, so
			// each class has one way in, or none.
			forced = false
			p := s[(i-1)*nClass]
			for c := 0; c < nClass; c++ {
				best := float32(never)
				if p > never && emit[i*nClass+c] > never && follows[c] {
					best = p + trans[c] + emit[i*nClass+c]
				}
				s[i*nClass+c], bk[i*nClass+c] = best, 0
			}
			continue
		}
		for c := 0; c < nClass; c++ {
			if emit[i*nClass+c] <= never {
				s[i*nClass+c], bk[i*nClass+c] = never, 0
				continue
			}
			best, arg := float32(never), 0
			prev := s[(i-1)*nClass : i*nClass : i*nClass]
			for _, p := range preds[c] {
				sp := prev[p]
				if sp <= never {
					continue
				}
				if v := sp + trans[int(p)*nClass+c]; v > best {
					best, arg = v, int(p)
				}
			}
			if best > never {
				best += emit[i*nClass+c]
			}
			s[i*nClass+c], bk[i*nClass+c] = best, uint8(arg)
		}
	}
	best, arg := float32(never), 0
	for c := 0; c < nClass; c++ {
		if canEnd(c) && s[(n-1)*nClass+c] > best {
			best, arg = s[(n-1)*nClass+c], c
		}
	}
	for i := n - 1; i >= 0; i-- {
		tg[i] = arg
		arg = int(bk[i*nClass+arg])
	}
	*score, *back, *tags = s, bk, tg
}

// forcedO fills the scores s and back pointers bk of a position whose
// only class is O, from the previous position's scores prev.
func forcedO(prev, s []float32, bk []uint8, emit float32, trans *[(nClass + 1) * nClass]float32) {
	best, arg := float32(never), 0
	for p, sp := range prev {
		if sp <= never || !follows[p*nClass] {
			continue
		}
		if v := sp + trans[p*nClass]; v > best {
			best, arg = v, p
		}
	}
	if best > never {
		best += emit
	}
	s[0], bk[0] = best, uint8(arg)
	for c := 1; c < nClass; c++ {
		s[c], bk[c] = never, 0
	}
}

// spans appends the names of the decoded sentence to dst.
func (t *Tagger) spans(dst []Span) []Span {
	for i := 0; i < len(t.tags); i++ {
		c := t.tags[i]
		if c == 0 {
			continue
		}
		j := i + 1
		if posOf(c) == posB {
			for j < len(t.tags) && t.tags[j] != 0 && posOf(t.tags[j]) == posI {
				j++
			}
			j++ // the L
		}
		sp := Span{Start: i, End: min(j, len(t.tags)), Type: typeOf(c)}
		sp.Scores, _ = t.SpanScores(sp.Start, sp.End)
		dst = append(dst, sp)
		i = sp.End - 1
	}
	return dst
}

// spanPos is the BILOU position of token k in the name [s, e).
func spanPos(k, s, e int) int {
	switch {
	case e-s == 1:
		return posU
	case k == s:
		return posB
	case k == e-1:
		return posL
	}
	return posI
}
