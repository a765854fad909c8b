package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"kilde/intake"
)

func (p *page) renderInput() app.UI {
	return app.Div().Class("input").Body(
		app.Label().For("text").Class("hint").Text(p.t("paste")),
		app.Textarea().ID("text").Class("text").Rows(p.rows()).Spellcheck(false).
			Aria("describedby", "privacy").
			OnInput(func(ctx app.Context, e app.Event) {
				p.setText(ctx, ctx.JSSrc().Get("value").String(), true)
			}),
		app.Div().Class("actions").Body(
			app.Label().Class("button").For("file").Text(p.t("open")),
			app.Input().Type("file").ID("file").Class("visually-hidden").Accept(".txt,.md,.html,.htm,text/plain,text/markdown,text/html").
				OnChange(func(ctx app.Context, e app.Event) {
					files := ctx.JSSrc().Get("files")
					if files.Length() > 0 {
						p.readFile(ctx, files.Index(0))
					}
					ctx.JSSrc().Set("value", "")
				}),
			app.Button().Type("button").ID("sample").Text(p.t("sample")).OnClick(func(ctx app.Context, e app.Event) {
				p.setText(ctx, sample, false)
			}),
			app.Button().Type("button").ID("clear").Text(p.t("clear")).OnClick(func(ctx app.Context, e app.Event) {
				p.setText(ctx, "", false)
			}),
		),
		app.P().ID("privacy").Class("private").Text(p.t("private")),
	)
}

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
