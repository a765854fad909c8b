//go:build js && wasm

package engine

import "runtime"

// settleAfter is the text size from which an extraction collects its
// garbage before it returns.
const settleAfter = 1 << 20

// settle collects the garbage of an extraction of n bytes of text before
// the next one allocates: WebAssembly's linear memory never shrinks, so
// garbage of one long extraction that the next finds uncollected stays
// as memory the page holds (the stress suite saw 5.5 or 8.5 times the
// text, by when the collector ran). A collection costs a small part of
// a long extraction's time.
func settle(n int) {
	if n >= settleAfter {
		runtime.GC()
	}
}
