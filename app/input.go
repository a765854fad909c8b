package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"kilde/intake"
)

// renderInput is the text box while there is no text or the reader edits
// it; once an article is in, a one-line bar that leaves the page to the
// reading view (the box stays in the page, hidden, with the text).
func (p *page) renderInput() app.UI {
	open := p.empty() || p.editing
	return app.Div().Class("input").Class(map[bool]string{false: "collapsed"}[open]).Body(
		app.Label().For("text").Class("hint").Hidden(!open).Text(p.t("paste")),
		app.Textarea().ID("text").Class("text").Rows(p.rows()).Spellcheck(false).Hidden(!open).
			Aria("describedby", "privacy").
			OnInput(func(ctx app.Context, e app.Event) {
				// The text stays a JavaScript string: see setSource.
				src := ctx.JSSrc().Get("value")
				// A paste or drop of a whole article closes the box; typing
				// keeps it open.
				kind := e.Get("inputType")
				if kind.Truthy() && (kind.String() == "insertFromPaste" || kind.String() == "insertFromDrop") ||
					jsLen(src) > p.srcLen+pasted {
					p.editing = false
				} else {
					p.editing = true
				}
				p.setSource(ctx, src, true)
			}),
		app.Div().Class("actions").Body(
			// One button that opens or closes the box, always in the same
			// place, so that a change of state keeps the focus where it is.
			app.Button().Type("button").ID(map[bool]string{true: "done", false: "edit"}[open]).Hidden(p.empty()).
				Text(p.t(map[bool]string{true: "done", false: "edit"}[open])).
				OnClick(func(ctx app.Context, e app.Event) {
					// From the state now: go-app keeps a handler from an
					// earlier render when the element stays.
					p.editing = !(p.empty() || p.editing)
					if p.editing {
						ctx.Defer(func(ctx app.Context) {
							if el := app.Window().GetElementByID("text"); el.Truthy() {
								el.Call("focus", map[string]any{"preventScroll": true})
							}
						})
					}
				}),
			app.Label().Class("button").For("file").Text(p.t("open")),
			app.Input().Type("file").ID("file").Class("visually-hidden").Accept(".txt,.md,.html,.htm,text/plain,text/markdown,text/html").
				OnChange(func(ctx app.Context, e app.Event) {
					files := ctx.JSSrc().Get("files")
					if files.Length() > 0 {
						p.readFile(ctx, files.Index(0))
					}
					ctx.JSSrc().Set("value", "")
				}),
			app.Button().Type("button").ID("sample").Class("secondary").Text(p.t("sample")).OnClick(func(ctx app.Context, e app.Event) {
				p.editing = false
				p.keep("sampleDone")
				p.setText(ctx, sample)
			}),
			app.Button().Type("button").ID("clear").Class("secondary").Hidden(p.empty()).Text(p.t("clear")).
				OnClick(func(ctx app.Context, e app.Event) {
					p.editing = false
					p.keep("cleared")
					p.setText(ctx, "")
				}),
		),
		app.P().ID("privacy").Class("private").Hidden(!open).Text(p.t("private")),
	)
}

// pasted is how many letters added at once count as a paste, not typing.
const pasted = 200

func (p *page) rows() int {
	if p.embed {
		return 4
	}
	return 8
}

func (p *page) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	files := e.Get("dataTransfer").Get("files")
	if files.Truthy() && files.Length() > 0 {
		p.readFile(ctx, files.Index(0))
	}
}

// readFile reads a browser File into Go and loads it; the size is checked
// before the bytes are read.
func (p *page) readFile(ctx app.Context, f app.Value) {
	name := f.Get("name").String()
	if f.Get("size").Int() > intake.MaxBytes {
		p.errMsg = p.t("errTooLarge")
		return
	}
	var done app.Func
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer done.Release()
		u8 := app.Window().Get("Uint8Array").New(args[0])
		data := make([]byte, u8.Length())
		app.CopyBytesToGo(data, u8)
		ctx.Dispatch(func(ctx app.Context) { p.load(ctx, name, data) })
		return nil
	})
	f.Call("arrayBuffer").Call("then", done)
}
