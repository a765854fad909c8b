//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A pipe with no writer is refused at once, and the files after it are
// still read.
func TestFIFORefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	good := write(t, dir, "good.txt", []byte("Jack Ma talte i Detroit."))
	type res struct {
		code      int
		out, errs string
	}
	done := make(chan res, 1)
	go func() {
		code, out, errs := run([]string{fifo, good}, "")
		done <- res{code, out, errs}
	}()
	select {
	case r := <-done:
		if r.code != 1 || !strings.Contains(r.errs, "not a regular file") || !strings.Contains(r.out, `"file":"`+good+`"`) {
			t.Errorf("exit %d, stderr %q, stdout %q: want 1, a refusal of the pipe and the good file read", r.code, r.errs, r.out)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("extract hangs on a FIFO with no writer")
	}
}

// A write error (a full disk) ends the run with a message and status 1.
func TestWriteErrorFails(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	p := write(t, t.TempDir(), "a.txt", []byte("Salget steg 80 procent."))
	for _, format := range []string{"json", "csv", "md"} {
		var errs strings.Builder
		code := Extract([]string{"--format", format, p}, strings.NewReader(""), full, &errs)
		if code != 1 || !strings.Contains(errs.String(), "cannot write the output") {
			t.Errorf("%s to /dev/full: exit %d, stderr %q; want 1 and a message", format, code, errs.String())
		}
	}
}
