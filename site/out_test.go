//go:build !js

package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func mustWrite(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A build never deletes what kilde did not write: the folder is refused
// with one line and a non-zero exit, and the file is still there.
func TestBuildKeepsOtherFiles(t *testing.T) {
	for _, c := range []struct {
		name     string
		manifest string // "" for none
		msg      string
	}{
		{"no manifest", "", "not empty and not a kilde build"},
		{"not listed", manifestHeader + "\nindex.html\n", `holds "notes.txt", which kilde did not write`},
	} {
		dir := t.TempDir()
		mustWrite(t, filepath.Join(dir, "notes.txt"), "mine")
		if c.manifest != "" {
			mustWrite(t, filepath.Join(dir, manifestName), c.manifest)
			mustWrite(t, filepath.Join(dir, "index.html"), "old build")
		}
		var out, errs bytes.Buffer
		code := Build([]string{"--out", dir}, &out, &errs)
		if code == 0 || strings.Count(errs.String(), "\n") != 1 || !strings.Contains(errs.String(), c.msg) {
			t.Errorf("%s: exit %d, stderr %q: want non-zero and one line saying %q", c.name, code, errs.String(), c.msg)
		}
		if b, err := os.ReadFile(filepath.Join(dir, "notes.txt")); err != nil || string(b) != "mine" {
			t.Errorf("%s: the file kilde did not write was touched: %v", c.name, err)
		}
		if c.manifest != "" {
			if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
				t.Errorf("%s: a refused build removed its old files: %v", c.name, err)
			}
		}
	}
}

// ".", "..", "/", the home folder and any folder holding the current
// one are refused before anything is touched.
func TestBuildRefusesSpecialFolders(t *testing.T) {
	home, _ := os.UserHomeDir()
	wd, _ := os.Getwd()
	for _, dir := range []string{".", "..", "../..", "/", home, filepath.Dir(filepath.Dir(wd))} {
		if dir == "" {
			continue
		}
		err := prepareOut(dir)
		if err == nil || !strings.Contains(err.Error(), "refusing") {
			t.Errorf("prepareOut(%q) = %v, want a refusal", dir, err)
		}
	}
}

// A previous build is replaced: the files its manifest lists go, and
// its folders when they are left empty.
func TestPrepareOutReplacesPreviousBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := prepareOut(dir); err != nil {
		t.Fatalf("a new folder: %v", err)
	}
	mustWrite(t, filepath.Join(dir, "index.html"), "x")
	mustWrite(t, filepath.Join(dir, "web", "app.wasm"), "x")
	if err := writeManifest(dir); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, manifestName))
	if !strings.Contains(string(b), "\nindex.html\nweb/app.wasm\n") {
		t.Errorf("manifest %q does not list the files", b)
	}
	if err := prepareOut(dir); err != nil {
		t.Fatalf("a previous build: %v", err)
	}
	left, _ := os.ReadDir(dir)
	if len(left) != 0 {
		t.Errorf("left %v after clearing a previous build", left)
	}
	// A manifest cannot name a file outside the folder.
	outside := filepath.Join(filepath.Dir(dir), "keep.txt")
	mustWrite(t, outside, "keep")
	mustWrite(t, filepath.Join(dir, manifestName), manifestHeader+"\n../keep.txt\n")
	if err := prepareOut(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(outside); err != nil {
		t.Errorf("a manifest entry outside the folder was removed: %v", err)
	}
	// A plain file is not a folder.
	if err := prepareOut(outside); err == nil {
		t.Error("a file was accepted as the output folder")
	}
}

func TestModulePath(t *testing.T) {
	for in, want := range map[string]string{"module kilde\n\ngo 1.26\n": "kilde", "// x\nmodule \"other/x\"\n": "other/x", "go 1.2\n": ""} {
		if got := modulePath([]byte(in)); got != want {
			t.Errorf("modulePath(%q) = %q, want %q", in, got, want)
		}
	}
}
