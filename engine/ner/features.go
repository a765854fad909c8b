package ner

import (
	"iter"
	"unicode"
	"unicode/utf8"

	"kilde/engine/lexicon"
)

// Token shape flags.
const (
	fCap = 1 << iota
	fAllCaps
	fDigit
	fHyphen
	fPunct
	fSentStart
	fInitial // one letter and a period: "J."
	fGenKnown
	fInPlace // inside a known place name of two or three words
	fHyphenPlace
)

// tokInfo holds the hashes and flags of one token, computed once per
// sentence; the features of a position combine those of its neighbours.
type tokInfo struct {
	low, word, shape           uint64
	pre2, pre3                 uint64
	suf1, suf2, suf3, suf4     uint64
	hyFirst, hyLast, lenBucket uint64
	flags                      uint32
	gaz                        uint32
	named                      uint32 // the kinds of WordNet names the word stands in
	// The run of capitalised words (with "of", "for", "&" between them)
	// the word stands in: its first and last words, the marks of all its
	// words, and where in it the word stands (0 outside a run).
	runFirst, runLast uint64
	runGaz            uint32
	runPos            uint8
	placeHead         bool // the first word of a listed place of several words
}

// Sentinel hashes stand in for words before and after the sentence.
var (
	boundary = tokInfo{low: 0x1, word: 0x1, shape: 0x1, flags: 0, gaz: 0x100}
	sentEnd  = tokInfo{low: 0x2, word: 0x2, shape: 0x2, flags: 0, gaz: 0x200}
)

// nFeat is the number of features of one position.
const nFeat = 46

// absent stands for a feature that does not fire: it has no weight.
const absent = 0

// wordFeats are the features (by index) that a word gives by itself,
// whatever stands around it, and wherever it stands in its sentence
// (a feature of fSentStart is not one); ctxFeats are the rest.
var (
	wordFeats = [...]uint8{0, 1, 2, 7, 8, 9, 10, 11, 12, 13, 21, 28, 29, 31, 36, 38}
	ctxFeats  = func() (c [nFeat - len(wordFeats)]uint8) {
		k := 0
		for i := range nFeat {
			own := false
			for _, w := range wordFeats {
				own = own || int(w) == i
			}
			if !own {
				c[k] = uint8(i)
				k++
			}
		}
		return c
	}()
)

// wordEntry is what the featurizer keeps of one word: its description
// out of context, and once scored in the document gen, the sum of its
// wordFeats' weights. The word is copied in, so that the cache holds no
// text alive and serves every document the tagger reads.
type wordEntry struct {
	n    uint8 // the word's length in key; 0 for an empty entry
	key  [maxCached]byte
	info tokInfo
	part [nClass]int32
	gen  uint32
}

// maxCached is the longest word the cache keeps; longer ones are rare
// and described afresh.
const maxCached = 23

// holds reports whether entry k of the cache is word w.
func (f *featurizer) holds(k int32, w string) bool {
	if k < 0 {
		return false
	}
	e := &f.cache[k]
	return int(e.n) == len(w) && string(e.key[:e.n]) == w
}

// cached fills t for word w from the cache, or describes w and caches
// it, and returns its entry's index (-1 when the word is not cached).
// Entries are direct-mapped by the word's hash: bounded, and a word a
// text repeats stays in it.
func (f *featurizer) cached(t *tokInfo, w string, first bool) int32 {
	if f.cache == nil || len(w) > maxCached {
		f.describe(t, w, first)
		return -1
	}
	h := fnvString(w)
	k := int32(h & uint64(len(f.cache)-1))
	e := &f.cache[k]
	if e.info.word != h || !f.holds(k, w) {
		f.describe(t, w, false)
		e.n = uint8(copy(e.key[:], w))
		e.info, e.gen = *t, 0
	} else {
		*t = e.info
	}
	if first {
		t.flags |= fSentStart
	}
	return k
}

// scored reports whether entry k holds word w's scores in the current
// document.
func (f *featurizer) scored(k int32, w string) bool {
	return f.holds(k, w) && f.cache[k].gen == f.gen
}

// useCache sets up a cache for a document of n words. What a word says
// by itself does not change from one document to the next, so a cache
// large enough is kept, and only grows.
func (f *featurizer) useCache(n int) {
	size := 256
	for size < n/2 && size < 8192 {
		size *= 2
	}
	if len(f.cache) < size {
		f.cache = make([]wordEntry, size)
	}
}

