package intake

import (
	"errors"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want error
		text string
	}{
		{"article.txt", []byte("Jack Ma talte i Detroit."), nil, "Jack Ma talte i Detroit."},
		{"bom.txt", []byte("\xEF\xBB\xBFTekst med BOM."), nil, "Tekst med BOM."},
		{"empty.txt", nil, ErrEmpty, ""},
		{"blank.txt", []byte(" \n\t \n"), ErrEmpty, ""},
		{"nul.bin", []byte("PK\x03\x04\x00\x00abc"), ErrBinary, ""},
		{"ctl.bin", []byte(strings.Repeat("\x01\x02\x03a", 50)), ErrBinary, ""},
		{"latin1.txt", []byte("K\xf8benhavn og \xc6r\xf8"), ErrNotUTF8, ""},
		{"big.txt", make([]byte, MaxBytes+1), ErrTooLarge, ""},
		{"utf16le.txt", []byte("\xFF\xFEK\x00\xF8\x00b\x00"), nil, "Køb"},
		{"utf16be.txt", []byte("\xFE\xFF\x00K\x00\xF8\x00b"), nil, "Køb"},
		{"utf16odd.txt", []byte("\xFF\xFEK\x00\xF8"), ErrBinary, ""},
		{"controls.txt", []byte("Linje\fside\ttab\r\n"), nil, "Linje\fside\ttab\r\n"},
	}
	for _, c := range cases {
		got, err := Check(c.name, c.data)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.want)
		}
		if err != nil && !strings.HasPrefix(err.Error(), c.name+": ") {
			t.Errorf("%s: error %q does not name the file", c.name, err)
		}
		if got != c.text {
			t.Errorf("%s: text %q, want %q", c.name, got, c.text)
		}
	}
}

func TestHTMLText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"<p>Jack Ma &amp; Alibaba</p><p>Anden linje</p>", "Jack Ma & Alibaba\nAnden linje\n"},
		{"<html><head><title>T</title><style>p{}</style></head><body><h1>Overskrift</h1><div>Tekst <b>fed</b></div></body></html>", "Overskrift\nTekst fed\n"},
		{"<p>Før<script>alert('x')</script> efter</p>", "Før efter\n"},
		{"<img src=x onerror=alert(1)><p>Tekst</p>", "Tekst\n"},
		{"<a href=\"javascript:alert(1)\">link</a>", "link\n"},
		{"<p>a<!-- skjult --> b</p>", "a b\n"},
		{"<p>åben <!-- aldrig lukket", "åben\n"},
		{"<p>ufærdig <b", "ufærdig\n"},
		{"tekst uden tags", "tekst uden tags\n"},
		{"<SCRIPT>x()</SCRIPT>Synlig", "Synlig\n"},
		{"<br/>linje<br>to", "linje\nto\n"},
		{"<p>3 < 5 og 6 > 4</p>", "3 < 5 og 6 > 4\n"},
		{"<p>a <</p>", "a <\n"},
		{`<a title="x>y" href='javascript:alert(1)'>tekst</a>`, "tekst\n"},
		{"<table><tr><td>Salg</td><td>40</td></tr><tr><th>År</th><td>2015</td></tr></table>", "Salg 40\nÅr 2015\n"},
		{"<p>A&nbsp;B &lt;script&gt; &#248; &oslash;</p>", "A B <script> ø ø\n"},
		{"<svg><script>x()</script><text>y</text></svg><p>z</p>", "z\n"},
		{"<head><title>Titel</title></head><p>Brød</p>", "Brød\n"},
		{"<noscript><img src=x></noscript><template><p>skjult</p></template>ok", "ok\n"},
		{"<script>aldrig lukket", ""},
		{"<!DOCTYPE html><?xml x?><p>tekst</p>", "tekst\n"},
		{"<p>linje\n  med\tmellemrum</p>", "linje med mellemrum\n"},
		// The end of the head is optional: the body must not be lost.
		{"<html><head><title>Titel</title><meta charset=utf-8><body><p>Brød til alle</p></body></html>", "Brød til alle\n"},
		{"<!doctype html><title>T</title><link rel=stylesheet href=a.css><h1>Overskrift</h1><p>Tekst", "Overskrift\nTekst\n"},
		{"<head><style>p{}</style><p>Body text without head end", "Body text without head end\n"},
		// Scripts and styles never become text, however they are written.
		{"<script>var s = '</p><p>ikke tekst';</script><p>tekst</p>", "tekst\n"},
		{"<script/>alert(1)</script>ok", "ok\n"},
		{"<style>p::before{content:'<b>x</b>'}</style>ok", "ok\n"},
		{"<ScRiPt type=module>x()</sCrIpT >synlig", "synlig\n"},
		{"<svg/><p>efter</p>", "efter\n"},
		{"<svg><svg></svg>skjult</svg>vist", "vist\n"},
		{"<textarea>a <b> c</textarea>", "a <b> c\n"},
	}
	for _, c := range cases {
		if got := HTMLText(c.in); got != c.want {
			t.Errorf("HTMLText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsHTML(t *testing.T) {
	for _, c := range []struct {
		name, data string
		want       bool
	}{
		{"a.html", "x", true}, {"a.HTM", "x", true}, {"a.txt", "<!DOCTYPE html><p>", true},
		{"a.txt", "  <html>", true}, {"a.txt", "Tekst <b>", false}, {"a.md", "# Titel", false},
	} {
		if got := IsHTML(c.name, []byte(c.data)); got != c.want {
			t.Errorf("IsHTML(%q, %q) = %v", c.name, c.data, got)
		}
	}
}
