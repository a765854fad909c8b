// Package intake checks that a file is article text before the engine
// reads it: not empty, not binary, UTF-8, not too large. It is shared by
// the command line and the browser app, so both refuse the same input
// with the same words.
package intake

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxBytes is the largest article accepted: far above any real article,
// low enough that a browser tab stays responsive.
const MaxBytes = 64 << 20

// Reasons a file is refused; test for them with errors.Is.
var (
	ErrEmpty    = errors.New("the file is empty")
	ErrBinary   = errors.New("the file is binary, not text")
	ErrNotUTF8  = errors.New("the file is not UTF-8 text")
	ErrTooLarge = fmt.Errorf("the file is larger than %d MB", MaxBytes>>20)
	ErrNoText   = errors.New("the HTML page has no readable text")
)

// Error is a refused file: its name, the reason, and what to do.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string { return e.Name + ": " + e.Err.Error() + "; " + advice(e.Err) }
func (e *Error) Unwrap() error { return e.Err }

func advice(err error) string {
	switch err {
	case ErrEmpty:
		return "paste or choose an article with some text"
	case ErrBinary:
		return "save the article as plain text (.txt), Markdown or HTML"
	case ErrNotUTF8:
		return "save it as UTF-8 text and try again"
	case ErrTooLarge:
		return "split it into smaller files"
	case ErrNoText:
		return "save the article's own page, or copy its text into a .txt file"
	}
	return "check the file"
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// Check returns the text of data, or an *Error naming the file.
func Check(name string, data []byte) (string, error) {
	if len(data) > MaxBytes {
		return "", &Error{name, ErrTooLarge}
	}
	if u, ok := fromUTF16(data); ok {
		data = u
	}
	data = bytes.TrimPrefix(data, bom)
	if len(bytes.TrimSpace(data)) == 0 {
		return "", &Error{name, ErrEmpty}
	}
	if isBinary(data) {
		return "", &Error{name, ErrBinary}
	}
	if !utf8.Valid(data) {
		return "", &Error{name, ErrNotUTF8}
	}
	return string(data), nil
}

// fromUTF16 decodes text that starts with a UTF-16 byte-order mark, as
// Windows editors save "Unicode" text, to UTF-8. Unpaired surrogates
// become U+FFFD, as in any UTF-16 reader.
func fromUTF16(data []byte) ([]byte, bool) {
	if len(data) < 2 || len(data)%2 != 0 {
		return nil, false
	}
	var order binary.ByteOrder
	switch {
	case data[0] == 0xFF && data[1] == 0xFE:
		order = binary.LittleEndian
	case data[0] == 0xFE && data[1] == 0xFF:
		order = binary.BigEndian
	default:
		return nil, false
	}
	units := make([]uint16, 0, len(data)/2-1)
	for i := 2; i+1 < len(data); i += 2 {
		units = append(units, order.Uint16(data[i:]))
	}
	return []byte(string(utf16.Decode(units))), true
}

// isBinary looks at the first 8 KB: a NUL byte, or more than one byte in
// ten a control character that text does not use.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*10 > len(head)
}