// What a document says of a word, wherever it occurs in it: names recur,
// and their other mentions tell a sentence's first word from a name and
// a surname on its own ("Holm") from a place.
const (
	dLower      = 1 << iota // written in lower case
	dCapMid                 // capitalised inside a sentence
	dAfterName              // capitalised after a capitalised first name
	dBeforeOrg              // before an organisation word ("Harrow School")
	dAfterIn                // after a word of place ("in", "i", "fra")
	dBeforeName             // a capitalised first name before a capitalised word
)

// featurizer turns a sentence into feature hashes without allocating
// once its buffers have grown.
type featurizer struct {
	lang     string
	doc      docFlags  // by lower-case hash: the d flags
	docWords int       // how many words the document has, about
	info     []tokInfo // of the words run last, from off before its window
	off      int
	// A cache of what a word says by itself, for the words a document
	// repeats; nil (in training) describes every word afresh.
	cache []wordEntry
	gen   uint32  // the document being read: a cached word's scores are of it or stale
	hit   []int32 // per position of the window: its cache entry, or -1
	// skipPlain leaves out the features of the words plain tells apart,
	// which the tagger does not score.
	skipPlain bool
	buf       []byte
	pair      []byte
	feats     []uint64 // nFeat per token
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a template number with values into one feature hash.
func mix(t, a, b uint64) uint64 {
	h := t*0x9E3779B97F4A7C15 ^ a
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= b
	h ^= h >> 29
	h *= 0x94D049BB133111EB
	return h ^ h>>32
}

// lower appends the lower-case form of w to dst.
func lower(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// affixes hashes the first and last runes of the lower-case word b.
func (t *tokInfo) affixes(b []byte) {
	// Byte offsets of the rune starts from the end, up to 4 runes.
	end := len(b)
	var cut [5]int
	n := 0
	for i := end; i > 0 && n < 4; {
		_, w := utf8.DecodeLastRune(b[:i])
		i -= w
		n++
		cut[n] = i
	}
	sufs := [4]*uint64{&t.suf1, &t.suf2, &t.suf3, &t.suf4}
	for k := 1; k <= 4; k++ {
		j := cut[min(k, n)]
		*sufs[k-1] = fnv(b[j:]) + uint64(k)
	}
	start := 0
	for k := 1; k <= 3; k++ {
		if start < len(b) {
			_, w := utf8.DecodeRune(b[start:])
			start += w
		}
		switch k {
		case 2:
			t.pre2 = fnv(b[:start]) + 7
		case 3:
			t.pre3 = fnv(b[:start]) + 11
		}
	}
}

// describe fills the tokInfo of word w at position i of a sentence.
func (f *featurizer) describe(t *tokInfo, w string, first bool) {
	f.buf = lower(f.buf[:0], w)
	t.low = fnv(f.buf)
	t.word = fnvString(w)
	t.affixes(f.buf)
	var flags uint32
	if first {
		flags |= fSentStart
	}
	// Shape: X for upper, x for lower, d for digits, the rune itself
	// otherwise; runs collapse, so "Karen" is "Xx" and "2019" is "d".
	sh := uint64(fnvOffset)
	var last rune = -1
	letters, uppers, runes := 0, 0, 0
	hyphen := -1
	for i, r := range w {
		runes++
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			letters++
			uppers++
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			flags |= fDigit
		case r == '-' && i > 0 && i < len(w)-1:
			flags |= fHyphen
			if hyphen < 0 {
				hyphen = i
			}
		}
		if c != last {
			sh ^= uint64(c)
			sh *= fnvPrime
			last = c
		}
	}
	t.shape = sh
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		flags |= fCap
	}
	if letters >= 2 && uppers == letters {
		flags |= fAllCaps
	}
	if letters == 0 && flags&fDigit == 0 {
		flags |= fPunct
	}
	if runes == 2 && letters == 1 && w[len(w)-1] == '.' {
		flags |= fInitial
	}
	t.lenBucket = uint64(min(runes, 12))
	marks := t.lookUp(f.lang, f.buf)
	head := f.buf
	if k := indexByte(head, ' '); k >= 0 {
		head = head[:k] // a word of a corpus may hold a space
	}
	t.placeHead = flags&fCap != 0 && lexicon.BeginsPlace(head)
	t.hyFirst, t.hyLast = 0, 0
	if hyphen > 0 {
		lw := f.buf
		k := indexByte(lw, '-')
		l := lastIndexByte(lw, '-')
		t.hyFirst = fnv(lw[:k]) + 3
		t.hyLast = fnv(lw[l+1:]) + 5
		m := lexicon.Lookup(f.lang, lw[l+1:])
		if m&(lexicon.City|lexicon.Country|lexicon.Region) != 0 {
			flags |= fHyphenPlace
		}
		// "Jean-Pierre", "Hans-Henrik": a double first name is a first
		// name, which the lists hold only in parts.
		if m&lexicon.FirstName != 0 && lexicon.Lookup(f.lang, lw[:k])&lexicon.FirstName != 0 {
			t.gaz |= uint32(lexicon.FirstName)
		}
	}
	// A Danish genitive of a known name: "Holms" is not, "Karens" and
	// "Danmarks" are.
	if n := len(f.buf); flags&fCap != 0 && n > 3 && f.buf[n-1] == 's' && marks == 0 {
		if m := lexicon.Lookup(f.lang, f.buf[:n-1]); m&(lexicon.FirstName|lexicon.City|lexicon.Country|lexicon.Region) != 0 {
			flags |= fGenKnown
		}
	}
	t.flags = flags
}

