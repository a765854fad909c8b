package intake

import (
	"bytes"
	"html"
	"path"
	"strings"
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

// dropped elements lose their content with their tags.
var dropped = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "head": true, "iframe": true, "object": true}

// blocks end a paragraph.
var blocks = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "tr": true, "article": true, "section": true, "blockquote": true,
	"figcaption": true, "header": true, "footer": true, "ul": true, "ol": true, "table": true, "pre": true,
	"hr": true, "main": true, "aside": true, "nav": true, "dd": true, "dt": true, "title": true}

// HTMLText reduces an HTML document to its readable text, one paragraph
// a line: tags go, scripts, styles and the head go with their content,
// character references are decoded. It never runs or keeps markup.
func HTMLText(doc string) string {
	var out strings.Builder
	var para strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(html.UnescapeString(para.String())), " "); t != "" {
			out.WriteString(t)
			out.WriteByte('\n')
		}
		para.Reset()
	}
	skip := "" // the dropped element being skipped
	for i := 0; i < len(doc); {
		if doc[i] != '<' {
			j := strings.IndexByte(doc[i:], '<')
			if j < 0 {
				j = len(doc) - i
			}
			if skip == "" {
				para.WriteString(doc[i : i+j])
			}
			i += j
			continue
		}
		if strings.HasPrefix(doc[i:], "<!--") {
			j := strings.Index(doc[i+4:], "-->")
			if j < 0 {
				break // an unclosed comment hides the rest
			}
			i += 4 + j + 3
			continue
		}
		j := strings.IndexByte(doc[i:], '>')
		if j < 0 {
			break
		}
		name, closing := tagName(doc[i+1 : i+j])
		i += j + 1
		if skip != "" {
			if closing && name == skip {
				skip = ""
			}
			continue
		}
		if dropped[name] && !closing && !strings.HasSuffix(doc[i-2:i], "/>") {
			skip = name
			continue
		}
		if blocks[name] {
			flush()
		}
	}
	flush()
	return out.String()
}

// tagName reads the lower-case name of the tag inside < and >.
func tagName(s string) (name string, closing bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "/") {
		closing, s = true, s[1:]
	}
	end := strings.IndexAny(s, " \t\n\r/>")
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end]), closing
}
