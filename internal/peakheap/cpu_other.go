//go:build js || wasip1 || windows

package peakheap

import "time"

var start = time.Now()

// CPU is the wall time since the program started: WebAssembly runs on one
// thread and has no processor clock to ask.
func CPU() time.Duration { return time.Since(start) }