func indexByte(b []byte, c byte) int {
	for i := range b {
		if b[i] == c {
			return i
		}
	}
	return -1
}

func lastIndexByte(b []byte, c byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// multiPlaces marks the words of known two- and three-word place names
// ("New York", "Det Forenede Kongerige").
func (f *featurizer) multiPlaces(words []string) {
	for i := range words {
		if f.info[i].flags&fCap == 0 || !f.info[i].placeHead {
			continue
		}
		f.pair = lower(f.pair[:0], words[i])
		for n := 2; n <= 3 && i+n <= len(words); n++ {
			f.pair = append(f.pair, ' ')
			f.pair = lower(f.pair, words[i+n-1])
			if lexicon.Lookup(f.lang, f.pair)&(lexicon.City|lexicon.Country|lexicon.Region) != 0 {
				for k := i; k < i+n; k++ {
					f.info[k].flags |= fInPlace
				}
			}
		}
	}
}

// sentenceStart reports whether the word after prev begins a clause as
// a sentence does: after an opening quote, a colon or a dash.
func sentenceStart(prev string) bool {
	switch prev {
	case "\"", "“", "”", "„", "«", "»", ":", "-", "–", "—", "(", "'", "‘":
		return true
	}
	return false
}

// run computes the features of positions [lo, hi) of words into
// f.feats, from the words themselves and up to four on either side.
func (f *featurizer) run(words []string, lo, hi int) {
	n := len(words)
	a, b := max(lo-4, 0), min(hi+4, n)
	if cap(f.info) < b-a {
		f.info = make([]tokInfo, b-a, (b-a)+(b-a)/2)
	}
	if cap(f.feats) < (hi-lo)*nFeat {
		f.feats = make([]uint64, (hi-lo)*nFeat, (hi-lo+(hi-lo)/2)*nFeat)
	}
	f.info = f.info[:b-a]
	f.feats = f.feats[:(hi-lo)*nFeat]
	f.hit = f.hit[:0]
	f.off = lo - a
	for i := a; i < b; i++ {
		k := f.cached(&f.info[i-a], words[i], i == 0 || sentenceStart(words[i-1]))
		if lo <= i && i < hi {
			f.hit = append(f.hit, k)
		}
	}
	f.multiPlaces(words[a:b])
	f.runs(words[a:b])
	at := func(i int) *tokInfo {
		switch {
		case i < 0:
			return &boundary
		case i >= n:
			return &sentEnd
		}
		return &f.info[i-a]
	}
	for i := lo; i < hi; i++ {
		if f.skipPlain && f.plain(i-lo, words[i]) {
			continue // unscored
		}
		p2, p1, c, n1, n2 := at(i-2), at(i-1), at(i), at(i+1), at(i+2)
		fs := f.feats[(i-lo)*nFeat : (i-lo+1)*nFeat : (i-lo+1)*nFeat]
		fl := uint64(c.flags)
		gz := uint64(c.gaz)
		fs[0] = mix(1, 0, 0)
		fs[1] = mix(2, c.low, 0)
		fs[2] = mix(3, c.word, 0)
		fs[3] = mix(4, p1.low, 0)
		fs[4] = mix(5, n1.low, 0)
		fs[5] = mix(6, p2.low, 0)
		fs[6] = mix(7, n2.low, 0)
		fs[7] = mix(8, c.suf1, 0)
		fs[8] = mix(9, c.suf2, 0)
		fs[9] = mix(10, c.suf3, 0)
		fs[10] = mix(11, c.suf4, 0)
		fs[11] = mix(12, c.pre2, 0)
		fs[12] = mix(13, c.pre3, 0)
		fs[13] = mix(14, c.shape, 0)
		fs[14] = mix(15, p1.shape, c.shape)
		fs[15] = mix(16, c.shape, n1.shape)
		fs[16] = mix(17, p1.low, c.low)
		fs[17] = mix(18, c.low, n1.low)
		fs[18] = mix(19, fl, 0)
		fs[19] = mix(20, uint64(p1.flags), 0)
		fs[20] = mix(21, uint64(n1.flags), 0)
		fs[21] = mix(22, gz, 0)
		fs[22] = mix(23, uint64(p1.gaz), 0)
		fs[23] = mix(24, uint64(n1.gaz), 0)
		fs[24] = mix(25, uint64(p2.gaz), 0)
		fs[25] = mix(26, uint64(n2.gaz), 0)
		fs[26] = mix(27, p1.low, c.shape)
		fs[27] = mix(28, c.shape, n1.low)
		fs[28] = mix(29, c.hyFirst, 0)
		fs[29] = mix(30, c.hyLast, 0)
		fs[30] = mix(31, gz, fl)
		fs[31] = mix(32, c.lenBucket, c.shape)
		fs[32] = mix(33, uint64(p1.gaz), fl)
		fs[33] = mix(34, fl, uint64(n1.gaz))
		fs[34] = mix(35, p1.low, fl)
		fs[35] = mix(36, fl, n1.low)
		dc := uint64(f.doc.get(c.low))
		fs[36] = mix(37, dc, 0)
		fs[37] = mix(38, dc, fl&(fCap|fAllCaps|fSentStart))
		fs[38] = mix(39, dc, gz)
		rp := uint64(c.runPos)
		fs[39] = mix(40, c.runLast, rp)
		fs[40] = mix(41, c.runFirst, rp)
		fs[41] = mix(42, uint64(c.runGaz), rp)
		fs[42] = mix(43, uint64(c.runGaz), c.low)
		// The kinds of WordNet names a word stands in, apart from the
		// lists above, which they overlap. A language without them
		// (Danish) keeps the features it had.
		fs[43], fs[44], fs[45] = absent, absent, absent
		if lexicon.HasNamed(f.lang) {
			fs[43] = mix(44, uint64(c.named), fl&(fCap|fAllCaps|fSentStart))
			fs[44] = mix(45, uint64(p1.named), uint64(c.named))
			fs[45] = mix(46, uint64(c.named), uint64(n1.named))
		}
	}
}

// remember notes what a document's sentences say of each word, for the
// features of the sentences tagged after it. Nil forgets.
func (f *featurizer) remember(doc iter.Seq[[]string]) {
	f.gen++ // the doc features of its words change, and the scores with them
	f.doc.reset(f.docWords, doc == nil)
	if doc == nil {
		return
	}
	// What remember needs of a word: its lower-case hash, its flags and
	// its marks, read from the cache entry where there is one.
	var scratch tokInfo
	var prevLow uint64
	var prevFlags, prevGaz uint32
	for words := range doc {
		for i, w := range words {
			first := i == 0 || sentenceStart(words[i-1])
			t := &scratch
			if f.cache == nil {
				f.glance(t, w, first)
			} else if k := f.cached(t, w, first); k >= 0 {
				t = &f.cache[k].info // warmed for tagging, not copied
			}
			fl := t.flags
			if first {
				fl |= fSentStart
			}
			var d uint8
			switch {
			case fl&fPunct != 0:
			case fl&fCap == 0:
				d |= dLower
			case fl&fSentStart == 0 && fl&fAllCaps == 0:
				d |= dCapMid
			}
			if i > 0 && fl&fCap != 0 && prevFlags&fCap != 0 && prevGaz&uint32(lexicon.FirstName) != 0 {
				d |= dAfterName
				f.doc.or(prevLow, dBeforeName)
			}
			if i > 0 && fl&fCap != 0 && prevGaz&uint32(lexicon.Stop) != 0 && placeWord(f.buf2(words[i-1])) {
				d |= dAfterIn
			}
			if i > 0 && prevFlags&fCap != 0 && t.gaz&uint32(lexicon.OrgHead) != 0 {
				f.doc.or(prevLow, dBeforeOrg)
			}
			f.doc.or(t.low, d)
			prevLow, prevFlags, prevGaz = t.low, fl, t.gaz
		}
	}
}

// glance fills what remember needs of a word: its lower-case hash, its
// case and its marks; describe does the rest.
func (f *featurizer) glance(t *tokInfo, w string, first bool) {
	f.buf = lower(f.buf[:0], w)
	t.low = fnv(f.buf)
	letters, uppers, digits := 0, 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
			uppers++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	// The same flags as describe gives.
	t.flags = 0
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		t.flags |= fCap
	}
	if letters >= 2 && uppers == letters {
		t.flags |= fAllCaps
	}
	if letters == 0 && digits == 0 {
		t.flags |= fPunct
	}
	if first {
		t.flags |= fSentStart
	}
	t.lookUp(f.lang, f.buf)
}

