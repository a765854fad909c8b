package search

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Name is one name of an entity; an entity has one Name per alias.
type Name struct{ ID, Text string }

// Match is an entity found, by its best-matching name.
type Match struct {
	ID, Text string
	Score    int
	Bold     [][2]int // rune ranges of Text that matched, half-open
}

// MaxQuery caps the query: the scorer's bonus for adjacent letters
// overflows on very long runs, and no name is that long.
const MaxQuery = 32

type entry struct {
	name  Name
	f     folded
	mask  uint32 // letters a-z present in f, for the prefilter
	inits uint32 // letters a-z that open a word of f
}

// Index holds folded names, ready to search. It remembers the last
// query's matches, so that typing one more letter only searches those:
// it is not safe for concurrent use.
type Index struct {
	entries []entry
	last    string // the last fuzzy query
	lastHit []int  // entries that matched it
	keep    []int  // reused: entries that pass the prefilter
	hits    []hit  // reused: matches before ranking
}

// New folds every name in both spellings of the Danish letters.
func New(names []Name) *Index {
	ix := &Index{entries: make([]entry, 0, len(names)*2)}
	for _, n := range names {
		a := fold(n.Text, 0)
		ix.entries = append(ix.entries, entry{n, a, mask(a.s), inits(a.s)})
		if b := fold(n.Text, 1); b.s != a.s {
			ix.entries = append(ix.entries, entry{n, b, mask(b.s), inits(b.s)})
		}
	}
	return ix
}

func mask(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			m |= 1 << (c - 'a')
		}
	}
	return m
}

// inits is the mask of the letters that open words of s.
func inits(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' && wordStart(s, i) {
			m |= 1 << (c - 'a')
		}
	}
	return m
}

// source lets fuzzy read the entries that passed the prefilter.
type source struct {
	ix   *Index
	keep []int
}

func (s source) String(i int) string { return s.ix.entries[s.keep[i]].f.s }
func (s source) Len() int            { return len(s.keep) }

// Find returns up to limit entities whose names match query, best first;
// an entity appears once, under its best-matching name.
func (ix *Index) Find(query string, limit int) []Match {
	q := fold(strings.TrimSpace(query), 0).s
	if utf8.RuneCountInString(q) > MaxQuery {
		q = string([]rune(q)[:MaxQuery])
	}
	if q == "" || limit <= 0 {
		return nil
	}
	hits := ix.hits[:0]
	if len(q) <= 2 {
		// One or two letters match nearly every name as a subsequence:
		// take the names with a word that starts with them.
		var first uint32
		if c := q[0]; 'a' <= c && c <= 'z' {
			first = 1 << (c - 'a')
		}
		for i := range ix.entries {
			e := &ix.entries[i]
			if e.inits&first != first {
				continue // no word opens with the first letter
			}
			if at := wordPrefix(e.f.s, q); at >= 0 {
				score := 100 - len(e.f.s)
				if at == 0 {
					score += 50
				}
				hits = append(hits, hit{i, score, at, nil})
			}
		}
	} else {
		// A longer query's matches are among those of the query it
		// extends; every letter of the query must be in the name.
		need := mask(q)
		src := source{ix: ix, keep: ix.keep[:0]}
		consider := func(i int) {
			if e := &ix.entries[i]; e.mask&need == need && subsequence(e.f.s, q) {
				src.keep = append(src.keep, i)
			}
		}
		if ix.last != "" && strings.HasPrefix(q, ix.last) {
			for _, i := range ix.lastHit {
				consider(i)
			}
		} else {
			for i := range ix.entries {
				consider(i)
			}
		}
		ix.keep = src.keep
		matched := fuzzy.FindFromNoSort(q, src)
		ix.lastHit = ix.lastHit[:0]
		for _, m := range matched {
			i := src.keep[m.Index]
			ix.lastHit = append(ix.lastHit, i)
			score := m.Score
			if strings.HasPrefix(ix.entries[i].f.s, q) {
				score += 100 // a name that starts with what was typed comes first
			}
			hits = append(hits, hit{i, score, -1, m.MatchedIndexes})
		}
		ix.last = q
	}
	ix.hits = hits
	hits = ix.top(hits, limit*6) // an entity has at most a few names, each in two spellings
	out := make([]Match, 0, limit)
	seen := map[string]bool{}
	for _, h := range hits {
		if len(out) == limit {
			break
		}
		e := &ix.entries[h.i]
		if seen[e.name.ID] {
			continue
		}
		seen[e.name.ID] = true
		idx := h.matched
		if h.at >= 0 {
			idx = seq(h.at, len(q))
		}
		out = append(out, Match{ID: e.name.ID, Text: e.name.Text, Score: h.score, Bold: bold(e.f, idx)})
	}
	return out
}

// better orders hits: higher score, then the shorter name, then the
// earlier one.
func (ix *Index) better(x, y hit) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	if lx, ly := len(ix.entries[x.i].name.Text), len(ix.entries[y.i].name.Text); lx != ly {
		return lx < ly
	}
	return x.i < y.i
}

// top returns the best k hits in order, without sorting them all.
func (ix *Index) top(hits []hit, k int) []hit {
	best := make([]hit, 0, k+1)
	for _, h := range hits {
		if len(best) == k && !ix.better(h, best[k-1]) {
			continue
		}
		j := sort.Search(len(best), func(j int) bool { return ix.better(h, best[j]) })
		best = append(best, hit{})
		copy(best[j+1:], best[j:])
		best[j] = h
		if len(best) > k {
			best = best[:k]
		}
	}
	return best
}

// hit is a matching entry before ranking: its score, and where the
// letters matched (a word prefix at at, or the scorer's byte offsets).
type hit struct {
	i, score, at int
	matched      []int
}

// bold turns matched byte offsets of the folded name into rune ranges of
// the original.
func bold(f folded, idx []int) [][2]int {
	var out [][2]int
	for _, i := range idx {
		if i < 0 || i >= len(f.from) {
			continue
		}
		r := int(f.from[i])
		if n := len(out); n > 0 && out[n-1][1] >= r {
			out[n-1][1] = max(out[n-1][1], r+1)
			continue
		}
		out = append(out, [2]int{r, r + 1})
	}
	return out
}

// wordPrefix returns where a word of s starts with q, or -1.
func wordPrefix(s, q string) int {
	for i := 0; i+len(q) <= len(s); i++ {
		if wordStart(s, i) && s[i:i+len(q)] == q {
			return i
		}
	}
	return -1
}

// wordStart reports whether byte i of a folded name opens a word.
func wordStart(s string, i int) bool { return i == 0 || s[i-1] == ' ' || s[i-1] == '-' }

func seq(at, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = at + i
	}
	return out
}

// subsequence reports whether q's bytes occur in s in order: the match
// fuzzy requires, checked without scoring so that fuzzy scores only
// names that match. Both are folded already.
func subsequence(s, q string) bool {
	j := 0
	for i := 0; i < len(s) && j < len(q); i++ {
		if s[i] == q[j] {
			j++
		}
	}
	return j == len(q)
}
