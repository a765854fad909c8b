package engine

import (
	"os"
	"path/filepath"
	"testing"
)

// evalTexts reads the annotated articles that glob (under
// ../testdata/eval) names, by file name.
func evalTexts(tb testing.TB, glob string) map[string]string {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join("../testdata/eval", glob))
	if len(paths) == 0 {
		tb.Fatalf("no texts match ../testdata/eval/%s", glob)
	}
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(p)] = string(b)
	}
	return out
}
