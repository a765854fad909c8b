// Package cli implements the extract command: it reads article files and
// prints what the engine finds as JSON, CSV or Markdown.
package cli

import "io"

// Extract runs "kilde extract" with args and returns the exit status.
func Extract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return 0
}
