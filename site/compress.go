//go:build !js

package site

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// compressed are the kinds of file the build precompresses, and minSize
// the size below which compressing saves too little to be worth a file.
var compressed = map[string]bool{".wasm": true, ".js": true, ".css": true, ".html": true, ".svg": true, ".webmanifest": true}

const minSize = 1024

// precompress writes name.br and name.gz beside every large text or
// WebAssembly file under dir, for servers that send them as they are
// (kilde serve, nginx's gzip_static and brotli_static, Caddy's
// precompressed). Brotli quality 11 makes app.wasm a quarter smaller than
// gzip but takes about a minute; lower qualities are seconds.
func precompress(dir string, quality int) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressed[strings.ToLower(filepath.Ext(p))] {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil || len(raw) < minSize {
			return err
		}
		var br bytes.Buffer
		w := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: quality, LGWin: 24})
		w.Write(raw) // into memory: cannot fail
		if err := w.Close(); err != nil {
			return err
		}
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression) // a valid level: no error
		zw.Write(raw)
		if err := zw.Close(); err != nil {
			return err
		}
		if err := os.WriteFile(p+".br", br.Bytes(), 0o644); err != nil {
			return err
		}
		return os.WriteFile(p+".gz", gz.Bytes(), 0o644)
	})
}