// lookUp sets the word's list marks and, apart, the kinds of WordNet
// names it stands in, from the lexicon, and returns the list marks.
func (t *tokInfo) lookUp(lang string, lower []byte) lexicon.Marks {
	m := lexicon.Lookup(lang, lower)
	t.named = uint32(m & lexicon.Named)
	m &^= lexicon.Named
	t.gaz = uint32(m)
	return m
}

func (f *featurizer) buf2(w string) []byte {
	f.pair = lower(f.pair[:0], w)
	return f.pair
}

// placeWord reports whether lower is a preposition that names places.
func placeWord(lower []byte) bool {
	switch string(lower) {
	case "i", "in", "fra", "from", "til", "to", "at", "near", "nær", "ved":
		return true
	}
	return false
}

// capWord reports a word that can stand in a name: capitalised, or a
// number after one ("TV 2").
func capWord(t *tokInfo) bool { return t.flags&(fCap|fAllCaps) != 0 && t.flags&fPunct == 0 }

// connector reports a small word that joins the words of a name: "Bank
// of America", "Harbour Trust for Children", "Procter & Gamble".
func connector(w string) bool {
	switch w {
	case "of", "for", "and", "&", "de", "du", "von", "van", "der", "den", "la", "le":
		return true
	}
	return false
}

