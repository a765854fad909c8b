package entities

import "kilde/engine/lang"

// The words that tell what a name is are in the language packs
// (engine/lang/data/*/names.txt); the large lists (first names, places,
// stop words) are generated tables in package lexicon.

// nameIs reports whether w (lower case) tells of a name what kind k
// says, in either language's pack: a name keeps the words of its own
// language ("Council on Foreign Relations" in a Danish article).
func nameIs(w string, k lang.NameKind) bool { return lang.For("").IsName(w, k) }
