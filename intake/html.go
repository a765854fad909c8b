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

// cells separate words but not paragraphs.
var cells = map[string]bool{"td": true, "th": true}

// HTMLText reduces an HTML document to its readable text, one paragraph
// a line: tags go, scripts, styles and the head go with their content
// (the title too: the headline is repeated in the body), character
// references are decoded. It never runs or keeps markup. A "<" that does
// not start a tag, as in "3 < 5", is text, as browsers read it.
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
		if !startsTag(doc[i+1:]) {
			if skip == "" {
				para.WriteByte('<')
			}
			i++
			continue
		}
		j := tagEnd(doc[i:])
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
		} else if cells[name] {
			para.WriteByte(' ')
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

// startsTag reports whether the text after a "<" opens a tag, an end tag,
// a comment or a declaration.
func startsTag(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c == '/' || c == '!' || c == '?' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// tagEnd finds the ">" closing the tag at the start of s, skipping any
// inside quoted attribute values; -1 if the tag is not closed.
func tagEnd(s string) int {
	var quote byte
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		}
	}
	return -1
}
