//go:build !js

package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// The build's .br and .gz twins are sent when the browser takes them,
// brotli first, with the type of the file itself; they decode to the
// file.
func TestPrecompressed(t *testing.T) {
	dir := t.TempDir()
	raw := make([]byte, 200_000)
	rnd := rand.New(rand.NewSource(1))
	for i := range raw {
		raw[i] = "\x00asm\x01abcdefgh"[rnd.Intn(13)]
	}
	mustWrite(t, filepath.Join(dir, "web", "app.wasm"), string(raw))
	page := strings.Repeat("<p>kilde</p>", 200)
	mustWrite(t, filepath.Join(dir, "index.html"), page)
	mustWrite(t, filepath.Join(dir, "web", "tiny.css"), "p{}")
	if err := precompress(dir, 5); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"web/app.wasm.br", "web/app.wasm.gz", "index.html.br", "index.html.gz"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("precompress wrote no %s", name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "web", "tiny.css.br")); err == nil {
		t.Error("a file under 1 KB was compressed")
	}
	srv := httptest.NewServer(Files(dir, "'self'"))
	defer srv.Close()
	for _, c := range []struct {
		path, accept, enc, ctype string
		want                     []byte
	}{
		{"/web/app.wasm", "gzip, deflate, br, zstd", "br", "application/wasm", raw},
		{"/web/app.wasm", "gzip;q=1, br;q=0", "gzip", "application/wasm", raw},
		{"/web/app.wasm", "*", "br", "application/wasm", raw},
		{"/web/app.wasm", "", "", "application/wasm", raw},
		{"/web/app.wasm", "identity", "", "application/wasm", raw},
		{"/", "br", "br", "text/html; charset=utf-8", []byte(page)},
		{"/index.html", "gzip", "", "", nil}, // redirected to / by the file server when not compressed
		{"/web/tiny.css", "br", "", "text/css; charset=utf-8", []byte("p{}")},
	} {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+c.path, nil)
		req.Header.Set("Accept-Encoding", c.accept) // set: the client then decodes nothing itself
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if c.want == nil {
			continue
		}
		if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != c.enc || res.Header.Get("Content-Type") != c.ctype {
			t.Errorf("%s %q: %d, encoding %q, type %q; want 200, %q, %q", c.path, c.accept, res.StatusCode,
				res.Header.Get("Content-Encoding"), res.Header.Get("Content-Type"), c.enc, c.ctype)
			continue
		}
		if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s %q: no Vary: Accept-Encoding", c.path, c.accept)
		}
		var r io.Reader = bytes.NewReader(body)
		switch c.enc {
		case "br":
			r = brotli.NewReader(r)
		case "gzip":
			if r, err = gzip.NewReader(r); err != nil {
				t.Fatal(err)
			}
		}
		got, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(got, c.want) {
			t.Errorf("%s %q: the body does not decode to the file (%v)", c.path, c.accept, err)
		}
	}
}

// Folders are never listed.
func TestNoListing(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "index.html"), "<p>kilde</p>")
	mustWrite(t, filepath.Join(dir, "web", "app.wasm"), "\x00asm")
	mustWrite(t, filepath.Join(dir, "docs", "index.html"), "<p>docs</p>")
	h := Files(dir, "'self'")
	for path, want := range map[string]int{"/web/": 404, "/web": 404, "/": 200, "/docs/": 200, "/web/app.wasm": 200, "/nope/": 404} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != want || strings.Contains(rec.Body.String(), "app.wasm") && path != "/web/app.wasm" {
			t.Errorf("%s: %d %q, want %d and no listing", path, rec.Code, rec.Body.String(), want)
		}
	}
}

func TestParseOrigins(t *testing.T) {
	good := map[string]string{
		"":                                   "",
		"https://intranet.example":           "https://intranet.example",
		"https://Intranet.Example/":          "https://intranet.example",
		"http://127.0.0.1:8312, https://b.x": "http://127.0.0.1:8312 https://b.x",
		"https://[::1]:8443":                 "https://[::1]:8443",
	}
	for in, want := range good {
		got, err := ParseOrigins(in)
		if err != nil || strings.Join(got, " ") != want {
			t.Errorf("ParseOrigins(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{
		"https://a.example;script-src", "https://a.example; script-src *", "https://*.example", "*", "https://a.example/path",
		"ftp://a.example", "a.example", "https://a.example?x=1", "https://a.example#x", "https://u:p@a.example",
		"https://a.example:99999", "https://a.example:", "javascript:alert(1)", "'self'", "https://a.example'",
	} {
		if got, err := ParseOrigins(in); err == nil || !strings.Contains(err.Error(), "scheme://host[:port]") {
			t.Errorf("ParseOrigins(%q) = %q, %v; want an error saying what is accepted", in, got, err)
		}
	}
}

// A bad origin stops build and serve before anything is written or
// served, with the reason.
func TestCommandsRefuseBadOrigins(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	bad := "https://a.example; script-src *"
	for name, c := range map[string]struct {
		run  func([]string, io.Writer, io.Writer) int
		args []string
	}{
		"build": {Build, []string{"--origins", bad, "--out", out}},
		"serve": {Serve, []string{"--origins", bad, "--dir", out, "--addr", "127.0.0.1:0"}},
	} {
		var stderr bytes.Buffer
		if code := c.run(c.args, io.Discard, &stderr); code != 2 || !strings.Contains(stderr.String(), "scheme://host[:port]") {
			t.Errorf("%s: exit %d, stderr %q", name, code, stderr.String())
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s wrote %s despite the bad origin", name, out)
		}
	}
	var stderr bytes.Buffer
	if code := Serve([]string{"--frame-ancestors", "'self'; script-src *", "--dir", out}, io.Discard, &stderr); code != 2 {
		t.Errorf("serve accepted a frame-ancestors list that adds a directive: exit %d, %q", code, stderr.String())
	}
}

// The brotli encoder is for the build only: it must never be linked
// into app.wasm or engine.wasm.
func TestBrotliNotInWasm(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "..", "../worker")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "kilde/app\n") {
		t.Fatalf("go list did not list the app's packages:\n%s", out)
	}
	if strings.Contains(string(out), "brotli") {
		t.Error("the WebAssembly build links the brotli encoder")
	}
}
