//go:build js

// Command wasmrun exposes the engine and the search to Node.js for the
// side-by-side benchmark: globalThis.kilde.extract(text) returns the
// number of figures, quotes and entities found; keystrokeMs(n) times the
// search.
package main

import (
	"syscall/js"

	"kilde/bench/internal/corpus"
	"kilde/engine"
)

func main() {
	js.Global().Set("kilde", js.ValueOf(map[string]any{
		"extract": js.FuncOf(func(this js.Value, args []js.Value) any {
			r := engine.Extract(args[0].String())
			return len(r.Figures) + len(r.Quotes) + len(r.Entities)
		}),
		"keystrokeMs": js.FuncOf(func(this js.Value, args []js.Value) any {
			return corpus.KeystrokeMs(args[0].Int(), args[1].Int())
		}),
	}))
	select {}
}
