// Command rulesplit prints, for the articles in each folder given, which
// rule decided each entity's kind, and the share left to the fallback:
// names no hand rule typed, whose kind the name tagger's scores decided
// (rule "model"). A high share means the rules carry little of the text.
//
//	go run ./engine/internal/rulesplit ../shared/eval/dev ../shared/eval/check
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"kilde/engine"
)

// fallback is the deciding rule of a kind no hand rule gave.
const fallback = "model"

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: rulesplit FOLDER...  (folders of article .txt files)")
		os.Exit(2)
	}
	for _, dir := range os.Args[1:] {
		paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(paths) == 0 {
			fmt.Fprintf(os.Stderr, "rulesplit: no .txt articles in %s\n", dir)
			os.Exit(1)
		}
		count := map[string]int{}
		total := 0
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				fmt.Fprintf(os.Stderr, "rulesplit: %v\n", err)
				os.Exit(1)
			}
			for _, e := range engine.Extract(string(b)).Entities {
				rule, _, _ := strings.Cut(e.Rule, "+") // the deciding rule; aliases follow it
				count[rule]++
				total++
			}
		}
		rules := make([]string, 0, len(count))
		for r := range count {
			rules = append(rules, r)
		}
		sort.Slice(rules, func(i, j int) bool {
			return count[rules[i]] > count[rules[j]] || count[rules[i]] == count[rules[j]] && rules[i] < rules[j]
		})
		fmt.Printf("%s: %d entities, %.0f%% decided by the fallback (%s)\n", dir, total, 100*float64(count[fallback])/float64(max(total, 1)), fallback)
		for _, r := range rules {
			fmt.Printf("  %-22s %4d  %3.0f%%\n", r, count[r], 100*float64(count[r])/float64(total))
		}
	}
}
