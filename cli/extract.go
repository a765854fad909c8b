// Package cli implements the extract command: it reads article files and
// prints what the engine finds as JSON, CSV or Markdown.
//
// One file prints one JSON object; several print JSON Lines, one object
// per file with its name in "file" beside the result's fields. CSV is one
// table for all files, a row per figure, quote and entity, with the
// columns file and type first and then the union of the three kinds'
// columns, empty where a kind has none: one sheet a spreadsheet user can
// filter by file and type and sort by any column. Markdown is a report per
// file. HTML files (.html, .htm or starting with <html) are reduced to
// their text first, and offsets count in that text. A file that cannot be
// read as an article gets one line on stderr, "kilde: NAME: what is
// wrong; what to do", and the others are still processed.
package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"kilde/engine"
	"kilde/export"
	"kilde/intake"
)

// Extract runs "kilde extract" with args and returns the exit status:
// 0 when every file was read, 1 when one or more were refused, 2 for a
// usage error.
func Extract(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output format: json, csv or md")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kilde extract [--format json|csv|md] FILE...   (- reads standard input)")
		fs.PrintDefaults()
	}
	files, ok := parse(fs, args)
	if !ok {
		return 2
	}
	switch *format {
	case "json", "csv", "md":
	default:
		fmt.Fprintf(stderr, "kilde: unknown format %q; use json, csv or md\n", *format)
		return 2
	}
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	status := 0
	var done []export.Named
	out := &checked{w: stdout}
	defer func() {
		if out.err != nil {
			fmt.Fprintf(stderr, "kilde: cannot write the output (%v); check the disk or where the output goes\n", out.err)
			code = 1
		}
	}()
	for _, name := range files {
		if out.err != nil {
			break
		}
		text, err := read(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "kilde: %v\n", err)
			status = 1
			continue
		}
		r, err := extract(name, text)
		if err != nil {
			fmt.Fprintf(stderr, "kilde: %v\n", err)
			status = 1
			continue
		}
		switch {
		case *format == "csv":
			done = append(done, export.Named{File: name, Result: r})
		case *format == "md":
			out.Write(export.Markdown(r, shown(name)))
		case len(files) == 1:
			b, err := export.JSON(r)
			if err != nil {
				fmt.Fprintf(stderr, "kilde: %s: %v\n", shown(name), err)
				return 1
			}
			out.Write(b)
		default:
			var b bytes.Buffer
			enc := json.NewEncoder(&b) // Encode ends the line
			enc.SetEscapeHTML(false)
			if err := enc.Encode(Line{File: name, Result: r}); err != nil {
				fmt.Fprintf(stderr, "kilde: %s: %v\n", shown(name), err)
				status = 1
				continue
			}
			out.Write(b.Bytes())
		}
	}
	if *format == "csv" && len(done) > 0 {
		out.Write(export.TableCSV(done))
	}
	return status
}

// parse reads the flags wherever they stand among the file names, as in
// "extract a.txt --format csv"; after "--" every argument is a file.
func parse(fs *flag.FlagSet, args []string) (files []string, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			return nil, false
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(files, rest...), true
		}
		if len(rest) == 0 {
			return files, true
		}
		files, args = append(files, rest[0]), rest[1:]
	}
}

// Line is one line of JSON Lines output: the file's name beside the
// result's fields.
type Line struct {
	File string `json:"file"`
	engine.Result
}

// extract runs the engine on one file; a panic, which is a bug, becomes
// that file's error so the other files are still processed.
func extract(name, text string) (r engine.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: internal error (%v); please report it with the file", shown(name), p)
		}
	}()
	return engine.Extract(text), nil
}

// read returns the article text of a file, or of stdin for "-". Size is
// checked before reading, so a huge file is never loaded whole; only
// regular files are opened, so a pipe or device with no writer cannot
// hang the run.
func read(name string, stdin io.Reader) (string, error) {
	q := shown(name)
	var data []byte
	if name == "-" {
		b, err := io.ReadAll(io.LimitReader(stdin, intake.MaxBytes+1))
		if err != nil {
			return "", fmt.Errorf("%s: cannot read standard input: %v", q, err)
		}
		data = b
	} else {
		info, err := os.Stat(name)
		switch {
		case errors.Is(err, os.ErrNotExist):
			return "", fmt.Errorf("%s: no such file; check the name and path", q)
		case errors.Is(err, os.ErrPermission):
			return "", fmt.Errorf("%s: permission denied; make the file readable or copy it", q)
		case err != nil:
			return "", fmt.Errorf("%s: cannot read (%v); check the path", q, err)
		case info.IsDir():
			return "", fmt.Errorf("%s: is a directory; name the article files inside it", q)
		case !info.Mode().IsRegular():
			return "", fmt.Errorf("%s: is not a regular file (a pipe, device or socket); save the article to a file, or pipe it to - (standard input)", q)
		case info.Size() > intake.MaxBytes:
			return "", &intake.Error{Name: q, Err: intake.ErrTooLarge}
		}
		f, err := os.Open(name)
		if err != nil {
			return "", fmt.Errorf("%s: cannot open: %v", q, err)
		}
		defer f.Close()
		data, err = io.ReadAll(io.LimitReader(f, intake.MaxBytes+1))
		if err != nil {
			return "", fmt.Errorf("%s: cannot read: %v", q, err)
		}
	}
	text, err := intake.Check(q, data)
	if err != nil {
		return "", err
	}
	if intake.IsHTML(name, []byte(text[:min(len(text), 512)])) { // the text: UTF-16 is decoded by now
		text = intake.HTMLText(text)
		if text == "" {
			return "", &intake.Error{Name: q, Err: intake.ErrNoText}
		}
	}
	return text, nil
}

// shown is a file name as messages print it: as it is when plain, else
// quoted with Go's escapes, so that a newline or a terminal escape code
// in a name cannot forge output or drive the terminal.
func shown(name string) string {
	if q := strconv.Quote(name); q[1:len(q)-1] != name {
		return q
	}
	return name
}

// checked is a writer that keeps its first error: a full disk or a
// closed pipe must end the run with a message and a non-zero status.
type checked struct {
	w   io.Writer
	err error
}

func (c *checked) Write(b []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(b)
	c.err = err
	return n, err
}
