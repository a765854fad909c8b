package app

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"kilde/export"
)

func (p *page) renderExport() app.UI {
	disabled := p.empty()
	file := func(id, label, name, mime string, data func() []byte) app.UI {
		return app.Button().Type("button").ID(id).Disabled(disabled).Text(p.t(label)).
			OnClick(func(ctx app.Context, e app.Event) { download(name, mime, data()) })
	}
	return app.Section().ID("export").Class("panel export").Body(
		app.H2().Text(p.t("export")),
		app.Div().Class("actions").Body(
			file("export-json", "jsonFile", "kilde.json", "application/json", func() []byte {
				b, _ := export.JSON(p.res) // a Result always encodes
				return b
			}),
			file("export-figures", "figuresCSV", "kilde-figures.csv", "text/csv;charset=utf-8", func() []byte { return export.FiguresCSV(p.res) }),
			file("export-quotes", "quotesCSV", "kilde-quotes.csv", "text/csv;charset=utf-8", func() []byte { return export.QuotesCSV(p.res) }),
			file("export-entities", "entitiesCSV", "kilde-entities.csv", "text/csv;charset=utf-8", func() []byte { return export.EntitiesCSV(p.res) }),
		),
	)
}

// download hands bytes to the browser as a file.
func download(name, mime string, data []byte) {
	w := app.Window()
	u8 := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(u8, data)
	blob := w.Get("Blob").New([]any{u8}, map[string]any{"type": mime})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	w.Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	w.Get("URL").Call("revokeObjectURL", url)
}

// copyText puts text on the clipboard.
func copyText(s string) {
	if c := app.Window().Get("navigator").Get("clipboard"); c.Truthy() {
		c.Call("writeText", s)
	}
}

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }
