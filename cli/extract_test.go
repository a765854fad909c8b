package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"kilde/engine"
	"kilde/intake"
)

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(args []string, stdin string) (int, string, string) {
	var out, errs bytes.Buffer
	code := Extract(args, strings.NewReader(stdin), &out, &errs)
	return code, out.String(), errs.String()
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", []byte("Jack Ma talte i Detroit om 3.000 virksomheder."))
	big := filepath.Join(dir, "big.txt")
	f, _ := os.Create(big)
	f.Truncate(intake.MaxBytes + 1) // sparse: no disk used
	f.Close()
	cases := []struct {
		name string
		path string
		msg  string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
		{"directory", dir, "is a directory"},
		{"empty", write(t, dir, "empty.txt", nil), "empty"},
		{"binary", write(t, dir, "x.bin", []byte("\x00\x01\x02ELF")), "binary"},
		{"latin-1", write(t, dir, "l1.txt", []byte("K\xf8benhavn")), "not UTF-8"},
		{"too large", big, "larger than"},
		{"html without text", write(t, dir, "blank.html", []byte("<html><head><script>x()</script></head><body> </body></html>")), "no readable text"},
	}
	for _, c := range cases {
		code, out, errs := run([]string{"--format", "json", c.path, good}, "")
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", c.name, code)
		}
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		if len(lines) != 1 || !strings.Contains(lines[0], c.path) || !strings.Contains(lines[0], c.msg) {
			t.Errorf("%s: stderr %q: want one line naming the file and saying %q", c.name, errs, c.msg)
		}
		// The good file is still processed.
		if !strings.Contains(out, `"file":"`+good+`"`) {
			t.Errorf("%s: the other file was not processed: %q", c.name, out)
		}
	}
}

func TestOneFileIsOneObject(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", []byte("“Det går godt,” siger Veronica Pedersen. Salget steg 80 procent."))
	code, out, errs := run([]string{p}, "")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var r engine.Result
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&r); err != nil {
		t.Fatal(err)
	}
	if dec.More() {
		t.Error("more than one JSON value for one file")
	}
	if len(r.Quotes) != 1 || r.Quotes[0].Speaker != "Veronica Pedersen" || len(r.Figures) != 1 {
		t.Errorf("unexpected result %+v", r)
	}
}

func TestSeveralFilesAreJSONLines(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", []byte("Jack Ma talte i Detroit."))
	b := write(t, dir, "b.html", []byte("<html><body><p>Alibaba i Kina &amp; <b>USA</b></p><script>x()</script></body></html>"))
	code, out, _ := run([]string{a, b, "-"}, "Tekst fra stdin om USA.")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	var files []string
	for sc.Scan() {
		var line Line
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		files = append(files, line.File)
		if line.Lang == "" || line.Figures == nil {
			t.Errorf("line %q lacks the result fields at top level", sc.Text())
		}
		if line.File == b {
			for _, e := range line.Entities {
				if strings.Contains(e.Name, "x()") {
					t.Error("script content reached the engine")
				}
			}
		}
	}
	if strings.Join(files, ",") != a+","+b+",-" {
		t.Errorf("files %v", files)
	}
}

func TestFormats(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", []byte("“Det går godt,” siger Veronica Pedersen. Salget steg 80 procent."))
	code, out, _ := run([]string{"--format", "csv", p}, "")
	if code != 0 || !strings.HasPrefix(out, "\uFEFFfile,type,") || !strings.Contains(out, ",quote,") {
		t.Errorf("csv: exit %d, %q", code, out)
	}
	code, out, _ = run([]string{"--format", "md", p}, "")
	if code != 0 || !strings.Contains(out, "## Quotes") || !strings.Contains(out, "Veronica Pedersen") {
		t.Errorf("md: exit %d, %q", code, out)
	}
}

func TestFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", []byte("Salget steg 80 procent."))
	dash := write(t, dir, "--format", []byte("Salget steg 10 procent."))
	cases := []struct {
		args []string
		out  string
	}{
		{[]string{p, "--format", "csv"}, "\uFEFFfile,type,"},
		{[]string{"--format=md", p}, "## Figures"},
		{[]string{"--", dash}, `"text": "10 procent"`},
	}
	for _, c := range cases {
		code, out, errs := run(c.args, "")
		if code != 0 || !strings.Contains(out, c.out) {
			t.Errorf("%v: exit %d, stderr %q, output lacks %q:\n%s", c.args, code, errs, c.out, out)
		}
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	p := write(t, t.TempDir(), "secret.txt", []byte("Tekst."))
	os.Chmod(p, 0)
	code, _, errs := run([]string{p}, "")
	if code != 1 || !strings.Contains(errs, "permission denied; ") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"--format", "xml", "a.txt"}, {"--nope"}} {
		if code, _, errs := run(args, ""); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
}

// A file name with a newline or a terminal escape code is printed
// quoted: one line, no raw control characters.
func TestNamesQuoted(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a\nkilde: all good.txt", "b\x1b[2J\x1b[31m.txt", "c\r.txt"} {
		p := filepath.Join(dir, name)
		code, _, errs := run([]string{p}, "")
		if code != 1 || strings.Count(errs, "\n") != 1 || strings.ContainsAny(strings.TrimSuffix(errs, "\n"), "\n\r\x1b") {
			t.Errorf("%q: exit %d, stderr %q: want one line with the name quoted", name, code, errs)
		}
		if !strings.Contains(errs, strconv.Quote(p)) {
			t.Errorf("%q: stderr %q lacks the quoted name", name, errs)
		}
		p = write(t, dir, "x"+name, nil)
		if _, _, errs := run([]string{p}, ""); !strings.Contains(errs, strconv.Quote(p)+": the file is empty") {
			t.Errorf("%q: stderr %q lacks the quoted name", name, errs)
		}
	}
}
