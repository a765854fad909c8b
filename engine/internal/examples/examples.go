// Package examples reads the files of rule examples in
// engine/testdata/corpus: one example a line, tab-separated fields, '#'
// starting a comment line, each example tagged with the rule it pins,
// its origin and a sign (+ an example, - a negative).
package examples

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Line is one example: where it stands ("path:line") and its fields.
type Line struct {
	At     string
	Fields []string
}

// Read returns the examples of the file at path, each of exactly fields
// fields, and an error naming the line of the first that is not.
func Read(path string, fields int) ([]Line, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Line
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		at := fmt.Sprintf("%s:%d", path, n)
		c := strings.Split(line, "\t")
		if len(c) != fields {
			return nil, fmt.Errorf("%s: %d tab-separated fields, want %d", at, len(c), fields)
		}
		if c[1] != "written" {
			return nil, fmt.Errorf("%s: origin %q, want \"written\" (examples are written for the rule, never copied from an evaluation text)", at, c[1])
		}
		if c[2] != "+" && c[2] != "-" {
			return nil, fmt.Errorf("%s: sign %q, want + or -", at, c[2])
		}
		// The text is the last field; "\n" in it stands for a line break,
		// so that headings and paragraphs fit on one line.
		c[len(c)-1] = strings.ReplaceAll(c[len(c)-1], `\n`, "\n")
		out = append(out, Line{at, c})
	}
	return out, sc.Err()
}
