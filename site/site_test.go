//go:build !js

package site

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The top-level wasm_exec.js must be the one of the toolchain that
// builds app.wasm, or the app fails to start.
func TestWasmExecMatchesToolchain(t *testing.T) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../wasm_exec.js")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("wasm_exec.js differs from $(go env GOROOT)/lib/wasm/wasm_exec.js; copy it again")
	}
}

func TestFilesHeaders(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "web"), 0o755)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>kilde</p>"), 0o644)
	os.WriteFile(filepath.Join(dir, "embed.html"), []byte("<p>embed</p>"), 0o644)
	os.WriteFile(filepath.Join(dir, "web", "app.wasm"), []byte("\x00asm"), 0o644)
	h := Files(dir, FrameAncestors("https://intranet.example"))
	for _, c := range []struct{ path, ctype, cache, body string }{
		{"/web/app.wasm", "application/wasm", "no-cache", "\x00asm"},
		{"/", "text/html; charset=utf-8", "no-cache", "<p>kilde</p>"},
		{"/embed", "text/html; charset=utf-8", "no-cache", "<p>embed</p>"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, c.path, nil))
		res := rec.Result()
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != c.ctype || res.Header.Get("Cache-Control") != c.cache || rec.Body.String() != c.body {
			t.Errorf("%s: %d %q %q %q", c.path, res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Cache-Control"), rec.Body.String())
		}
		csp := res.Header.Get("Content-Security-Policy")
		for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval'", "frame-ancestors 'self' https://intranet.example", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", c.path, csp, want)
			}
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: security headers missing", c.path)
		}
	}
}

// netlify.toml must carry the same CSP as the local server.
func TestNetlifyMatchesServer(t *testing.T) {
	b, err := os.ReadFile("../netlify.toml")
	if err != nil {
		t.Fatal(err)
	}
	if want := Headers(FrameAncestors(""))["Content-Security-Policy"]; !strings.Contains(string(b), `"`+want+`"`) {
		t.Errorf("netlify.toml's Content-Security-Policy differs from the server's:\n%s", want)
	}
	for _, want := range []string{`publish = "dist"`, `command = "go run . build --out dist"`, `Content-Type = "application/wasm"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("netlify.toml lacks %s", want)
		}
	}
}

func TestFrameAncestors(t *testing.T) {
	for in, want := range map[string]string{
		"":                               "'self'",
		"https://a.example":              "'self' https://a.example",
		"https://a.example, https://b.x": "'self' https://a.example https://b.x",
	} {
		if got := FrameAncestors(in); got != want {
			t.Errorf("FrameAncestors(%q) = %q, want %q", in, got, want)
		}
	}
}
