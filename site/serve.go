//go:build !js

package site

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// Serve runs "kilde serve": it builds the static site (unless told not
// to) and serves it on localhost with the headers the deployment uses.
func Serve(args []string, stdout, stderr io.Writer) int {
	f := flag.NewFlagSet("serve", flag.ContinueOnError)
	f.SetOutput(stderr)
	addr := f.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := f.String("dir", "dist", "folder of the static site")
	noBuild := f.Bool("no-build", false, "serve the folder as it is, without building")
	origins := f.String("origins", os.Getenv("KILDE_ORIGINS"), "other origins that may embed the app and talk to it (space separated; default $KILDE_ORIGINS)")
	frames := f.String("frame-ancestors", "", "override the CSP frame-ancestors list (default: 'self' and the origins)")
	if err := f.Parse(args); err != nil {
		return 2
	}
	if *frames == "" {
		*frames = FrameAncestors(*origins)
	}
	if !*noBuild {
		if err := build(*dir, *origins, stdout); err != nil {
			fmt.Fprintf(stderr, "kilde: build: %v\n", err)
			return 1
		}
	}
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		fmt.Fprintf(stderr, "kilde: %s has no index.html; run kilde build first\n", *dir)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "kilde: cannot listen on %s: %v\n", *addr, err)
		return 1
	}
	fmt.Fprintf(stdout, "kilde: serving on http://%s/\n", ln.Addr())
	err = http.Serve(ln, Files(*dir, *frames))
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "kilde: %v\n", err)
		return 1
	}
	return 0
}

// Files serves a built site with the security and caching headers of
// netlify.toml.
func Files(dir, frameAncestors string) http.Handler {
	fsrv := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		for k, v := range Headers(frameAncestors) {
			h.Set(k, v)
		}
		switch {
		case strings.HasSuffix(r.URL.Path, ".wasm"):
			h.Set("Content-Type", "application/wasm")
			h.Set("Cache-Control", "no-cache")
		case r.URL.Path == "/" || strings.HasSuffix(r.URL.Path, ".html") || r.URL.Path == "/app-worker.js" || r.URL.Path == "/embed":
			h.Set("Cache-Control", "no-cache")
		default:
			h.Set("Cache-Control", "public, max-age=3600")
		}
		if r.URL.Path == "/embed" {
			r.URL.Path = "/embed.html"
		}
		fsrv.ServeHTTP(w, r)
	})
}

// FrameAncestors is the CSP frame-ancestors list for the allowed origins.
func FrameAncestors(origins string) string {
	return strings.TrimSpace("'self' " + strings.Join(strings.FieldsFunc(origins, func(r rune) bool { return r == ',' || r == ' ' }), " "))
}

// Headers are the security headers of every response.
func Headers(frameAncestors string) map[string]string {
	return map[string]string{
		"Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
			"img-src 'self' data: blob:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; " +
			"base-uri 'self'; form-action 'none'; frame-ancestors " + frameAncestors,
		"X-Content-Type-Options": "nosniff",
		"Referrer-Policy":        "no-referrer",
	}
}
