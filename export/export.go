// Package export writes an extraction result in the forms people take it
// away in: the spec's JSON, CSV files a spreadsheet opens cleanly, and a
// Markdown report. It is shared by the command line and the browser app.
package export

import (
	"bytes"
	"encoding/json"

	"kilde/engine/result"
)

// JSON is the result in the spec's format, indented, with a final newline.
func JSON(r result.Result) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
