//go:build js || wasip1 || windows

package cputime

import "time"

var start = time.Now()

// Now is the wall time since the program started: WebAssembly runs on one
// thread and has no processor clock to ask.
func Now() time.Duration { return time.Since(start) }
