// Package boilerplate recognises site furniture inside an article:
// newsletter sign-ups, "read more" lines, advertisement labels, sharing
// prompts. Such lines are reported, and not mined for quotes or entities.
package boilerplate

import (
	"strings"
	"unicode"
)

// cues are word stems that mark furniture: each hit counts when the line
// is short, as furniture lines are.
var cues = []string{
	// Danish
	"abonn", "tilmeld", "nyhedsbrev", "e-mail", "email", "afmeld", "log ind", "læs mere", "læs også",
	"annonce", "reklame", "del artiklen", "del på", "følg os", "cookie", "indstillinger for", "bekræfte dit",
	"privatlivspolitik", "se også", "relaterede", "mest læste",
	// English
	"subscri", "sign up", "sign in", "newsletter", "unsubscribe", "read more", "read also", "related",
	"advertisement", "sponsored", "share this", "follow us", "privacy policy", "terms of use",
	"manage your", "confirm your", "invalid email", "most read", "recommended",
}

// strong lines are furniture on their own, whatever else they say.
var strong = map[string]bool{
	"tilmeld": true, "annonce": true, "reklame": true, "subscribe": true, "sign up": true,
	"advertisement": true, "read more": true, "læs mere": true, "læs også": true, "del": true, "share": true,
}

// Line is one line of the text, as byte offsets.
type Line struct{ Start, End int }

// Find returns the lines of text that are site furniture, in order.
func Find(text string, lines []Line) []Line {
	score := make([]int, len(lines))
	for i, l := range lines {
		score[i] = lineScore(text[l.Start:l.End])
	}
	var out []Line
	for i, l := range lines {
		s := score[i]
		// A short line between two furniture lines belongs to the block
		// ("Vores guide til historier ..." under a sign-up heading).
		if s == 0 && i > 0 && i+1 < len(lines) && score[i-1] > 0 && nextScore(score, i+1) > 0 && wordCount(text[l.Start:l.End]) <= 25 {
			s = 1
		}
		if s > 0 {
			out = append(out, l)
		}
	}
	return out
}

// nextScore is the score of line i, or of the line after it when line i
// is itself a bare sandwich candidate.
func nextScore(score []int, i int) int {
	if score[i] > 0 {
		return score[i]
	}
	if i+1 < len(score) {
		return score[i+1]
	}
	return 0
}

func lineScore(line string) int {
	// Furniture lines are short: a line of more than 20 words (at least
	// 20 bytes each way) is never lowered and scanned.
	if len(line) > 400 || wordCount(line) > 20 {
		return 0
	}
	low := strings.ToLower(strings.TrimSpace(line))
	low = strings.TrimRight(low, ".:!»› >")
	if strong[low] {
		return 2
	}
	hits := 0
	for _, c := range cues {
		if strings.Contains(low, c) {
			hits++
		}
	}
	// Furniture rarely ends like a sentence of reporting; a short line
	// with a cue and no quote marks is enough.
	if hits > 0 && !strings.ContainsAny(line, "“”\"»«") {
		return hits
	}
	return 0
}

func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