// runs marks the runs of capitalised words.
func (f *featurizer) runs(words []string) {
	n := len(words)
	for i := 0; i < n; {
		if !capWord(&f.info[i]) {
			f.info[i].runFirst, f.info[i].runLast, f.info[i].runGaz, f.info[i].runPos = 0, 0, 0, 0
			i++
			continue
		}
		j := i + 1
		for j < n {
			if capWord(&f.info[j]) {
				j++
				continue
			}
			if j+1 < n && connector(words[j]) && capWord(&f.info[j+1]) {
				j += 2
				continue
			}
			break
		}
		var g uint32
		for k := i; k < j; k++ {
			g |= f.info[k].gaz
		}
		for k := i; k < j; k++ {
			t := &f.info[k]
			t.runFirst, t.runLast, t.runGaz = f.info[i].low, f.info[j-1].low, g
			switch {
			case j-i == 1:
				t.runPos = 4
			case k == i:
				t.runPos = 1
			case k == j-1:
				t.runPos = 3
			default:
				t.runPos = 2
			}
		}
		i = j
	}
}

// plain reports whether word i of the window last run cannot stand
// inside a name: a lower-case word of letters other than a joining word
// ("of", "von"), or a mark that ends a clause.
func (f *featurizer) plain(i int, w string) bool {
	fl := f.info[f.off+i].flags
	if fl&fPunct != 0 {
		return clauseMark(w)
	}
	return fl&(fCap|fAllCaps|fDigit) == 0 && !connector(w)
}

// clauseMark reports a mark no name holds; hyphens, slashes,
// apostrophes, "&" and "!" ("Yahoo!") may stand in one. Commas, question
// marks, dashes and double quotation marks are left unscored too: the
// tagger never put one inside a name of the corpora, the development or
// the check set, and they are one word in twelve.
func clauseMark(w string) bool {
	switch w {
	case ".", ";", ":", "(", ")", "[", "]", ",", "?", "–", "—", "»", "«", "“", "”", "\"", "„":
		return true
	}
	return false
}
