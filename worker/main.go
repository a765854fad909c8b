//go:build js && wasm

// Command worker is the engine alone, compiled to WebAssembly for a Web
// Worker (web/engine-worker.js starts it), so that reading a long
// article never holds the page. It needs neither go-app nor a DOM: it
// sets one function, kildeExtract, on the worker's global scope.
package main

import (
	"encoding/json"
	"syscall/js"

	"kilde/app/view"
	"kilde/engine"
)

func main() {
	// kildeExtract(text, lang, whole) reads text ("da", "en" or ""
	// for detected). With whole it returns the spec's result as a JSON
	// string, for a host page; otherwise {layout, text}: Uint8Arrays of
	// the result with the reading view's layout (view.Encode), which the
	// page decodes in a few milliseconds, and of the text in UTF-8, which
	// the page copies into its Go memory as it is (a JavaScript string
	// would have to be encoded there, holding the page).
	js.Global().Set("kildeExtract", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 3 || args[0].Type() != js.TypeString {
			return js.Null()
		}
		lang := ""
		if args[1].Type() == js.TypeString {
			lang = args[1].String()
		}
		text := args[0].String()
		r := engine.ExtractIn(text, lang)
		if args[2].Truthy() {
			b, _ := json.Marshal(r) // a Result always encodes
			return string(b)
		}
		return map[string]any{"layout": bytesToJS(view.Encode(r, view.Layout(text, r))), "text": bytesToJS([]byte(text))}
	}))
	select {}
}

func bytesToJS(b []byte) js.Value {
	u8 := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u8, b)
	return u8
}
