//go:build !js

// Package site builds the app's static website (go-app's static
// generation plus what it leaves out: app.wasm, the web/ assets, icons)
// and serves it on localhost.
package site

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Build runs "kilde build" and returns the exit status.
func Build(args []string, stdout, stderr io.Writer) int {
	f := flag.NewFlagSet("build", flag.ContinueOnError)
	f.SetOutput(stderr)
	out := f.String("out", "dist", "folder to write the static site to")
	origins := f.String("origins", os.Getenv("KILDE_ORIGINS"), "other origins that may embed the app and talk to it (space separated; default $KILDE_ORIGINS)")
	quality := f.Int("brotli", 11, "brotli quality of the precompressed files, 0 to 11 (11: smallest; about a minute for app.wasm)")
	if err := f.Parse(args); err != nil {
		return 2
	}
	list, err := ParseOrigins(*origins)
	if err != nil {
		fmt.Fprintf(stderr, "kilde: --origins: %v\n", err)
		return 2
	}
	if *quality < 0 || *quality > 11 {
		fmt.Fprintln(stderr, "kilde: --brotli: give a quality from 0 to 11")
		return 2
	}
	if err := build(*out, strings.Join(list, " "), *quality, stdout); err != nil {
		fmt.Fprintf(stderr, "kilde: build: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "kilde: static site written to %s\n", *out)
	return 0
}

// build writes the static site into dir.
func build(dir, origins string, quality int, log io.Writer) (err error) {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	if abs == root {
		return errors.New("refusing to write the site over the repository; choose another --out")
	}
	if err := prepareOut(dir); err != nil {
		return err
	}
	// Whatever happens next, the folder says which files are kilde's.
	defer func() {
		if merr := writeManifest(abs); err == nil {
			err = merr
		}
	}()
	if err := copyDir(filepath.Join(root, "web"), filepath.Join(abs, "web")); err != nil {
		return fmt.Errorf("copying web/: %w", err)
	}
	fmt.Fprintln(log, "kilde: compiling the WebAssembly app…")
	// The page, and the engine alone for the page's Web Worker.
	for _, w := range []struct{ out, pkg string }{{"app.wasm", "."}, {"engine.wasm", "./worker"}} {
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(abs, "web", w.out), w.pkg)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		cmd.Stdout, cmd.Stderr = log, log
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("compiling %s: %w", w.out, err)
		}
	}
	if err := writeIcons(filepath.Join(abs, "web")); err != nil {
		return fmt.Errorf("writing icons: %w", err)
	}
	version, size, err := fingerprint(filepath.Join(abs, "web"))
	if err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(abs, Handler(version, size, origins)); err != nil {
		return fmt.Errorf("generating the static site: %w", err)
	}
	// The toolchain's wasm_exec.js, as checked in at the top level.
	if err := copyFile(filepath.Join(root, "wasm_exec.js"), filepath.Join(abs, "wasm_exec.js")); err != nil {
		return err
	}
	fmt.Fprintln(log, "kilde: compressing…")
	return precompress(abs, quality)
}

// fingerprint hashes the web assets: the version that tells the service
// worker a new build is out. It also returns app.wasm's size.
func fingerprint(web string) (string, int64, error) {
	h := sha256.New()
	var size int64
	err := filepath.WalkDir(web, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if d.Name() == "app.wasm" {
			size = int64(len(b))
		}
		h.Write([]byte(d.Name()))
		h.Write(b)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:12], size, err
}

// Handler describes the app to go-app: names, icons, styles, the
// service worker, the version.
func Handler(version string, wasmSize int64, origins string) *app.Handler {
	return &app.Handler{
		Name:            "kilde",
		ShortName:       "kilde",
		Title:           "kilde — figures, quotes and names in news articles",
		Description:     "Finds the figures, quotes with speakers, and people, organisations and places of a news article, on your own machine.",
		Lang:            "en",
		Author:          "kilde",
		BackgroundColor: "#f7f6f2",
		ThemeColor:      "#1f4e5f",
		LoadingLabel:    "kilde {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-512.png",
		},
		Styles:                []string{"/web/kilde.css"},
		Scripts:               []string{"/web/frame.js", "/web/storage.js"},
		CacheableResources:    []string{"/web/engine-worker.js", "/web/engine.wasm"},
		Version:               version,
		WasmContentLength:     strconv.FormatInt(wasmSize, 10),
		ServiceWorkerTemplate: workerJS,
		Env:                   map[string]string{"KILDE_ORIGINS": origins},
	}
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			if modulePath(b) != "kilde" {
				return "", fmt.Errorf("%q is not kilde's repository (its go.mod names module %q); run kilde build from kilde's", dir, modulePath(b))
			}
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the current folder; run kilde build from the repository")
		}
		dir = parent
	}
}

// modulePath reads the module line of a go.mod file.
func modulePath(gomod []byte) string {
	for _, line := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}

func copyDir(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		return copyFile(p, filepath.Join(to, rel))
	})
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}
