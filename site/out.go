//go:build !js

package site

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// manifestName marks a folder as a kilde build. It lists, one a line,
// the files the build wrote, relative to the folder: the next build
// removes those and nothing else.
const manifestName = ".kilde-build"

const manifestHeader = "# kilde build: files written by kilde build; the next build replaces them"

// prepareOut makes dir ready for a new build without ever deleting what
// kilde did not write. It refuses the current folder and its ancestors,
// the home folder and the file-system root; a folder that exists must be
// empty or a previous kilde build holding only the files its manifest
// lists, and those files are removed.
func prepareOut(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	if err := refuseSpecial(abs); err != nil {
		return err
	}
	info, err := os.Lstat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(abs, 0o755)
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%q is not a folder; choose a new or empty folder for --out", dir)
	}
	listed, marked, err := readManifest(abs)
	if err != nil {
		return err
	}
	var files, dirs []string
	err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(abs, p)
		switch {
		case rel == ".":
		case d.IsDir():
			dirs = append(dirs, p)
		case rel == manifestName && marked:
		case d.Type().IsRegular() && listed[filepath.ToSlash(rel)]:
			files = append(files, p)
		case marked:
			return fmt.Errorf("%q holds %q, which kilde did not write; move it away or choose another --out", dir, rel)
		default:
			return fmt.Errorf("%q is not empty and not a kilde build (it has no %s); choose a new or empty folder for --out", dir, manifestName)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	if !marked {
		return nil
	}
	// Deepest first, so that a folder is empty when its turn comes;
	// only empty folders go.
	sort.Sort(sort.Reverse(sort.StringSlice(dirs)))
	for _, d := range dirs {
		os.Remove(d)
	}
	return os.Remove(filepath.Join(abs, manifestName))
}

// refuseSpecial refuses folders a build must never replace: the file
// system's root, the home folder, the current folder and its ancestors
// (as "." and ".." are).
func refuseSpecial(abs string) error {
	real := abs
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		real = r
	}
	say := func(what string) error {
		return fmt.Errorf("refusing to write the site into %s (%q); choose a new or empty folder for --out, such as dist", what, abs)
	}
	if filepath.Dir(real) == real {
		return say("the root folder")
	}
	if home, err := os.UserHomeDir(); err == nil && (sameDir(real, home) || sameDir(abs, home)) {
		return say("your home folder")
	}
	if wd, err := os.Getwd(); err == nil {
		if r, err := filepath.EvalSymlinks(wd); err == nil {
			wd = r
		}
		if within(wd, real) {
			return say("the current folder or one that holds it")
		}
	}
	return nil
}

func sameDir(a, b string) bool {
	if r, err := filepath.EvalSymlinks(b); err == nil {
		b = r
	}
	return filepath.Clean(a) == filepath.Clean(b)
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// readManifest reads the list of files a previous build wrote. A
// listed name that would leave the folder is ignored.
func readManifest(abs string) (map[string]bool, bool, error) {
	f, err := os.Open(filepath.Join(abs, manifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	listed := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name := sc.Text()
		if name == "" || strings.HasPrefix(name, "#") || !fs.ValidPath(name) {
			continue
		}
		listed[name] = true
	}
	return listed, true, sc.Err()
}

// writeManifest lists every file now in the folder: a build starts from
// a folder with none but its own, so all of them are kilde's.
func writeManifest(abs string) error {
	var names []string
	err := filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if rel, _ := filepath.Rel(abs, p); rel != manifestName {
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(names)
	body := manifestHeader + "\n" + strings.Join(names, "\n") + "\n"
	return os.WriteFile(filepath.Join(abs, manifestName), []byte(body), 0o644)
}
