package lang

import (
	"strings"

	"kilde/engine/lexicon"
)

// IsDemonym reports whether w (lower case) is a nationality word of
// either language: listed (names.txt, demonym), a people's genitive
// ("danskernes"), or a place's stem with a demonym ending ("kinesiske",
// "swedish"); not a listed place, its genitive, nor a first name. A
// nationality word is no name: not an entity's, nor a speaker's.
func IsDemonym(w string) bool {
	if a, b, ok := strings.Cut(w, "-"); ok && a != "" && b != "" {
		// "fransk-italienske", "dansk-svenske": two nationalities.
		return IsDemonym(a) && IsDemonym(b)
	}
	both := For("")
	if both.IsName(w, Demonym) {
		return true
	}
	if base, ok := strings.CutSuffix(w, "rnes"); ok && both.IsName(base+"rne", Demonym) {
		return true // the genitive of a people: "Danskernes", "Svenskernes"
	}
	if _, ok := lexicon.Place(w); ok || lexicon.IsFirstName(w) {
		return false
	}
	if _, ok := lexicon.Place(strings.TrimSuffix(w, "s")); ok {
		return false // a genitive: "Kinas"
	}
	for _, e := range both.Endings(DemonymEnd) {
		// A short ending leaves less of the place's name out: "Cuban",
		// "Texan", not "Panic" of "Panama" nor "Later" of "Latvia".
		extra := 3
		if len(e) <= 2 {
			extra = 2
		}
		if stem, ok := strings.CutSuffix(w, e); ok && len(stem) >= 3 && lexicon.IsPlaceStem(stem, extra) {
			return true
		}
	}
	return false
}
