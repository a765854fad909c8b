package intake

import (
	"bytes"
	"path"
	"strings"

	"golang.org/x/net/html"
)

// IsHTML reports whether a file is an HTML document, by its name or its
// first bytes.
func IsHTML(name string, data []byte) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	head := bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(data[:min(len(data), 512)], bom)))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// dropped elements lose their content with their tags. The head is not
// among them: its end tag is optional, and its text elements (title,
// script, style) are dropped by name.
var dropped = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "math": true,
	"title": true, "iframe": true, "object": true, "noembed": true, "noframes": true}

// blocks end a paragraph.
var blocks = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "tr": true, "article": true, "section": true, "blockquote": true,
	"figcaption": true, "header": true, "footer": true, "ul": true, "ol": true, "table": true, "pre": true,
	"hr": true, "main": true, "aside": true, "nav": true, "dd": true, "dt": true, "body": true}

// cells separate words but not paragraphs.
var cells = map[string]bool{"td": true, "th": true}

// HTMLText reduces an HTML document to its readable text, one paragraph
// a line: tags go, scripts, styles and the title go with their content
// (the headline is repeated in the body), character references are
// decoded. The HTML5 tokenizer reads the markup as browsers do: raw text
// of scripts and styles, comments, quoted attributes, optional end tags,
// and a "<" that starts no tag, as in "3 < 5", is text. It never runs or
// keeps markup.
func HTMLText(doc string) string {
	var out, para strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(para.String()), " "); t != "" {
			out.WriteString(t)
			out.WriteByte('\n')
		}
		para.Reset()
	}
	z := html.NewTokenizer(strings.NewReader(doc))
	skip, depth := "", 0 // the dropped element being skipped, and how deep it nests
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break // io.EOF: the reader is a string
		}
		switch tt {
		case html.TextToken:
			if skip == "" {
				para.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			b, _ := z.TagName()
			name := string(b)
			switch {
			case skip != "":
				if name == skip && tt == html.StartTagToken {
					depth++
				} else if name == skip && tt == html.EndTagToken {
					if depth--; depth == 0 {
						skip = ""
					}
				}
			case dropped[name]:
				// HTML ignores "/>" but on svg and math: "<script/>"
				// opens a script.
				if tt == html.StartTagToken || name != "svg" && name != "math" {
					skip, depth = name, 1
				}
			case blocks[name]:
				flush()
			case cells[name]:
				para.WriteByte(' ')
			}
		}
	}
	flush()
	return out.String()
}
