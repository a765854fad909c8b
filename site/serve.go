//go:build !js

package site

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
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
	quality := f.Int("brotli", 5, "brotli quality of the precompressed files, 0 to 11 (kilde build uses 11: smallest, slowest)")
	if err := f.Parse(args); err != nil {
		return 2
	}
	list, err := ParseOrigins(*origins)
	if err != nil {
		fmt.Fprintf(stderr, "kilde: --origins: %v\n", err)
		return 2
	}
	if *frames == "" {
		*frames = FrameAncestors(strings.Join(list, " "))
	} else if err := checkFrameAncestors(*frames); err != nil {
		fmt.Fprintf(stderr, "kilde: --frame-ancestors: %v\n", err)
		return 2
	}
	if *quality < 0 || *quality > 11 {
		fmt.Fprintln(stderr, "kilde: --brotli: give a quality from 0 to 11")
		return 2
	}
	if !*noBuild {
		if err := build(*dir, strings.Join(list, " "), *quality, stdout); err != nil {
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
// netlify.toml. A file's .br or .gz twin written by the build is sent
// when the browser accepts it; folders are never listed.
func Files(dir, frameAncestors string) http.Handler {
	fsrv := http.FileServer(noListing{http.Dir(dir)})
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
		if servePrecompressed(w, r, dir) {
			return
		}
		fsrv.ServeHTTP(w, r)
	})
}

// noListing hides folders that have no index.html: a request for one
// is a 404, not a list of the files inside.
type noListing struct{ fs http.FileSystem }

func (n noListing) Open(name string) (http.File, error) {
	f, err := n.fs.Open(name)
	if err != nil {
		return nil, err
	}
	if info, err := f.Stat(); err == nil && info.IsDir() {
		index, err := n.fs.Open(path.Join(name, "index.html"))
		if err != nil {
			f.Close()
			return nil, os.ErrNotExist
		}
		index.Close()
	}
	return f, nil
}

// servePrecompressed sends name.br or name.gz, brotli first, when the
// request accepts it and the build wrote it, with the type of the file
// itself. Vary tells caches the answer depends on Accept-Encoding.
func servePrecompressed(w http.ResponseWriter, r *http.Request, dir string) bool {
	name := r.URL.Path
	if strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead || !compressed[strings.ToLower(path.Ext(name))] {
		return false
	}
	w.Header().Add("Vary", "Accept-Encoding")
	for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !accepts(r.Header.Get("Accept-Encoding"), enc.name) {
			continue
		}
		f, err := http.Dir(dir).Open(name + enc.ext)
		if err != nil {
			continue
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil || info.IsDir() {
			continue
		}
		h := w.Header()
		if h.Get("Content-Type") == "" {
			ctype := mime.TypeByExtension(path.Ext(name))
			switch {
			case path.Ext(name) == ".webmanifest":
				ctype = "application/manifest+json"
			case ctype == "":
				ctype = "application/octet-stream"
			}
			h.Set("Content-Type", ctype)
		}
		h.Set("Content-Encoding", enc.name)
		http.ServeContent(w, r, name, info.ModTime(), f)
		return true
	}
	return false
}

// accepts reports whether an Accept-Encoding header allows enc: named
// (or *) with a quality above zero.
func accepts(header, enc string) bool {
	ok := false
	for _, part := range strings.Split(header, ",") {
		token, params, _ := strings.Cut(part, ";")
		token = strings.ToLower(strings.TrimSpace(token))
		if token != enc && token != "*" {
			continue
		}
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			if k, v, found := strings.Cut(strings.TrimSpace(p), "="); found && strings.EqualFold(k, "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		if token == enc {
			return q > 0
		}
		ok = q > 0
	}
	return ok
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
