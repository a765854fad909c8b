package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"kilde/intake"
)

// The embed protocol, version 1. Every message is an object with a
// namespaced type and v: 1. The app says kilde:ready to its parent; the
// host sends kilde:extract {id, text, lang?} and gets kilde:result {id,
// result} or kilde:error {id, message}; kilde:load {text} shows a text;
// kilde:theme {theme: "light"|"dark"} sets the colours; when the reader
// selects something the app sends kilde:select {item}. Only origins on
// the allow-list are answered, and nothing is ever posted to "*".
const protocol = 1

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
	loc := app.Window().Get("location")
	if anc := loc.Get("ancestorOrigins"); anc.Truthy() && anc.Length() > 0 {
		if o := anc.Index(0).String(); ok[o] {
			return o
		}
		return ""
	}
	if ref := app.Window().Get("document").Get("referrer").String(); ref != "" {
		if u, err := url.Parse(ref); err == nil && ok[u.Scheme+"://"+u.Host] {
			return u.Scheme + "://" + u.Host
		}
	}
	return ""
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
		if !ok[origin] || !e.Get("source").Equal(app.Window().Get("parent")) {
			return nil // not our host: ignored
		}
		data := e.Get("data")
		if data.Type() != app.TypeObject || data.Get("v").Type() != app.TypeNumber || data.Get("v").Int() != protocol ||
			data.Get("type").Type() != app.TypeString {
			return nil // not our protocol
		}
		kind := data.Get("type").String()
		ctx.Dispatch(func(ctx app.Context) { p.onMessage(ctx, origin, kind, data) })
		return nil
	})
	app.Window().Call("addEventListener", "message", fn)
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
		s := text.String()
		if len(s) > intake.MaxBytes {
			reply(map[string]any{"type": "kilde:error", "message": intake.ErrTooLarge.Error()})
			return
		}
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
		if text.Type() == app.TypeString && len(text.String()) <= intake.MaxBytes {
			p.setText(ctx, text.String(), false)
		}
	case "kilde:theme":
		if t := data.Get("theme"); t.Type() == app.TypeString && (t.String() == "light" || t.String() == "dark") {
			app.Window().Get("document").Get("documentElement").Get("dataset").Set("theme", t.String())
		}
	}
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
