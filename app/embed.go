package app

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The embed protocol, version 1. Every message is an object with a
// namespaced type and v: 1. The app says kilde:ready to its parent; the
// host sends kilde:extract {id, text, lang?} and gets kilde:result {id,
// result} or kilde:error {id, message}; kilde:load {text} shows a text;
// kilde:theme {theme: "light"|"dark"} sets the colours; when the reader
// selects something the app sends kilde:select {item}. Only origins on
// the allow-list are answered, and nothing is ever posted to "*". A
// parent that is not on the list is told kilde:denied {reason} and
// nothing else, so that its page can say what is wrong.
const protocol = 1

// maxEmbedText is the longest text, in bytes of UTF-8, the frame takes
// from its host. Measured in headless Chromium on a news article
// repeated, the engine in the frame's Web Worker: 16 MB took 44 to 90 s
// (the machine idle or busy), 64 MB 180 s with the frame's renderer
// near 4 GB, WebAssembly's ceiling. A quarter of that leaves room for
// texts with many more names and figures.
const maxEmbedText = 16 << 20

// allowed lists the origins the app talks to: its own, plus those set at
// build time (KILDE_ORIGINS, space or comma separated).
func allowed() map[string]bool {
	m := map[string]bool{app.Window().Get("location").Get("origin").String(): true}
	for _, o := range strings.FieldsFunc(app.Getenv("KILDE_ORIGINS"), func(r rune) bool { return r == ',' || r == ' ' }) {
		m[strings.TrimSuffix(o, "/")] = true
	}
	return m
}

// parentOrigin is the origin of the page that frames the app, if it is
// allowed; "" otherwise.
func parentOrigin(ok map[string]bool) string {
	if o := frameParent(); ok[o] {
		return o
	}
	return ""
}

// frameParent is the origin of the page framing the app, allowed or
// not; "" when the app is not framed or the browser does not say.
func frameParent() string {
	loc := app.Window().Get("location")
	if anc := loc.Get("ancestorOrigins"); anc.Truthy() && anc.Length() > 0 {
		return anc.Index(0).String()
	}
	if ref := app.Window().Get("document").Get("referrer").String(); ref != "" {
		if u, err := url.Parse(ref); err == nil && u.Scheme != "" && u.Host != "" {
			return u.Scheme + "://" + u.Host
		}
	}
	return ""
}

// deny tells a parent that is not on the allow-list just that.
func deny(origin string) {
	post(origin, map[string]any{"type": "kilde:denied", "reason": "origin not allowed"})
}

// post sends a message to the parent at one origin, never "*".
func post(origin string, msg map[string]any) {
	parent := app.Window().Get("parent")
	if origin == "" || !parent.Truthy() || parent.Equal(app.Window().JSValue()) {
		return
	}
	msg["v"] = protocol
	parent.Call("postMessage", msg, origin)
}

// listenMessages answers the host page, and says ready.
func (p *page) listenMessages(ctx app.Context) {
	ok := allowed()
	p.host = parentOrigin(ok)
	if theme := app.Window().URL().Query().Get("theme"); theme == "light" || theme == "dark" {
		app.Window().Get("document").Get("documentElement").Get("dataset").Set("theme", theme)
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		origin := e.Get("origin").String()
		if !e.Get("source").Equal(app.Window().Get("parent")) {
			return nil // not from the parent: ignored
		}
		data := e.Get("data")
		if data.Type() != app.TypeObject || data.Get("v").Type() != app.TypeNumber || data.Get("v").Float() != protocol ||
			data.Get("type").Type() != app.TypeString {
			return nil // not our protocol: 1.5 is not 1
		}
		if !ok[origin] {
			deny(origin)
			return nil
		}
		kind := data.Get("type").String()
		ctx.Dispatch(func(ctx app.Context) { p.onMessage(ctx, origin, kind, data) })
		return nil
	})
	app.Window().Call("addEventListener", "message", fn)
	if p.host == "" {
		if o := frameParent(); o != "" && o != "null" {
			deny(o)
		}
		return
	}
	post(p.host, map[string]any{"type": "kilde:ready"})
}

func (p *page) onMessage(ctx app.Context, origin, kind string, data app.Value) {
	id := data.Get("id")
	text := data.Get("text")
	reply := func(msg map[string]any) {
		if id.Type() == app.TypeString || id.Type() == app.TypeNumber {
			msg["id"] = id
		}
		post(origin, msg)
	}
	switch kind {
	case "kilde:extract":
		if text.Type() != app.TypeString {
			reply(map[string]any{"type": "kilde:error", "message": "text must be a string"})
			return
		}
		if !fits(text) {
			reply(map[string]any{"type": "kilde:error", "message": tooLong})
			return
		}
		s := text.String()
		lang := ""
		if l := data.Get("lang"); l.Type() == app.TypeString {
			lang = l.String()
		}
		p.extractJSON(s, lang, func(result app.Value, err error) {
			if err != nil {
				reply(map[string]any{"type": "kilde:error", "message": err.Error()})
				return
			}
			reply(map[string]any{"type": "kilde:result", "result": result})
		})
	case "kilde:load":
		if text.Type() != app.TypeString {
			return
		}
		if !fits(text) {
			reply(map[string]any{"type": "kilde:error", "message": tooLong})
			return
		}
		p.setSource(ctx, text, false)
	case "kilde:theme":
		if t := data.Get("theme"); t.Type() == app.TypeString && (t.String() == "light" || t.String() == "dark") {
			app.Window().Get("document").Get("documentElement").Get("dataset").Set("theme", t.String())
		}
	}
}

var tooLong = fmt.Sprintf("the text is longer than the embed's limit of %d MB; split it into parts", maxEmbedText>>20)

// fits checks a JS string against maxEmbedText before copying it into
// Go: a string has at most 3 bytes of UTF-8 per UTF-16 unit, and only a
// string near the limit is measured exactly.
func fits(text app.Value) bool {
	// syscall/js reads no property of a string: ask its String object.
	n := app.Window().Get("Object").Invoke(text).Get("length").Int()
	if n*3 <= maxEmbedText {
		return true
	}
	if n > maxEmbedText {
		return false
	}
	return app.Window().Get("TextEncoder").New().Call("encode", text).Get("length").Int() <= maxEmbedText
}

// announce tells the host what the reader selected.
func (p *page) announce(s sel) {
	if !p.embed || p.host == "" {
		return
	}
	var item any
	switch s.kind {
	case 'f':
		item = p.res.Figures[s.idx]
	case 'q':
		item = p.res.Quotes[s.idx]
	case 'e':
		item, _ = p.entity(s.id)
	}
	v, err := jsonValue(item)
	if err != nil {
		return
	}
	kind := map[byte]string{'f': "figure", 'q': "quote", 'e': "entity"}[s.kind]
	post(p.host, map[string]any{"type": "kilde:select", "kind": kind, "item": v})
}

// jsonValue turns a Go value into a plain JS object through JSON, the
// spec's format.
func jsonValue(v any) (app.Value, error) {
	b, err := jsonMarshal(v)
	if err != nil {
		return nil, err
	}
	return app.Window().Get("JSON").Call("parse", string(b)), nil
}
