package intake

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzHTMLText checks on any input: no panic, valid UTF-8 out of valid
// UTF-8 in, one non-empty trimmed paragraph a line.
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{
		"<p>a</p>", "<script>x</script>y", "<!-- a", "<a title='>'>b</a>", "3 < 5", "<", "</", "<!", "&amp;&#xD8;&",
		"<svg/><p>z", "<td>a<td>b", "\xff<p>\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := HTMLText(in)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", in)
		}
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if out != "" && (line == "" || strings.TrimSpace(line) != line) {
				t.Fatalf("line %q of %q is empty or untrimmed", line, out)
			}
		}
		Check("f", []byte(in)) // must not panic
	})
}
