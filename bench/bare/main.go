// Command bare is a bare go-app v10 page (a textarea and a button), built
// like the app to compare download sizes.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type page struct {
	app.Compo
	text string
}

func (p *page) Render() app.UI {
	return app.Div().Body(
		app.Textarea().OnInput(func(ctx app.Context, e app.Event) { p.text = ctx.JSSrc().Get("value").String() }),
		app.Button().Text("Go").OnClick(func(ctx app.Context, e app.Event) {}),
		app.P().Text(p.text),
	)
}

func main() {
	app.Route("/", func() app.Composer { return &page{} })
	app.RunWhenOnBrowser()
}
