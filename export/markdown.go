package export

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"kilde/engine/result"
)

// Markdown is a readable report of the result: figures as a table,
// quotes grouped by speaker, entities by kind. Article text is escaped
// so that it shows as written and never as markup.
func Markdown(r result.Result, title string) []byte {
	var b bytes.Buffer
	if title == "" {
		title = "kilde"
	}
	fmt.Fprintf(&b, "# %s\n\nLanguage: %s · %d figures · %d quotes · %d entities\n", esc(title), r.Lang, len(r.Figures), len(r.Quotes), len(r.Entities))

	b.WriteString("\n## Figures\n\n| Text | Kind | Value | Unit | Qualifier |\n|---|---|---|---|---|\n")
	for _, f := range r.Figures {
		v := num(f.Value)
		if f.ISO != "" {
			v = f.ISO
		}
		if f.IsRange() {
			v += "–" + highOf(f)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", esc(f.Text), f.Kind, v, esc(f.Unit), f.Qualifier)
	}

	b.WriteString("\n## Quotes\n")
	groups := map[string][]result.Quote{}
	var speakers []string
	for _, q := range r.Quotes {
		s := q.Speaker
		if s == "" {
			s = "(no speaker)"
		}
		if groups[s] == nil {
			speakers = append(speakers, s)
		}
		groups[s] = append(groups[s], q)
	}
	for _, s := range speakers {
		fmt.Fprintf(&b, "\n### %s\n\n", esc(s))
		for _, q := range groups[s] {
			fmt.Fprintf(&b, "- “%s”", esc(q.Text))
			if q.Cue != "" {
				fmt.Fprintf(&b, " (%s)", esc(q.Cue))
			}
			b.WriteString("\n")
		}
	}

	b.WriteString("\n## Entities\n")
	for _, kind := range []string{result.Person, result.Org, result.Place, result.Other} {
		var es []result.Entity
		for _, e := range r.Entities {
			if e.Kind == kind {
				es = append(es, e)
			}
		}
		if len(es) == 0 {
			continue
		}
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].Mentions) > len(es[j].Mentions) })
		fmt.Fprintf(&b, "\n### %s\n\n", kind)
		for _, e := range es {
			fmt.Fprintf(&b, "- %s (%d)", esc(e.Name), len(e.Mentions))
			if len(e.Aliases) > 0 {
				as := make([]string, len(e.Aliases))
				for i, a := range e.Aliases {
					as[i] = esc(a)
				}
				fmt.Fprintf(&b, ": %s", strings.Join(as, ", "))
			}
			b.WriteString("\n")
		}
	}
	return b.Bytes()
}

// esc escapes what Markdown or HTML would read as markup, and keeps each
// item on one line.
var escaper = strings.NewReplacer(
	"\\", "\\\\", "|", "\\|", "`", "\\`", "*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]",
	"&", "&amp;", "<", "&lt;", ">", "&gt;", "#", "\\#", "\n", " ", "\r", " ",
)

func esc(s string) string { return escaper.Replace(s) }
