// Package corpus reads the annotated name corpora: one token a line,
// "token<TAB>tag", a blank line after each sentence, and comment lines
// (starting with # and holding no tab) naming documents and paragraphs.
package corpus

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Sentence is one annotated sentence with where it stands.
type Sentence struct {
	Words, Tags []string
	Doc         string // the "# doc = " of the document it is in
	NewPar      bool   // it starts a paragraph
	AlsoIn      string // "# also_in = ": the scored set that holds it too
}

// Read reads one corpus file.
func Read(path string) ([]Sentence, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w (the corpora are in ../shared/corpora beside the checkout)", err)
	}
	defer fh.Close()
	var out []Sentence
	var cur Sentence
	doc := ""
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		switch {
		case t == "":
			flush()
		case t[0] == '#' && !strings.Contains(t, "\t"):
			switch {
			case strings.HasPrefix(t, "# doc = "):
				flush()
				doc = strings.TrimPrefix(t, "# doc = ")
			case t == "# newpar":
				cur.NewPar = true
			case strings.HasPrefix(t, "# also_in = "):
				cur.AlsoIn = strings.TrimPrefix(t, "# also_in = ")
			}
		default:
			word, tag, ok := strings.Cut(t, "\t")
			if !ok || word == "" || tag == "" {
				return nil, fmt.Errorf("corpus: %s:%d: want token<TAB>tag, got %q", path, line, t)
			}
			cur.Words = append(cur.Words, word)
			cur.Tags = append(cur.Tags, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", path, err)
	}
	flush()
	return out, nil
}
