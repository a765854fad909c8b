// Package boilerplate recognises site furniture inside an article:
// newsletter sign-ups, "read more" lines, advertisement labels, sharing
// prompts. Such paragraphs are reported, and not mined for quotes or
// entities. The cues are the language packs' (engine/lang); it reads the
// segmented document and writes one flag per paragraph.
package boilerplate

import (
	"strings"

	"kilde/engine/lang"
	"kilde/engine/segment"
)

// Find marks the paragraphs of d that are furniture by the cues of pack:
// short lines holding a cue, and a short line between two such lines (the
// body of a sign-up block).
func Find(d *segment.Doc, pack *lang.Pack) []bool {
	score := make([]int, len(d.Paras))
	for p := range d.Paras {
		score[p] = lineScore(d.Text[d.Lines[p].Start:d.Lines[p].End], words(d, p), pack)
	}
	out := make([]bool, len(d.Paras))
	for p, s := range score {
		if s == 0 && p > 0 && p+1 < len(score) && score[p-1] > 0 && nextScore(score, p+1) > 0 && words(d, p) <= 25 {
			s = 1
		}
		out[p] = s > 0
	}
	return out
}

// nextScore is the score of line i, or of the line after it when i has
// none: a block may hold one more line of its own.
func nextScore(score []int, i int) int {
	if score[i] > 0 {
		return score[i]
	}
	if i+1 < len(score) {
		return score[i+1]
	}
	return 0
}

// lineScore counts the cues in a short line that quotes nobody.
func lineScore(line string, words int, pack *lang.Pack) int {
	if len(line) > 400 || words > 20 {
		return 0
	}
	low := strings.ToLower(strings.TrimSpace(line))
	low = strings.TrimRight(low, ".:!»› >")
	if pack.IsStrongFurniture(low) {
		return 2
	}
	hits := 0
	for _, c := range pack.Furniture() {
		if strings.Contains(low, c) {
			hits++
		}
	}
	if hits > 0 && !strings.ContainsAny(line, "“”\"»«") {
		return hits
	}
	return 0
}

// words counts the word tokens of paragraph p.
func words(d *segment.Doc, p int) int {
	n := 0
	for _, t := range d.Tokens[d.Paras[p].Start:d.Paras[p].End] {
		if t.Kind == segment.Word {
			n++
		}
	}
	return n
}
