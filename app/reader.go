package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// reader runs the engine in a Web Worker (web/engine-worker.js with
// web/engine.wasm, built from worker/), so that reading a long article
// never holds the page. Calls are answered in the order they were made.
type reader struct {
	w     app.Value
	next  int
	calls map[int]func(out app.Value, err string)
	fns   []app.Func
}

// workerURL is the worker's script; the service worker caches it and the
// engine for offline use.
const workerURL = "/web/engine-worker.js"

func newReader(ctx app.Context) *reader {
	r := &reader{calls: map[int]func(app.Value, string){}}
	ctor := app.Window().Get("Worker")
	if !ctor.Truthy() {
		return r
	}
	r.w = ctor.New(workerURL)
	onMessage := app.FuncOf(func(this app.Value, args []app.Value) any {
		d := args[0].Get("data")
		ctx.Dispatch(func(ctx app.Context) {
			id := d.Get("id").Int()
			done, ok := r.calls[id]
			if !ok {
				return
			}
			delete(r.calls, id)
			if e := d.Get("error"); e.Truthy() {
				done(nil, e.String())
				return
			}
			done(d.Get("out"), "")
		})
		return nil
	})
	onError := app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { r.fail("the engine could not start") })
		return nil
	})
	r.w.Call("addEventListener", "message", onMessage)
	r.w.Call("addEventListener", "error", onError)
	r.fns = append(r.fns, onMessage, onError)
	return r
}

// run reads text (a Go string, or a JavaScript one: app.Value) in the
// worker; lang is "da", "en" or "" (detected).
// With whole the answer is one JSON string of the spec's result;
// otherwise {layout, text}: Uint8Arrays of the result with its layout
// (view.Encode) and of the text (see worker/main.go).
func (r *reader) run(text any, lang string, whole bool, done func(out app.Value, err string)) {
	if r.w == nil || !r.w.Truthy() {
		done(nil, "this browser cannot run the engine in a worker")
		return
	}
	r.next++
	r.calls[r.next] = done
	r.w.Call("postMessage", map[string]any{"id": r.next, "text": text, "lang": lang, "whole": whole})
}

// fail answers every waiting call with an error.
func (r *reader) fail(msg string) {
	for id, done := range r.calls {
		delete(r.calls, id)
		done(nil, msg)
	}
}

func (r *reader) close() {
	if r.w != nil && r.w.Truthy() {
		r.w.Call("terminate")
	}
	for _, f := range r.fns {
		f.Release()
	}
}
